/** An Answer as plain terminal text: the answer, the questions it offers (numbered), then the source files it cites. */
import type { Answer } from '../answer/types.ts';

export function renderPlain(a: Answer): string {
  const label = a.language === 'sv' ? 'Källor' : 'Sources';
  const sources = [...new Set(a.facts.map((f) => f.citation.path))];
  const offered = a.suggestions?.length ? `\n${a.language === 'sv' ? 'Menade du' : 'Did you mean'}: ${a.suggestions.map((s, i) => `${i + 1}) ${s}`).join('  ')}` : '';
  return `${a.text}${offered}${sources.length ? `\n${label}: ${sources.join(', ')}` : ''}`;
}
