/**
 * A check of what the asker states ("var totalen 2021 450 mkr?", "rehab got 150 MSEK in 2024,
 * correct?"): the question is answered as if the amount were not stated, and the answer then says
 * yes or no before it. The stated amount is never repeated when no fact states it (every amount in
 * an answer is a fact's); when the sources state it for something else ("600 miljoner" is the
 * Government's whole effort), that fact is shown, so the asker sees where the figure came from.
 */
import type { Fact } from '../corpus/schema.ts';
import { cite } from './format.ts';
import type { Composed } from './compose.ts';
import type { Ctx } from './context.ts';
import { inYears } from './query.ts';
import { amountLine, t } from './words.ts';
import { lexicon } from '../lexicon/load.ts';

export function checked(ctx: Ctx, c: Composed): Composed {
  const claimed = ctx.q.claimed;
  if (!claimed.length && ctx.q.whether && ctx.q.owner && c.intent === 'responsible' && c.answered) return ownerChecked(ctx, c, ctx.q.owner);
  if (!claimed.length && ctx.q.whether && ctx.q.people.length === 1 && c.intent === 'people') return personChecked(ctx, c, ctx.q.people[0]!);
  const date = claimedDate(ctx.q.text);
  if (!claimed.length && ctx.q.whether && date && c.answered && c.facts.some((f) => f.date !== null)) return dateChecked(ctx, c, date);
  if (claimed.length && !c.answered) return claimedFound(ctx, c) ?? c;
  if (!claimed.length && c.answered) return otherOfTwo(ctx, c) ?? c;
  if (!c.answered) return c;
  const stated = new Set(c.facts.flatMap((f) => (f.amountSEK === null ? [] : [f.amountSEK])));
  if (!stated.size) return c;
  // "365 miljoner för SVF både 2021 och 2024?": one amount claimed of several years holds only if each year's fact states it.
  const ofYears = ctx.q.years.filter((y) => c.facts.some((f) => f.year === y && f.amountSEK !== null && f.kind !== 'passage'));
  const eachYear = claimed.length !== 1 || ofYears.length < 2 || ofYears.every((y) => c.facts.some((f) => f.year === y && f.amountSEK === claimed[0]));
  const yes = claimed.every((x) => stated.has(x)) && eachYear;
  if (yes) return { ...c, lead: `${t(ctx, 'Ja, det stämmer.', 'Yes, that is right.')} ${c.lead}` };
  // Where the sources do state the amount the asker had in mind, in the years asked (or for a period).
  const elsewhere: Fact[] = [];
  for (const x of claimed.filter((x) => !stated.has(x))) {
    const f = ctx.corpus.facts.find((f) => f.amountSEK === x && f.kind !== 'passage' && (!ctx.q.years.length || inYears(f, ctx.years) || f.year === null));
    if (f && !elsewhere.includes(f)) elsewhere.push(f);
  }
  return {
    ...c,
    lead: `${t(ctx, 'Nej, det stämmer inte.', 'No, that is not right.')} ${c.lead}`,
    facts: [...c.facts, ...elsewhere],
    notes: [...elsewhere.map((f) => `${t(ctx, 'Det beloppet anger källorna för något annat:', 'The sources give that amount for something else:')} ${amountLine(ctx, f)}`), ...c.notes],
  };
}

/**
 * "I'm at the Ministry checking a draft: 'In 2024 the six regional cancer centres received SEK 405
 * million directly from SKR.' Correct?": a check whose words found no answer, though the sources
 * state the amount for the year asked. The line that states it is shown; it is confirmed only when it
 * is the owner's named or the year's total asked, never for a topic the line does not name.
 */
function claimedFound(ctx: Ctx, c: Composed): Composed | null {
  const q = ctx.q;
  const found = q.claimed.map((x) =>
    ctx.corpus.facts.find((f) => f.amountSEK === x && f.kind !== 'passage' && (!q.years.length || inYears(f, ctx.years)) && (!q.owner || f.owner === q.owner)),
  );
  if (!found.every((f) => !!f)) return null;
  const facts = found as Fact[];
  const sure = facts.every((f) => (q.owner && f.owner === q.owner) || (f.kind === 'total' && q.signals.has('total-word')));
  const lines = facts.map((f) => amountLine(ctx, f)).join('; ');
  return {
    ...c,
    answered: sure,
    facts: [...facts, ...c.facts.filter((f) => !facts.includes(f))],
    lead: sure ? `${t(ctx, 'Ja, det stämmer:', 'Yes, that is right:')} ${lines}` : `${t(ctx, 'Källorna anger det beloppet så här:', 'The sources state that amount as:')} ${lines}`,
    sections: [],
    notes: c.notes,
  };
}

/**
 * "Is it true that the regions own the national Min vårdplan task?": who the sources say does it,
 * against the owner the asker names. Yes when the tasks found are that owner's, no otherwise.
 */
