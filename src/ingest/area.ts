/**
 * The agreement's strategy areas: read from the list that follows "delas in i fyra områden" (or
 * "fokuserar på fyra områden"), each listed area becoming an `area` passage; and, for any block,
 * the area it stands in (the last area heading above it, or "Inom området X" at its start).
 */
import type { Block } from './document.ts';
import { type Draft, type SourceDoc, trimEnd } from './context.ts';

/** Comparable form of an area name: "m.m." and "med mera" alike, punctuation and case ignored. */
export const areaKey = (s: string): string =>
  s
    .toLowerCase()
    .replace(/m\.m\./g, 'med mera')
    .replace(/[^\p{L}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export interface Areas {
  names: string[];
  /** The area a block stands in, as this source words it. */
  at(block: Block): string | undefined;
  passages: Draft[];
}

const LIST_LEAD = /\b(?:områden|insatsområden)\b.*:$|\bfokuserar på \S+ områden:?$/u;

export function readAreas(doc: SourceDoc): Areas {
  const names: string[] = [];
  const passages: Draft[] = [];
  for (const block of doc.blocks) {
    if (block.kind !== 'bullet') continue;
    const lead = doc.blocks[firstOfList(doc, block) - 1];
    if (!lead || !LIST_LEAD.test(lead.text) || /kronor|miljoner|^\d/.test(block.text)) continue;
    const name = trimEnd(block.text);
    names.push(name);
    passages.push({
      kind: 'passage',
      year: doc.year,
      amountSEK: null,
      owner: null,
      date: null,
      label: name,
      citation: { path: doc.source.path, line: block.line, quote: block.quote },
      sourceId: doc.source.id,
      tags: ['area'],
    });
  }
  const byKey = new Map(names.map((n) => [areaKey(n), n]));
  const current: (string | undefined)[] = [];
  let area: string | undefined;
  for (const block of doc.blocks) {
    if (block.kind === 'heading' && byKey.has(areaKey(block.text))) area = byKey.get(areaKey(block.text));
    current.push(area);
  }
  return {
    names,
    passages,
    at(block) {
      // "Inom området prevention och tidig upptäckt ..." names its area in running text.
      const opening = /^Inom (?:området )?(.+?)(?:,| ska| är| ryms| har)/u.exec(block.text);
      if (opening) {
        const key = areaKey(opening[1]!);
        const hit = names.find((n) => areaKey(n).startsWith(key) || key.startsWith(areaKey(n)));
        if (hit) return hit;
      }
      return current[block.index];
    },
  };
}

function firstOfList(doc: SourceDoc, block: Block): number {
  let i = block.index;
  while (i > 0 && doc.blocks[i - 1]!.kind === 'bullet') i--;
  return i;
}
