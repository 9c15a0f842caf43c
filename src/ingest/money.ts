/**
 * Amounts in running text: an agreement's total ("Överenskommelsen för 2024 omfattar totalt 809
 * miljoner kronor"), how the money is paid out ("Kammarkollegiet betalar ut 365 miljoner kronor
 * ... till regionerna"), and Government money outside the agreement ("133,5 miljoner kronor är
 * stadsbidrag", "500 miljoner kronor per år 2024–2026"). An amount that repeats a total or budget
 * line is decided later, across sources (see ingest.ts), and becomes a passage tagged "restates".
 */
import { type AmountMatch, findAmounts, withoutAmounts } from '../corpus/amounts.ts';
import { isChartLine } from './budget.ts';
import { collapse, type Sentence, subSpan } from './document.ts';
import { type Draft, type SourceDoc, capitalise, normaliseOwner, sentenceKey, trimEnd } from './context.ts';

const TOTAL_VERB = /\b(?:omfattar|uppgår till)\b|\btotalt\b/u;
const AGREEMENT = /överens/iu;
const FLOW = /\bbetalar ut\b|\bfördelas av\b/u;
const GOVERNMENT = /regering|anslag|stadsbidrag|statsbidrag|budgetproposition|satsning|avsätter/iu;
const PERIOD = /\b(?:per år|under)\s+(?:åren\s+)?(\d{4})\s?[–-]\s?(\d{4})\b/u;

export function readMoney(doc: SourceDoc): Draft[] {
  const out: Draft[] = [];
  const units = [
    ...doc.sentences.filter((s) => s.block.kind === 'paragraph'),
    // A total can stand alone as an unpunctuated line ("Överenskommelsen för 2021 omfattar totalt 500 000 000 kronor").
    ...doc.blocks
      .filter((b) => b.kind === 'heading' && AGREEMENT.test(b.text) && TOTAL_VERB.test(b.text))
      .map((b): Sentence => ({ text: b.text, line: b.line, quote: b.text, block: b, start: 0 })),
  ];
  for (const sentence of units) {
    const amounts = findAmounts(sentence.text).filter((a) => !a.approximate);
    if (!amounts.length) continue;
    if (isChartLine(sentence.text)) continue;
    const claim = [sentenceKey(sentence)];

    if (AGREEMENT.test(sentence.text) && TOTAL_VERB.test(sentence.text) && amounts.length === 1) {
      const year = namedYear(sentence.text) ?? doc.year;
      if (year === null) continue;
      out.push({
        kind: 'total',
        year,
        amountSEK: amounts[0]!.value,
        owner: null,
        date: null,
        label: trimEnd(collapse(sentence.text)), // the winning total is relabelled in ingest.ts
        citation: { path: doc.source.path, line: sentence.line, quote: sentence.quote },
        sourceId: doc.source.id,
        claims: claim,
      });
      continue;
    }

    for (const amount of amounts) {
      let [cs, ce] = clauseAround(sentence.text, amount);
      // A payment's purpose in the clause after it ("39 miljoner kronor till RCC i samverkan, för nationella uppdrag").
      const purpose = FLOW.test(sentence.text) ? /^,?\s*för ([^,;.]+)/u.exec(sentence.text.slice(ce)) : null;
      if (purpose && !findAmounts(purpose[0]).length) ce += purpose[0].length;
      const clause = sentence.text.slice(cs, ce);
      const span = subSpan(sentence, cs, ce);
      const citation = { path: doc.source.path, line: span.line, quote: span.quote };
      if (FLOW.test(sentence.text)) {
        const payer = /(\p{Lu}[\p{L}]+) betalar ut/u.exec(sentence.text)?.[1] ?? /fördelas av (\p{Lu}[\p{L}]*)/u.exec(sentence.text)?.[1];
        const to = /\btill ((?:de sex sjukvårdsregionala )?(?:RCC i samverkan|RCC|regionerna))/u.exec(clause.slice(amount.end - cs))?.[1];
        if (!payer || !to) continue;
        out.push({
          kind: 'flow',
          year: doc.year,
          amountSEK: amount.value,
          owner: normaliseOwner(to) ?? to,
          date: null,
          label: `Från ${payer} till ${to}${purpose ? `, för ${trimEnd(purpose[1]!)}` : ''}`,
          citation,
          sourceId: doc.source.id,
          payer,
          claims: claim,
        });
        continue;
      }
      const period = PERIOD.exec(clause);
      const kind = GOVERNMENT.test(sentence.text) ? 'funding' : 'passage';
      const draft: Draft = {
        kind,
        year: period ? null : (namedYear(clause) ?? doc.year),
        amountSEK: amount.value,
        owner: /stadsbidrag|statsbidrag/.test(clause) ? recipientAfterTill(clause) : null,
        date: null,
        // Government money is labelled by what it is for; a passage keeps its words, amount and all.
        label: kind === 'funding' ? moneyLabel(clause) : capitalise(trimEnd(clause)),
        citation,
        sourceId: doc.source.id,
        claims: claim,
        hint: { governmentMoney: GOVERNMENT.test(clause) },
      };
      if (period) draft.period = { from: Number(period[1]), to: Number(period[2]) };
      out.push(draft);
    }
  }
  return out;
}

/** A year the text names as the one it speaks of ("för 2023", "2024 uppgår", "under 2024"). */
function namedYear(text: string): number | null {
  const m = /\b(?:för|under|år)\s+(\d{4})\b(?!\s?[–-]\s?\d)|\b(\d{4})\s+(?:uppgår|omfattar)\b|\b(\d{4}) års\b/u.exec(text);
  const y = m && Number(m[1] ?? m[2] ?? m[3]);
  return y && y >= 2000 && y <= 2100 ? y : null;
}

/**
 * The clause of a sentence an amount stands in: cut at commas, semicolons and colons, and before
 * "varav", "medan" and an "och" that starts the next amount ("och 39 miljoner kronor till ...").
 */
export function clauseAround(text: string, amount: AmountMatch): [number, number] {
  const cuts = [0];
  for (const m of text.matchAll(/[,;:]\s+|\s+(?=(?:varav|medan)\s)|\s+och\s+(?=(?:även\s+)?(?:med\s+)?\d)/gu)) {
    cuts.push(m.index + m[0].length);
  }
  cuts.push(text.length);
  let start = 0;
  let end = text.length;
  for (const c of cuts) {
    if (c <= amount.start) start = c;
    else if (c > amount.end) {
      end = c;
      break;
    }
  }
  // The cut's own separator belongs to neither side.
  const clause = text.slice(start, end);
  const trimmed = clause.replace(/\s+$/u, '').replace(/(?:[,;:]|\s+och)$/u, '');
  return [start, start + trimmed.length];
}

function recipientAfterTill(clause: string): string | null {
  const m = /\btill (sjukvårdsregionala RCC|RCC i samverkan|RCC|regionerna)/u.exec(clause);
  return m ? (normaliseOwner(m[1]!) ?? m[1]!) : null;
}

/** A short label for an amount in running text: its clause with the amount itself taken out. */
function moneyLabel(clause: string): string {
  const text = withoutAmounts(clause)
    .replace(/^(?:och|varav)\s+/u, '')
    .replace(/^(?:är|går)\s+/u, '');
  return capitalise(trimEnd(text)) || 'Belopp';
}
