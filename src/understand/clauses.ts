/**
 * Clauses of a question that are no part of it: a preamble before a colon that names nothing the
 * lexicon knows ("Jag lovade att återkomma innan lunch, så: …"), and a later clause none of whose
 * words the lexicon or the sources know ("…, för intranätet", "(asking for a newsletter)").
 */
import type { Token } from './tokens.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * "Jag lovade att återkomma innan lunch, så: kan du lista budgetposterna för 2024?": a clause
 * before a colon that names nothing the lexicon knows (no concept, owner, document, year or
 * number) is a preamble when what follows the colon asks on its own (it carries a cue). "Barncancer
 * 2024: hur mycket?" keeps its topic: that clause names a concept and a year.
 */
export function withoutPreamble(tokens: Token[], lex: Vocabulary['lexicon']): Token[] {
  const colon = tokens.map((t) => t.text).lastIndexOf(':');
  if (colon <= 0) return tokens;
  const words = (ts: Token[]) => ts.filter((t) => t.kind === 'word').map((t) => t.text);
  const before = tokens.slice(0, colon);
  const after = tokens.slice(colon + 1);
  const [b, a] = [words(before), words(after)];
  if (a.length < 2 || before.some((t) => t.kind === 'number')) return tokens;
  const named = lex.conceptPhrases.findAll(b).length + lex.ownerPhrases.findAll(b).length + lex.documentPhrases.findAll(b).length + lex.relativeYears.findAll(b).length;
  if (named) return tokens;
  return lex.cuePhrases.findAll(a).length ? after : tokens;
}

/**
 * Word indexes of the clauses (split at commas, dashes, colons, question marks, full stops and parentheses) in
 * which no word is known — no lexicon phrase, year, number or word of the sources — after the
 * first clause: "…, för intranätet", "(asking for a newsletter)".
 */
/** Words that open a clause about the asker: "jag är statsvetare", "we're writing", "my boss". */
const ASKER = new Set(['jag', 'vi', 'min', 'mitt', 'mina', 'vår', 'vårt', 'våra', 'i', 'im', 'we', 'my', 'our']);

export function unanchoredClauses(tokens: Token[], wordAt: number[], words: string[], anchored: number[], consumed: Set<number>, v: Vocabulary): number[] {
  const known = new Set(anchored);
  const clauses: number[][] = [[]];
  words.forEach((_, i) => {
    const t = wordAt[i]!;
    const breaks = i > 0 && (tokens.slice(wordAt[i - 1]! + 1, t).some((p) => [',', '–', '—', ':', '?'].includes(p.text)) || !!tokens[t]!.afterStop || !!tokens[t]!.inParens !== !!tokens[wordAt[i - 1]!]!.inParens);
    if (breaks) clauses.push([]);
    clauses[clauses.length - 1]!.push(i);
  });
  if (clauses.length < 2) return [];
  const anchors = (i: number) => known.has(i) || consumed.has(i) || /^\d/.test(words[i]!) || (!v.lexicon.functionWords.has(words[i]!) && (v.index.lexicon.has(words[i]!) || v.unfolded.has(words[i]!)));
  // Only after the question's first clause: a first clause nobody knows may be its topic misspelt
  // ("regimbibliteket, vem ansvarar?") — unless it speaks of the asker ("jag är statsvetare – vad …").
  const first = (c: number[]) => !!tokens[wordAt[c[0]!]!]!.inParens || ASKER.has(words[c[0]!]!);
  const empty = clauses.filter((c, k) => (k > 0 || first(c)) && !c.some(anchors));
  if (empty.length === clauses.length) return [];
  return empty.flat();
}

/** "osv", "etc", "med mera", "and so on": what the parenthesis lists are examples. */
const ETC = / (?:osv|o s v|etc|etcetera|mm|m m|med mera|och så vidare|och sånt|and so on|and so forth|and the like) /u;

/** The tokens of parentheses that list parts ("(regionerna + nationellt + samverkansregionalt)", "(regions, national, cross-regional)"). */
export function partLists(tokens: Token[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j < tokens.length && tokens[j]!.inParens) j++;
    if (j > i && tokens.slice(i, j).filter((t) => t.text === '+' || t.text === ',').length >= 2) for (let k = i; k < j; k++) out.add(k);
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * Token indexes of the parentheses whose words narrow nothing: "compare the national SVF support in
 * 2021 (the 9 msek to SKR) with …" — a parenthesis that states an amount points at the line the
 * topic outside it means; and, in a question about money, a list of examples ("de nationella
 * medlen sammanlagt (kallelsesystem, mammografi, screening osv)"). One without either may be the
 * very term ("radiotherapy (strålbehandling)"), and in a question for tasks examples widen the list
 * ("tasks related to the EU (cancer plan, joint actions etc)").
 * @param listed the tokens of parentheses that list parts (`partLists`)
 */
export function asideParentheses(tokens: Token[], aboutMoney: boolean, listed: Set<number>): Set<number> {
  const aside = new Set<number>();
  for (let i = 0; i < tokens.length; ) {
    if (!tokens[i]!.inParens) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && tokens[j]!.inParens) j++;
    const inside = tokens.slice(i, j);
    // "(regionerna + nationellt + samverkansregionalt)", "(regions, national, cross-regional)": the parts of a sum, not topics of their own.
    const parts = listed.has(i);
    if (inside.some((t) => t.kind === 'number') || (aboutMoney && (parts || ETC.test(` ${inside.map((t) => t.text).join(' ')} `)))) for (let k = i; k < j; k++) aside.add(k);
    i = j;
  }
  return aside;
}

/**
 * "SVF-arbetet 2024 (både regionerna och nationellt)": the parts a parenthesis joins are parts of
 * the topic before it, so that topic stands in each part's group too ("nationellt" is national SVF
 * work, not any national line). Returns the copies to add; a parenthesis with one part, or a list
 * of a sum's parts, adds none.
 */
export function topicOverParentheses<C extends { group?: number; at?: number; soft?: boolean }>(concepts: C[], tokens: Token[], wordAt: number[], group: number[]): C[] {
  const tokenOf = (c: C) => (c.at === undefined ? undefined : wordAt[c.at]);
  const added: C[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.inParens || tokens[i - 1]?.inParens) continue;
    let j = i;
    while (j < tokens.length && tokens[j]!.inParens) j++;
    const inside = wordAt.flatMap((t, wi) => (t >= i && t < j ? [wi] : []));
    const groups = [...new Set(inside.map((wi) => group[wi]!))];
    // Two parts joined by "och"/"and"; a list of a sum's parts ("(regionerna + nationellt + samverkansregionalt)", "(patologi, radiologi, rehab)") is no such pair.
    const joins = tokens.slice(i, j).map((t) => t.text);
    if (groups.length !== 2 || !joins.some((w) => w === 'och' || w === 'and') || joins.some((w) => w === '+' || w === ',' || w === '/')) {
      i = j;
      continue;
    }
    // The topic right before the parenthesis: the concepts of the group it opens in, outside it.
    const before = concepts.filter((c) => !c.soft && (tokenOf(c) ?? Infinity) < i && c.group === groups[0]);
    const parts = groups.slice(1).filter((g) => concepts.some((c) => c.group === g && (tokenOf(c) ?? -1) >= i && (tokenOf(c) ?? -1) < j));
    for (const g of parts) for (const c of before) if (!concepts.some((x) => x.group === g && x === c)) added.push({ ...c, group: g });
    i = j;
  }
  return added;
}
