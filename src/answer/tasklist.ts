/**
 * Tasks (insatser) as sections: grouped by strategy area and by the heading above them, with
 * counts, as the agreement lists them. Shared by the task and the responsibility answers.
 */
import type { Fact } from '../corpus/schema.ts';
import type { Section } from './compose.ts';
import type { Ctx } from './context.ts';
import { cite, short } from './format.ts';
import { t } from './words.ts';

export function taskSections(ctx: Ctx, facts: Fact[]): Section[] {
  const sections: Section[] = [];
  const byArea = new Map<string, Fact[]>();
  for (const f of facts) {
    const key = f.area ?? t(ctx, 'Utan område', 'No area');
    byArea.set(key, [...(byArea.get(key) ?? []), f]);
  }
  for (const [area, list] of byArea) {
    const byHeading = new Map<string, Fact[]>();
    for (const f of list) byHeading.set(f.heading ?? '', [...(byHeading.get(f.heading ?? '') ?? []), f]);
    const several = byHeading.size > 1;
    if (several) sections.push({ title: `${area} (${list.length})`, items: [] });
    for (const [heading, items] of byHeading) {
      sections.push({
        title: several ? (heading ? `  ${heading} (${items.length})` : undefined) : `${area} (${list.length})`,
        items: items.map((f) => ({ text: `${short(f.label)} ${cite(f, ctx.lang)}`, facts: [f], depth: 1 })),
      });
    }
  }
  return sections;
}