function ownerChecked(ctx: Ctx, c: Composed, owner: string): Composed {
  const owners = new Set(c.facts.slice(0, 5).filter((f) => f.kind === 'insats').map((f) => f.owner));
  if (!owners.size) return c;
  const yes = owners.has(owner);
  const said = [...owners].filter((o): o is string => !!o).join(t(ctx, ' och ', ' and '));
  return {
    ...c,
    lead: yes
      ? `${t(ctx, 'Ja, det stämmer.', 'Yes, that is right.')} ${c.lead}`
      : `${t(ctx, `Nej, enligt källorna är det ${said}.`, `No, according to the sources it is ${said}.`)} ${c.lead}`,
  };
}

/**
 * "national SVF work 2024 — is it 14 or 28 MSEK?": the answer states one of the amounts the asker
 * hesitates between; what the sources give the other one for is said too, so the mix-up is
 * explained. (An amount no fact states is never written.)
 */
function otherOfTwo(ctx: Ctx, c: Composed): Composed | null {
  const figures = ctx.q.figures;
  if (figures.length < 2 || !/\d[^?]*\s(?:or|eller)\s[^?]*\d/iu.test(ctx.q.text)) return null;
  const stated = new Set(c.facts.map((f) => f.amountSEK));
  if (!figures.some((x) => stated.has(x))) return null;
  const others = figures.filter((x) => !stated.has(x)).flatMap((x) => ctx.corpus.facts.filter((f) => f.amountSEK === x && f.kind !== 'passage' && ctx.keep(f) && inYears(f, ctx.years)).slice(0, 2));
  if (!others.length) return null;
  const said = t(ctx, 'Det andra beloppet anger källorna för något annat:', 'The sources give the other amount for something else:');
  return { ...c, facts: [...c.facts, ...others], notes: [...others.map((f) => `${said} ${amountLine(ctx, f)}`), ...c.notes] };
}

/** A full date the question states ("den 18 december 2020", "on 13 February 2026", "2020-12-18"), as ISO. */
export function claimedDate(text: string): string | null {
  const iso = /(?<!\d)(20\d{2})-(\d{2})-(\d{2})(?!\d)/u.exec(text);
  if (iso) return iso[0];
  const m = /(?<!\d)(\d{1,2})(?:st|nd|rd|th)? (\p{L}+),? (20\d{2})(?!\d)/u.exec(text.toLowerCase());
  if (!m) return null;
  // The month names the lexicon reads years with (data/lexicon/years.json).
  const month = lexicon().yearWords.months.get(m[2]!);
  return month ? `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : null;
}

/** "Stämmer det att styrelsen beslutade den 18 december 2020?": yes when a date the answer states is that date. */
function dateChecked(ctx: Ctx, c: Composed, date: string): Composed {
  const yes = c.facts.slice(0, 5).some((f) => f.date === date);
  return { ...c, lead: `${yes ? t(ctx, 'Ja, det stämmer.', 'Yes, that is right.') : t(ctx, 'Nej, källorna anger ett annat datum.', 'No, the sources give another date.')} ${c.lead}` };
}

/**
 * "Is Helena Brändström still the national cancer coordinator?": the newest source's holder of that
 * person's role, against the person named. Yes when it is that person; no, with the newest holder.
 */
function personChecked(ctx: Ctx, c: Composed, name: string): Composed {
  const people = ctx.corpus.facts.filter((f) => f.person);
  const theirs = people.find((f) => f.person!.name === name);
  if (!theirs) return c;
  const role = theirs.person!.role.split(/\s+/u).pop()!;
  const holders = people.filter((f) => f.person!.role.split(/\s+/u).pop() === role && f.year !== null).sort((a, b) => b.year! - a.year!);
  // "Var det Kjell Ivarsson som var tillförordnad cancersamordnare 2023?": the holder in the year asked, else the newest.
  const inYear = holders.find((f) => ctx.q.years.includes(f.year!));
  const newest = inYear ?? holders[0];
  if (!newest) return c;
  if (newest.person!.name === name) return { ...c, lead: `${t(ctx, 'Ja, det stämmer.', 'Yes, that is right.')} ${c.lead}`, facts: [newest, ...c.facts.filter((f) => f !== newest)] };
  const no = inYear
    ? t(ctx, `Nej, enligt källan från ${newest.year} var ${newest.person!.name} ${newest.person!.role} ${cite(newest, 'sv')}.`, `No, according to the ${newest.year} source ${newest.person!.name} was ${newest.person!.role} ${cite(newest, 'en')}.`)
    : t(ctx, `Nej, i den nyaste källan (${newest.year}) är ${newest.person!.name} ${newest.person!.role} ${cite(newest, 'sv')}.`, `No, in the newest source (${newest.year}) ${newest.person!.name} is ${newest.person!.role} ${cite(newest, 'en')}.`);
  return { ...c, lead: no, sections: [{ title: c.lead, items: [] }, ...c.sections], facts: [newest, ...c.facts.filter((f) => f !== newest)] };
}
