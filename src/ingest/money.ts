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
import { type Draft, type SourceDoc, capitalise, normaliseOwner, recipientIn, sentenceKey, trimEnd } from './context.ts';

/** The words of a clause that states an agreement's total: "omfattar totalt", "uppgår till", "är värd", "landar på". */
// Word edges by letters, not \b: \b does not see å, ä and ö as letters ("landar på", "är värd").
const TOTAL_VERB = /(?<![\p{L}])(?:omfattar|uppgår till|landar på|är värd|har ett värde av|totalt|sammanlagt)(?![\p{L}])/u;
/** An agreement, or its whole frame ("Den samlade ramen för 2022 uppgår till …"). */
const AGREEMENT = /överens|\b(?:samlade|totala|ekonomiska) ramen\b|\bramen\b(?=[^.]{0,12}\btotalt\b)/iu;
/** A payment with its payer: active forms only ("betalas ut i två delar" names no payer). */
const FLOW = /\bbetalar ut\b|\bfördelas av\b|\bi uppdrag att betala ut\b|\bska (?:[\p{Ll} ]{0,40} )?betala ut\b/u;
const GOVERNMENT = /regering|anslag|stadsbidrag|statsbidrag|budgetproposition|satsning|avsätter|riksdag|medel till förfogande/iu;
const PERIOD = /\b(?:per år|under|för)\s+(?:åren\s+|perioden\s+)?(\d{4})\s?[–-]\s?(\d{4})\b/u;
/** A clause comparing with another year: an increase or a difference, never a total. */
const COMPARISON = /(?<![\p{L}])(?:mer|mindre|fler|ökning|ökar|ökat|höjning|höjs|minskning|minskar|jämfört|jämförelse|än (?:förra|föregående|\d{4}))(?![\p{L}])/u;
/** A clause naming a part of the amount before it. */
const PART = /^(?:varav|därav|av dessa|av detta|av vilka|varav\s+\S+)\b/iu;
/** Who pays out: "Kammarkollegiet betalar ut", "fördelas av SKR", "ger Kammarkollegiet i uppdrag att betala ut". */
const PAYER = [/(\p{Lu}[\p{L}]+) betalar ut/u, /fördelas av (\p{Lu}[\p{L}]*)/u, /\bger (\p{Lu}[\p{L}]+) i uppdrag att betala ut/u, /(\p{Lu}[\p{L}]+) ska (?:[\p{Ll} ]{0,40} )?betala ut/u];

