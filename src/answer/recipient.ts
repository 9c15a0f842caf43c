/**
 * Money per recipient ("hur mycket får varje RCC för barncancer?", "how much per region goes to
 * radiology?", "hur mycket får Region Norrbotten?"): the sources state no amount per region or
 * per RCC, so none is ever worked out. What they do state is said: the amount for all together,
 * and how it is split where a source says so ("fördelas lika mellan RCC", "fördelat efter
 * befolkningsunderlag"), cited at the line that says it.
 */
import type { Fact } from '../corpus/schema.ts';
import type { Composed } from './compose.ts';
import type { Ctx } from './context.ts';
import { t } from './words.ts';
import { intentOf } from './intents/traits.ts';

/** Words of a source that say how an amount is split among its recipients. */
const SPLIT = /(fördelas lika mellan RCC|fördela[st]? efter befolkningsunderlag|fördelar till regionerna efter ansökan)/iu;

export function perRecipient(ctx: Ctx, c: Composed): Composed {
  const per = ctx.q.perRecipient;
  // Only money is asked per recipient: "who heads RCC Norr?" asks no amount.
  if (!per || !c.facts.length || (intentOf(c.intent)?.answers !== 'amount' && !per.split)) return c;
  const lead = c.facts.find((f) => f.amountSEK !== null && f.kind !== 'total');
  const split = lead && !per.named ? splitOf(ctx, lead) : null;
  const who = per.of === 'rcc' ? t(ctx, 'per RCC', 'per RCC') : t(ctx, 'per region', 'per region');
  if (split) {
    // How it is split is then the answer; an amount per recipient only where the split is equal.
    // (Equal between the RCCs says nothing of each region's amount.)
    const among = /RCC/u.test(split.how) ? 'rcc' : 'region';
    const answered = c.answered && (per.split || (/lika/u.test(split.how) && per.of === among));
    return {
      ...c,
      answered,
      lead: per.split
        ? t(ctx, `Beloppet ${split.how}. ${c.lead}`, `The sources say how it is split: “${split.how}”. ${c.lead}`)
        : t(ctx, `Källorna anger inget belopp ${who}; beloppet ${split.how}. ${c.lead}`, `The sources give no amount ${who}; they say how it is split: “${split.how}”. ${c.lead}`),
      facts: [...c.facts, split.fact],
    };
  }
  // How it is split, where no source says: the amount for all, said plainly.
  if (per.split) return { ...c, lead: t(ctx, `Källorna säger inte hur beloppet fördelas mellan ${per.of === 'rcc' ? 'RCC' : 'regionerna'}. ${c.lead}`, `The sources do not say how the money is split among the ${per.of === 'rcc' ? 'RCCs' : 'regions'}. ${c.lead}`), answered: false };
  return {
    ...c,
    answered: false,
    lead: per.named
      ? t(ctx, `Källorna anger inga belopp för enskilda ${per.of === 'rcc' ? 'RCC' : 'regioner'}, bara för alla tillsammans. ${c.lead}`, `The sources give no amounts for single ${per.of === 'rcc' ? 'RCCs' : 'regions'}, only for all of them together. ${c.lead}`)
      : t(ctx, `Källorna anger inget belopp ${who}, bara för alla tillsammans. ${c.lead}`, `The sources give no amount ${who}, only for all of them together. ${c.lead}`),
  };
}

/** The line of the fact's source that says how its money is split, as a fact of its own. */
function splitOf(ctx: Ctx, f: Fact): { how: string; fact: Fact } | null {
  const lines = ctx.corpus.texts.get(f.citation.path) ?? [];
  // The heading the line stands under ("Sjukvårdsregionala medel, fördelas lika mellan RCC"), or the
  // sentence that pays the regions' money out ("… till regionerna, fördelat efter befolkningsunderlag").
  // The latter only for that money: the sentence states its amount.
  const millions = f.amountSEK === null ? '' : `${String(f.amountSEK / 1e6).replace('.', ',')} miljoner`;
  const near = [...(f.group && SPLIT.test(f.group) ? [f.group] : []), ...(f.owner === 'Regionerna' && millions ? [millions] : [])];
  for (const want of near) {
    const at = lines.findIndex((l) => l.includes(want) && SPLIT.test(l));
    if (at < 0) continue;
    const m = SPLIT.exec(lines[at]!)!;
    const quote = lines[at]!.slice(m.index).replace(/[.\s]+$/u, '').replace(/\s+/g, ' ');
    const fact: Fact = { id: `${f.sourceId}:${at + 1}:split`, kind: 'passage', year: f.year, amountSEK: null, owner: null, date: null, label: quote, citation: { path: f.citation.path, line: at + 1, quote }, sourceId: f.sourceId };
    // Said as what happens to the money: "fördelas lika mellan RCC", "fördelas efter befolkningsunderlag".
    const how = m[1]!.replace(/^fördela(?:[st]|r)?(?![\p{L}])/u, 'fördelas');
    return { how, fact };
  }
  return null;
}
