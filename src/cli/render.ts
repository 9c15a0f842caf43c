/** An Answer as plain terminal text: the answer (its sources last), with the questions it offers numbered before them. */
import type { Answer } from '../answer/types.ts';

export function renderPlain(a: Answer): string {
  if (!a.suggestions?.length) return a.text;
  const offered = `${a.language === 'sv' ? 'Menade du' : 'Did you mean'}: ${a.suggestions.map((s, i) => `${i + 1}) ${s}`).join('  ')}`;
  const lines = a.text.split('\n');
  const sources = /^(?:Källor|Sources): /u.test(lines.at(-1) ?? '') ? lines.length - 1 : lines.length;
  return [...lines.slice(0, sources), offered, ...lines.slice(sources)].join('\n');
}