export function readMoney(doc: SourceDoc): Draft[] {
  const out: Draft[] = [];
  const units = [
    ...doc.sentences.filter((s) => s.block.kind === 'paragraph'),
    // A total can stand alone as an unpunctuated line ("Överenskommelsen för 2021 omfattar totalt 500 000 000 kronor").
    ...doc.blocks
      .filter((b) => b.kind === 'heading' && AGREEMENT.test(b.text) && TOTAL_VERB.test(b.text))
      .map((b): Sentence => ({ text: b.text, line: b.line, quote: b.quote, block: b, start: 0 })),
  ];
  for (const sentence of units) {
    const amounts = findAmounts(sentence.text).filter((a) => !a.approximate);
    if (!amounts.length) continue;
    if (isChartLine(sentence.text)) continue;
    const claim = [sentenceKey(sentence)];

    const total = AGREEMENT.test(sentence.text) ? totalIn(sentence, amounts, doc) : null;
    if (total) {
      out.push(total.draft);
      // The sentence's other amounts are facts of their own: a comparison with another year, a part of the total.
      for (const other of amounts.filter((a) => a !== total.amount)) out.push(beside(doc, sentence, other, total.amount));
      continue;
    }

    for (const amount of amounts) {
      let [cs, ce] = oneAmount(sentence.text, amount, clauseAround(sentence.text, amount));
      // A payment's purpose in the clause after it ("39 miljoner kronor till RCC i samverkan, för nationella uppdrag").
      const purpose = FLOW.test(sentence.text) ? /^,?\s*för ([^,;.]+)/u.exec(sentence.text.slice(ce)) : null;
      if (purpose && !findAmounts(purpose[0]).length) ce += purpose[0].length;
      const clause = sentence.text.slice(cs, ce);
      const span = subSpan(sentence, cs, ce);
      const citation = { path: doc.source.path, line: span.line, quote: span.quote };
      if (FLOW.test(sentence.text)) {
        const payer = PAYER.map((re) => re.exec(sentence.text)?.[1]).find(Boolean);
        const to = RECIPIENT.exec(clause.slice(amount.end - cs))?.[1] ?? (clause.slice(amount.end - cs).trim() === '' ? RECIPIENT.exec(sentence.text.slice(ce))?.[1] : undefined);
        if (!payer || !to) continue;
        out.push({
          kind: 'flow',
          year: doc.year,
          amountSEK: amount.value,
          owner: recipientName(to),
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

/** Recipients of a payment, in the names the sources use, old and new. */
const RECIPIENT = /\btill ((?:de sex sjukvårdsregionala )?(?:RCC i samverkan|RCC|regionerna|landstingen|Sveriges Kommuner och (?:Regioner|Landsting)(?: \((?:SKR|SKL)\))?|SKR|SKL))(?![\p{L}])/u;

function recipientName(to: string): string {
  if (/^(?:SK[RL]|Sveriges Kommuner)/u.test(to)) return 'SKR';
  return normaliseOwner(to) ?? to;
}

/**
 * The total an agreement sentence states: the amount in the clause that carries the total's verb
 * ("uppgår till", "omfattar totalt", "är värd", "landar på"), for a year this source covers.
 * Its quote is that clause, so that it states one amount even when the sentence states more.
 */
function totalIn(sentence: Sentence, amounts: AmountMatch[], doc: SourceDoc): { draft: Draft; amount: AmountMatch } | null {
  const text = sentence.text;
  const verbs = [...text.matchAll(new RegExp(TOTAL_VERB.source, 'gu'))];
  for (const verb of verbs) {
    // The first amount after the verb, in the verb's own clause (or the one the verb closes: "1 005 miljoner kronor totalt").
    const amount = amounts.find((a) => a.start >= verb.index && !COMPARISON.test(text.slice(verb.index, a.start)))
      ?? amounts.filter((a) => a.end <= verb.index).at(-1);
    if (!amount) continue;
    let [cs, ce] = clauseAround(text, amount);
    if (verb.index < cs || verb.index > ce) continue;
    // A bare "totalt" sums the agreement only when the agreement is what the sentence speaks of first
    // ("Totalt 220 miljoner kronor avsätts för … inom ramen för överenskommelsen" is one part of it).
    if (/(?:totalt|sammanlagt)$/u.test(verb[0]) && !AGREEMENT.test(text.slice(0, amount.start))) continue;
    // A sum over several years ("totalt 1,5 miljarder kronor för åren 2021–2023") is no year's total.
    if (/\b\d{4}\s?[–-]\s?\d{4}\b/u.test(text.slice(cs, Math.min(text.length, ce + 30)))) continue;
    const before = text.slice(cs, amount.start);
    // "Av dessa omfattar överenskommelsen 500 miljoner kronor": the agreement's share of a larger sum is its total.
    const agreementsShare = PART.test(before) && /(?:omfattar|uppgår) (?:\p{L}+ )?överenskommelsen/u.test(before);
    if (COMPARISON.test(before) || (PART.test(before) && !agreementsShare)) continue;
    if (amounts.filter((a) => a.start >= cs && a.end <= ce).length > 1) ce = amount.end;
    const year = namedYear(text.slice(0, ce)) ?? namedYear(text) ?? doc.year;
    if (year === null || !doc.source.years.includes(year)) return null;
    // A sentence that states only its total is quoted whole; otherwise the total's clause, so the quote states one amount.
    const span = amounts.length === 1 ? { line: sentence.line, quote: sentence.quote } : subSpan(sentence, cs, ce);
    return {
      amount,
      draft: {
        kind: 'total',
        year,
        amountSEK: amount.value,
        owner: null,
        date: null,
        label: trimEnd(collapse(amounts.length === 1 ? text : text.slice(cs, ce))), // the winning total is relabelled in ingest.ts
        citation: { path: doc.source.path, line: span.line, quote: span.quote },
        sourceId: doc.source.id,
        claims: [sentenceKey(sentence)],
      },
    };
  }
  return null;
}

/** Another amount of a total's sentence: a comparison with another year, or a part of the total. */
function beside(doc: SourceDoc, sentence: Sentence, amount: AmountMatch, total: AmountMatch): Draft {
  let [cs, ce] = oneAmount(sentence.text, amount, clauseAround(sentence.text, amount));
  const clause = sentence.text.slice(cs, ce).replace(/^[\s,;:]+/u, '');
  cs = ce - clause.length;
  const span = subSpan(sentence, cs, ce);
  const tag = PART.test(clause) || amount.value < total.value && !COMPARISON.test(clause) && amount.start > total.start ? 'part' : 'comparison';
  return {
    kind: 'passage',
    year: doc.year,
    amountSEK: amount.value,
    owner: tag === 'part' ? recipientIn(clause) : null,
    date: null,
    label: capitalise(trimEnd(collapse(clause))),
    citation: { path: doc.source.path, line: span.line, quote: span.quote },
    sourceId: doc.source.id,
    tags: [tag],
    claims: [sentenceKey(sentence)],
  };
}

/**
 * A clause narrowed so that it states only its own amount ("varav 12 miljoner (2 miljoner per
 * centrum) för …" → "varav 12 miljoner"): a quote must state exactly the amount of its fact.
 */
function oneAmount(text: string, amount: AmountMatch, [cs, ce]: [number, number]): [number, number] {
  for (const other of findAmounts(text.slice(cs, ce)).map((a) => ({ ...a, start: a.start + cs, end: a.end + cs }))) {
    if (other.start === amount.start) continue;
    if (other.start > amount.start) ce = Math.min(ce, other.start);
    else cs = Math.max(cs, other.end);
  }
  const inner = text.slice(cs, ce);
  const lead = inner.length - inner.replace(/^[\s,;:)]+/u, '').length;
  const tail = inner.replace(/[\s,;:(]+$/u, '').replace(/\s+(?:och|samt|eller|till|från|med)$/u, '');
  return [cs + lead, cs + Math.max(lead, tail.length)];
}

/** A year the text names as the one it speaks of ("för 2023", "2024 uppgår", "under 2024"). */
function namedYear(text: string): number | null {
  const m = /(?<![\p{L}])(?:för|under|år)\s+(\d{4})\b(?!\s?[–-]\s?\d)|\b(\d{4})\s+(?:uppgår|omfattar)\b|\b(\d{4}) års(?![\p{L}])/u.exec(text);
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
