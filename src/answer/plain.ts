/**
 * The answer as people read it first: one sentence that answers (its figure and year), then the
 * items, the notes, and the sources. Every shell opens with this sentence — Slack's blocks and its
 * top-level text, the console, `ask` — so it is made here, once, from the composed parts:
 *
 *   - a comparison leads with its difference, the rows under the heading that led before;
 *   - one figure leads as a sentence ("Barncancer fick 80 miljoner kronor 2024."), its line with
 *     the source's own wording and group the first item under it;
 *   - the plain text's lead names no file and no line: citations stand at the items, as
 *     "(källa 1, rad 224)", and the text ends with the numbered sources by title.
 */
import { basename } from 'node:path';
import type { Corpus } from '../corpus/load.ts';
import type { Fact, Source } from '../corpus/schema.ts';
import type { Composed, Section } from './compose.ts';
import { amountOf, listWords } from './format.ts';
import type { Language } from './types.ts';

/** "(2024-rcc-overenskommelsen.txt, rad 224)", as `cite` writes it. */
const CITATION = /\s*\(([\w.-]+\.txt), (rad|rader|line|lines) ([\d, –-]+(?:…)?)\)/gu;

/** A text without the file citations `cite` wrote into it (Slack gives them their own context lines). */
export const withoutFileCitations = (text: string): string => text.replace(CITATION, '');

/** A line that begins with its year ("2024: Barncancer: 80 miljoner kronor – …"): a list item, not a sentence. */
const YEAR_FIRST = /^\d{4}(?:–\d{4})?(?: \([^)]*\))?: /u;

/** The one-figure sentence for a fact: what it is, the amount, the year. */
function figureSentence(f: Fact, lang: Language): string {
  const amount = amountOf(f, lang);
  const en = lang === 'en';
  const label = f.label.replace(/\s+/gu, ' ').trim();
  switch (f.kind) {
    case 'total':
      return en ? `The ${f.year} agreement totals ${amount}.` : `Överenskommelsen ${f.year} omfattar ${amount}.`;
    case 'budget':
      return `${linePhrase(f, lang, true)}${en ? ` in ${f.year}` : ` ${f.year}`}.`;
    default:
      // A sentence of the sources that states the amount itself ("500 miljoner kronor går till …") is said once.
      if (label.includes(amount) || label.includes(amountOf(f, 'sv'))) return `${label.replace(/[.:]$/u, '')} (${f.year}).`;
      return en ? `${label}: ${amount} in ${f.year}.` : `${label}: ${amount} ${f.year}.`;
  }
}

/**
 * The figures listed right under a one-figure lead, as its equals: "patologi och radiologi 2024"
 * lists each asked line in an untitled first section (lines only mentioned come under a heading).
 */
function alongside(c: Composed): Fact[] {
  const head = c.sections[0];
  if (!head || head.title) return [];
  const facts = head.items.map((i) => (i.facts.length === 1 ? i.facts[0]! : null));
  if (facts.length > 2 || facts.some((x) => !x || x.amountSEK === null || x.year === null || (x.kind !== 'budget' && x.kind !== 'flow'))) return [];
  return facts as Fact[];
}

