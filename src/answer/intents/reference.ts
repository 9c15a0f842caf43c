/**
 * A source's case or reference numbers as its text states them ("Vilket ärendenummer har SKR:s
 * meddelande?": "Ärendenr: 20/01605", "Vårt ärendenr: 20/00003", "nr 19/2020"), each cited at its
 * line; or, for a question about something else ("the reference number of the Socialstyrelsen
 * mapping"), the sentences about it that give one ("S2023/02344"). Part of the source answer.
 */
import type { Fact, Source } from '../../corpus/schema.ts';
import { type Composed, item, section } from '../compose.ts';
import type { Ctx } from '../context.ts';
import { cite, listWords } from '../format.ts';
import { partial } from '../match.ts';
import { t } from '../words.ts';

/** A number the way case and reference numbers are written: "20/01605", "19/2020", "S2023/02344". */
const NUMBER = /(?<![\p{L}\d/])(?:[A-ZÅÄÖ]{1,2})?\d{2,4}\/\d{2,5}(?![\d/])/u;
/** Words that say a line (or the line before it) gives a case number. */
const NAMED = /(?:ärendenr|ärendenummer|diarienr|diarienummer|dnr|(?<![\p{L}])nr)\b\.?:?/iu;

export function referenceNumbers(ctx: Ctx, meant: Source[]): Composed | null {
  // "the reference number of the Socialstyrelsen mapping": the sentence beside what it is about that gives one.
  const about = ctx.topic.filter((c) => !c.soft && c.id !== 'diarienummer');
  if (about.length) {
    const found = partial({ ...ctx, topic: about }, () => true).sort((a, b) => b.covered - a.covered);
    const best = found.filter((s) => s.covered === found[0]?.covered).flatMap((s) => numberedSentence(ctx, s.fact));
    const shown = [...new Map(best.map((f) => [f.id, f])).values()].slice(0, 3);
    if (shown.length) {
      const numbers = listWords(shown.map((f) => NUMBER.exec(f.label)![0]), ctx.lang);
      return {
        intent: 'source',
        answered: true,
        facts: shown,
        lead: t(ctx, `Källorna anger ${numbers} ${cite(shown[0]!, 'sv')}.`, `The sources give ${numbers} ${cite(shown[0]!, 'en')}.`),
        sections: section(shown.map((f) => item(`${f.label} ${cite(f, ctx.lang)}`, f))),
        notes: [],
      };
    }
  }
  const rows = meant.flatMap((s) => numbersIn(ctx, s));
  if (!rows.length) {
    const titles = listWords(meant.map((s) => `”${s.title}”`), ctx.lang);
    return { intent: 'source', answered: false, facts: [], lead: t(ctx, `Källan anger inget ärendenummer: ${titles}.`, `The source states no case or reference number: ${titles}.`), sections: [], notes: [] };
  }
  const said = rows.map((f) => `${f.label} ${cite(f, ctx.lang)}`);
  return {
    intent: 'source',
    answered: true,
    facts: rows,
    lead: t(ctx, `Så här anger källan sina nummer: ${said.join('; ')}.`, `The numbers the source states: ${said.join('; ')}.`),
    sections: [],
    notes: [],
  };
}

/** The sentence on a fact's line that gives a reference number ("(Dnr. S2023/02344)"), as a fact of that line; none when it gives none. */
function numberedSentence(ctx: Ctx, f: Fact): Fact[] {
  const line = (ctx.corpus.texts.get(f.citation.path) ?? [])[f.citation.line - 1]?.replace(/\s+/g, ' ').trim() ?? '';
  const sentence = line.split(/(?<=(?:\p{L}{4,}|\))[.!?])\s+(?=\p{Lu})/u).find((x) => NUMBER.test(x));
  if (!sentence) return [];
  return [{ ...f, id: `${f.sourceId}:${f.citation.line}:ref`, kind: 'passage', amountSEK: null, label: sentence.replace(/^[•\-–]\s*/u, ''), citation: { ...f.citation, quote: line } }];
}

/** Each number a source's text gives a case or reference number, once, with the words that name it ("Vårt ärendenr: 20/00003"). */
function numbersIn(ctx: Ctx, s: Source): Fact[] {
  const lines = ctx.corpus.texts.get(s.path) ?? [];
  const seen = new Set<string>();
  const out: Fact[] = [];
  lines.forEach((raw, i) => {
    const line = raw.replace(/\s+/g, ' ').trim();
    const m = NUMBER.exec(line);
    // Case numbers stand in a document's header lines, not in its sentences.
    if (!m || seen.has(m[0]) || line.length > 80) return;
    const before = (lines[i - 1] ?? '').replace(/\s+/g, ' ').trim();
    // "Vårt ärendenr:" on the line before, "Ärendenr: 20/01605" or "STYRELSEN NR 19/2020" on the line itself.
    const named = NAMED.test(line) ? line : NAMED.test(before) && before.endsWith(':') ? `${before} ${m[0]}` : null;
    if (!named) return;
    seen.add(m[0]);
    out.push({ id: `${s.id}:${i + 1}:ref`, kind: 'passage', year: s.years.length === 1 ? s.years[0]! : null, amountSEK: null, owner: s.publisher, date: null, label: named, citation: { path: s.path, line: i + 1, quote: line }, sourceId: s.id });
  });
  return out;
}
