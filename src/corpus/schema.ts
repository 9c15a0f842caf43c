/**
 * The shapes of the corpus: sources, facts and citations (CONTRACT §1).
 * Each shape is a zod schema; its TypeScript type is derived from it, never written twice.
 */
import { z } from 'zod';

/** An ISO calendar date (YYYY-MM-DD) that exists: 2026-02-30 is refused. */
export const IsoDate = z.string().refine(isRealIsoDate, { message: 'expected a real date written YYYY-MM-DD' });

export function isRealIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

const Year = z.number().int().min(2000).max(2100);

/** Where a fact stands: a repo-relative source path, the 1-based line its quote starts on, and the exact text. */
export const Citation = z.object({
  path: z.string().regex(/^data\/[^\s]+$/, 'expected a repo-relative path under data/'),
  line: z.number().int().positive(),
  quote: z.string().trim().min(1),
});
export type Citation = z.infer<typeof Citation>;

export const FactKind = z.enum(['total', 'budget', 'flow', 'funding', 'insats', 'deadline', 'passage']);
export type FactKind = z.infer<typeof FactKind>;

/** Who "ska" do an insats. The sources' typos ("RCC i samverkans", "RCC samverkan") are normalised. */
export const Owner = z.enum(['RCC i samverkan', 'RCC', 'Regionerna']);
export type Owner = z.infer<typeof Owner>;

export const Level = z.enum(['nationellt', 'samverkansregionalt', 'regionalt']);
export type Level = z.infer<typeof Level>;

/** What a passage (or a deadline) is about, when a rule can tell. */
export const Tag = z.enum([
  'definition', // what RCC, RCC i samverkan, an acronym is
  'person', // a named person and their role
  'new', // what is new or singled out in a year
  'payment', // how the money is paid out
  'area', // one of the agreement's strategy areas
  'restates', // restates an amount that a total/budget fact already states
  'period', // deadline: the end of a stated period (2024–2030)
  'explicit', // deadline: an explicit date in the text
  'within-year', // deadline: "Under 2024 ska ..." is due by the year's end
  'month', // deadline: only the month is stated; the date is the month's last day
  'comparison', // an amount that compares a year with another ("50 miljoner kronor mer än 2021"): never a total
  'part', // an amount a total contains ("varav 300 miljoner kronor till regionerna"), cited beside it
]);
export type Tag = z.infer<typeof Tag>;

/**
 * One fact of the corpus. The first eight fields are CONTRACT §1; the rest give context that
 * answers and reviews use (group of a budget line, area and heading of an insats, ...).
 */
export const Fact = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+:\d+(:[a-z0-9-]+)*$/, 'expected "<source id>:<line>[:<suffix>]"'),
    kind: FactKind,
    year: Year.nullable(),
    amountSEK: z.number().int().nonnegative().nullable(),
    owner: z.string().min(1).nullable(),
    date: IsoDate.nullable(),
    label: z.string().trim().min(1),
    citation: Citation,
    /** Id of the source (sources.json) the fact was read from. */
    sourceId: z.string().min(1),
    /** budget: the heading the line stands under ("Sjukvårdsregionala medel, fördelas lika mellan RCC"). */
    group: z.string().optional(),
    /** insats: one of the strategy areas. */
    area: z.string().optional(),
    /** insats: the heading right above the bullet; passage: the section heading it stands under. */
    heading: z.string().optional(),
    level: Level.optional(),
    /** flow: who pays the money out (Kammarkollegiet, SKR). */
    payer: z.string().optional(),
    /** funding, deadline: the years a "per år 2024–2026" statement spans. */
    period: z.object({ from: Year, to: Year }).optional(),
    /** Other lines where the same text stands again (a bullet printed twice). */
    alsoAt: z.array(z.number().int().positive()).optional(),
    /** deadline: other places that name the same milestone ("prevention 2024–2030" three times). */
    mentions: z.array(Citation).optional(),
    /**
     * funding: ids of the facts this money contains ("Regeringen avsätter en miljard … Av dessa
     * ingår 809 miljoner kronor i överenskommelsen"): the agreement is part of it, not beside it.
     */
    contains: z.array(z.string()).optional(),
    /** The caption that gives the unit when the quote has none ("Antal miljoner kronor"). */
    unit: Citation.optional(),
    tags: z.array(Tag).optional(),
    /** insats read from running text rather than a bullet. */
    narrative: z.boolean().optional(),
    /** passage with tag person: the person's name and role. */
    person: z.object({ name: z.string(), role: z.string() }).optional(),
    /** passage with tag definition: the term defined (SVF, RCC i samverkan). */
    term: z.string().optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const need = (ok: boolean, path: string, message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    const amountKinds: FactKind[] = ['total', 'budget', 'flow', 'funding'];
    if (amountKinds.includes(f.kind)) need(f.amountSEK !== null, 'amountSEK', `a ${f.kind} fact needs an amount`);
    if (f.kind === 'insats' || f.kind === 'deadline') need(f.amountSEK === null, 'amountSEK', `a ${f.kind} fact has no amount`);
    if (f.kind === 'insats') need(Owner.safeParse(f.owner).success, 'owner', `an insats needs an owner (${Owner.options.join(', ')})`);
    need((f.kind === 'deadline') === (f.date !== null), 'date', 'a deadline fact, and only a deadline, has a date');
    if (f.kind === 'total' || f.kind === 'budget') need(f.year !== null, 'year', `a ${f.kind} fact belongs to a year`);
  });
export type Fact = z.infer<typeof Fact>;

/** What a source is (CONTRACT §4): answers prefer the agreement's own text and say when a figure comes only from a news page. */
export const SourceKind = z.enum(['agreement', 'board-message', 'news', 'press-release', 'government-page', 'government-decision']);
export type SourceKind = z.infer<typeof SourceKind>;

/** Metadata of one source text. */
export const Source = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    path: z.string().regex(/^data\/sources\/[^\s/]+\.txt$/),
    title: z.string().min(1),
    publisher: z.string().nullable(),
    url: z.url().nullable(),
    published: IsoDate.nullable(),
    /** Agreement years the source covers. */
    years: z.array(Year).min(1),
    kind: SourceKind.optional(),
    note: z.string().optional(),
    /** The file the text was made from (`source add`), kept under data/sources/originals/, and its SHA-256. */
    original: z.object({ path: z.string().regex(/^data\/sources\/originals\/[^\s/]+$/), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict().optional(),
  })
  .strict();
export type Source = z.infer<typeof Source>;

/** A curated correction: what rules cannot get right, with the reason beside it. */
export const Correction = z
  .object({
    /** Id of the fact to change or drop; absent when the entry adds a fact. */
    id: z.string().optional(),
    action: z.enum(['drop', 'set', 'add']),
    /** Fields to set on the fact (action "set"), or the whole fact (action "add"). */
    fields: z.record(z.string(), z.unknown()).optional(),
    reason: z.string().min(10),
  })
  .strict();
export type Correction = z.infer<typeof Correction>;