/** One sentence for one to three figures: "A fick 60 miljoner kronor och B 60 miljoner kronor 2024." */
function figuresSentence(facts: Fact[], lang: Language): string {
  const [f, ...rest] = facts;
  if (!rest.length || f!.kind !== 'budget') return figureSentence(f!, lang);
  const sameYear = facts.every((x) => x.year === f!.year);
  const when = (x: Fact) => (sameYear ? '' : lang === 'en' ? ` in ${x.year}` : ` ${x.year}`);
  const parts = facts.map((x, k) => `${linePhrase(x, lang, k === 0)}${when(x)}`);
  const sentence = `${listWords(parts, lang)}${sameYear ? (lang === 'en' ? ` in ${f!.year}` : ` ${f!.year}`) : ''}.`;
  return sentence.length <= 250 ? sentence : figureSentence(f!, lang);
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A budget line and its amount as a sentence says it: "Barncancer fick 80 miljoner kronor" first,
 * "Barncancer 80 miljoner kronor" after; a line named by its recipient ("Till regionerna") went to it.
 */
function linePhrase(x: Fact, lang: Language, first: boolean): string {
  const name = x.label.replace(/\s+/gu, ' ').trim();
  const amount = amountOf(x, lang);
  const to = /^(?:till|to) (.+)$/iu.exec(name);
  if (to) return first ? `${capital(amount)} ${lang === 'en' ? 'went to' : 'gick till'} ${to[1]}` : `${amount} ${lang === 'en' ? 'to' : 'till'} ${to[1]}`;
  return first ? `${name} ${lang === 'en' ? 'received' : 'fick'} ${amount}` : `${name} ${amount}`;
}

/** The items of the first section with one more put first; a titled first section keeps its title over its own items. */
function withFirst(sections: Section[], first: Section): Section[] {
  const [head, ...rest] = sections;
  if (head && !head.title) return [{ items: [...first.items, ...head.items], ...(first.title ? { title: first.title } : {}) }, ...rest];
  return [first, ...sections];
}

/** The composed answer with a sentence that answers as its lead. */
export function leadFirst(c: Composed, lang: Language): Composed {
  // A comparison's answer is its difference; the rows stand under what led before ("Överenskommelsen per år:").
  if (c.difference) {
    if (c.lead === c.difference) return { ...c, notes: c.notes.filter((n) => n !== c.difference) };
    const [head, ...rest] = c.sections;
    const sections = head && !head.title ? [{ title: c.lead, items: head.items }, ...rest] : [{ title: c.lead, items: [] }, ...c.sections];
    return { ...c, lead: c.difference, sections, notes: c.notes.filter((n) => n !== c.difference) };
  }
  // "Totalen 2021 och 2024?": the totals said in one sentence, the list under the heading that led.
  const totals = c.facts.filter((x) => x.kind === 'total' && x.year !== null);
  if (c.intent === 'total' && totals.length >= 2 && totals.length <= 4 && totals.length === c.facts.length && c.lead.endsWith(':')) {
    const each = totals.map((x) => (lang === 'en' ? `${amountOf(x, lang)} in ${x.year}` : `${amountOf(x, lang)} ${x.year}`));
    const [head, ...rest] = c.sections;
    const sections = head && !head.title ? [{ title: c.lead, items: head.items }, ...rest] : [{ title: c.lead, items: [] }, ...c.sections];
    return { ...c, lead: lang === 'en' ? `The totals: ${listWords(each, lang)}.` : `Totalerna: ${listWords(each, lang)}.`, sections };
  }
  const f = c.facts[0];
  if (f && f.amountSEK !== null && f.year !== null && c.lead.startsWith(`${f.year}: `)) {
    return { ...c, lead: figuresSentence([f, ...alongside(c)], lang), sections: withFirst(c.sections, { items: [{ text: c.lead, facts: [f] }] }) };
  }
  // Any other lead that is a list item ("2024 (RCC i samverkan): RCC i samverkan ska …") goes under a sentence saying what it is.
  if (YEAR_FIRST.test(c.lead) && c.facts.length) {
    const said = lang === 'en' ? (c.answered ? 'The sources say:' : 'This is what the sources do say:') : c.answered ? 'Källorna säger:' : 'Det här säger källorna:';
    return { ...c, lead: said, sections: withFirst(c.sections, { items: [{ text: c.lead, facts: [c.facts[0]!] }] }) };
  }
  return c;
}

/** What each kind of source is called where its title cannot name it. */
const KIND_NAMES: Record<NonNullable<Source['kind']>, { sv: string; en: string }> = {
  agreement: { sv: 'Överenskommelsen {years}', en: 'The {years} agreement' },
  'board-message': { sv: 'SKR:s styrelsemeddelande om överenskommelsen {years}', en: "SKR's board message on the {years} agreement" },
  news: { sv: 'Nyheten om överenskommelsen {years}', en: 'The news item on the {years} agreement' },
  'press-release': { sv: 'Pressmeddelandet om överenskommelsen {years}', en: 'The press release on the {years} agreement' },
  'government-page': { sv: 'Regeringens sida {years}', en: "The Government's page {years}" },
  'government-decision': { sv: 'Regeringens beslut {years}', en: "The Government's decision {years}" },
};

/** A title that states an amount in figures ("556 miljoner kronor till …"). */
const STATES_AMOUNT = /\d\s*(?:miljon|miljard|million|billion|mkr|mnkr|msek|kronor|kr\b|sek\b)/iu;

/**
 * A source as the plain text names it: its title — unless the title states an amount ("556
 * miljoner kronor till …"), which would read as a figure of the answer; then what it is and when.
 */
export function sourceName(source: Source, lang: Language): string {
  if (!STATES_AMOUNT.test(source.title)) return source.title;
  const name = source.kind ? KIND_NAMES[source.kind][lang].replace('{years}', source.years.join('–')) : source.title.replace(/\d/gu, '');
  return source.published ? `${name} (${lang === 'en' ? 'published' : 'publicerad'} ${source.published})` : name;
}

/**
 * The answer as plain text: the lead, each section's heading and items, the notes, then the
 * sources by number and title. Each citation of an item reads "(källa 1, rad 224)"; the lines the
 * lead rests on are named with their source at the end, never in the lead.
 */
export function plainText(c: Pick<Composed, 'lead' | 'sections' | 'notes'>, corpus: Corpus | null, lang: Language): string {
  const numbered: string[] = [];
  const leadLines = new Map<string, string[]>();
  const lineWords = (all: string[]) => {
    const at = [...new Set(all)];
    return `${lang === 'en' ? (at.length > 1 ? 'lines' : 'line') : at.length > 1 ? 'rader' : 'rad'} ${at.join(', ')}`;
  };
  const number = (file: string) => (numbered.includes(file) ? numbered.indexOf(file) + 1 : numbered.push(file));
  const lead = c.lead.replace(CITATION, (_, file: string, _word: string, at: string) => {
    number(file);
    leadLines.set(file, [...(leadLines.get(file) ?? []), at]);
    return '';
  });
  const lines = [lead.replace(/\s+([.:,])/gu, '$1').trim()];
  for (const s of c.sections) {
    if (s.title) lines.push(s.title);
    for (const i of s.items) lines.push(`${i.depth ? '    ' : ''}• ${i.text}`);
  }
  lines.push(...c.notes);
  const cited = lines
    .filter((l) => l.trim())
    .map((l, k) => (k === 0 ? l : l.replace(CITATION, (_, file: string, word: string, at: string) => ` (${lang === 'en' ? 'source' : 'källa'} ${number(file)}, ${word} ${at})`)))
    // A citation that closes a parenthesis is read inside it: "(totalt 809 miljoner kronor; källa 1, rad 3)".
    .map((l) => l.replace(/\s\(((?:källa|source) \d+, (?:rad|rader|line|lines) [^()]*)\)\)/gu, '; $1)'));
  if (!numbered.length) return cited.join('\n');
  const title = (file: string) => {
    const source = corpus?.sources.find((s) => basename(s.path) === file);
    return source ? sourceName(source, lang) : file;
  };
  const sources = numbered.map((file, k) => `${k + 1}. ${title(file)}${leadLines.has(file) ? `, ${lineWords(leadLines.get(file)!)}` : ''}`).join(' · ');
  return [...cited, `${lang === 'en' ? 'Sources' : 'Källor'}: ${sources}`].join('\n');
}
