/**
 * tasks: the insatser of an owner ("Vilka insatser ska regionerna genomföra?"), about a topic
 * ("Which tasks concern screening?"), or both, grouped by area and heading. Without a year, the
 * newest year that has such tasks, with the others named. Declines when a topic has no task
 * (what the sources say of it answers instead).
 */
import type { Composed } from '../compose.ts';
import { type Ctx, orUnknown } from '../context.ts';
import { listWords } from '../format.ts';
import { matchEach, required, topicText } from '../match.ts';
import { inYears } from '../query.ts';
import { taskSections } from '../tasklist.ts';
import { closingNotes, t } from '../words.ts';

export function tasks(ctx: Ctx): Composed | null {
  // "vad får pengarna gå till 2026?": what money may go to, of nothing named, is how the total splits (the lines).
  if (ctx.q.signals.has('purpose-word') && !required(ctx) && !ctx.q.owner) return null;
  return taskAnswer(orUnknown(ctx), 'tasks');
}

export function taskAnswer(ctx: Ctx, intent: Composed['intent']): Composed | null {
  const owner = ctx.q.owner;
  const base = (f: { kind: string; owner: string | null }) => f.kind === 'insats' && (!owner || f.owner === owner);
  const found = required(ctx) ? matchEach(ctx, (f) => base(f) && inYears(f, ctx.years), undefined, true).map((s) => s.fact) : ctx.corpus.facts.filter((f) => base(f) && inYears(f, ctx.years));
  const inAsked = ctx.q.years.length ? ` ${listWords(ctx.years, 'sv')}` : '';
  const inAskedEn = ctx.q.years.length ? ` in ${listWords(ctx.years, 'en')}` : '';
  if (!found.length) {
    if (required(ctx)) return null;
    // "RCC:s uppgifter 2023": that year's texts give the tasks to RCC i samverkan, the six RCC together.
    if (owner === 'RCC') {
      const together = ctx.corpus.facts.filter((f) => f.kind === 'insats' && f.owner === 'RCC i samverkan' && inYears(f, ctx.years));
      if (together.length) {
        const r = taskAnswer({ ...ctx, q: { ...ctx.q, owner: 'RCC i samverkan' } }, intent)!;
        return { ...r, lead: t(ctx, `Källorna anger inga insatser för de enskilda RCC${inAsked}; de ger dem till RCC i samverkan. ${r.lead}`, `The sources give no tasks to the individual RCCs${inAskedEn}; they give them to RCC i samverkan. ${r.lead}`) };
      }
    }
    return { intent, answered: false, facts: [], lead: t(ctx, `Källorna anger inga insatser för ${owner ?? 'detta'}${inAsked}.`, `The sources list no tasks for ${owner ?? 'this'}${inAskedEn}.`), sections: [], notes: closingNotes(ctx) };
  }
  // Without a year: the newest year that has such tasks; the others are named.
  const yearsFound = [...new Set(found.map((f) => f.year))].sort((a, b) => (b ?? 0) - (a ?? 0));
  const year = ctx.q.years.length ? null : yearsFound[0];
  const shown = year === null ? found : found.filter((f) => f.year === year);
  const others = year === null ? [] : yearsFound.filter((y) => y !== year);
  const about = required(ctx) ? t(ctx, ` om ${topicText(ctx)}`, ` about ${topicText(ctx)}`) : '';
  const inYear = year ?? listWords([...new Set(shown.map((f) => f.year!))], ctx.lang);
  const owners = new Map<string, number>();
  for (const f of shown) owners.set(f.owner!, (owners.get(f.owner!) ?? 0) + 1);
  // "1 insats", "2 insatser": the noun agrees with the count in both languages.
  const n = shown.length;
  const [sv, en] = n === 1 ? ['insats', 'task'] : ['insatser', 'tasks'];
  const lead = owner
    ? t(ctx, `${owner} har ${n} ${sv}${about} i överenskommelsen ${inYear}:`, `${owner} owns ${n} ${en}${about} in the ${inYear} agreement:`)
    : t(ctx, `${n} ${sv}${about} i överenskommelsen ${inYear}:`, `${n} ${en}${about} in the ${inYear} agreement:`);
  return {
    intent,
    answered: true,
    facts: shown,
    lead,
    sections: [
      ...(!owner && owners.size > 1 ? [{ title: t(ctx, `Ansvariga: ${[...owners].map(([o, n]) => `${o} ${n}`).join(', ')}.`, `Owners: ${[...owners].map(([o, n]) => `${o} ${n}`).join(', ')}.`), items: [] }] : []),
      ...taskSections(ctx, shown),
    ],
    notes: [
      others.length ? t(ctx, `Det finns också sådana insatser ${listWords(others as number[], 'sv')}; fråga med årtal för dem.`, `There are such tasks in ${listWords(others as number[], 'en')} too; ask with the year.`) : '',
      ...closingNotes(ctx),
    ].filter(Boolean),
  };
}
