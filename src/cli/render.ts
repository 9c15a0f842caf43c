/** An Answer as plain terminal text: the answer, then the source files it cites. */
import type { Answer } from '../answer/types.ts';

export function renderPlain(a: Answer): string {
  const label = a.language === 'sv' ? 'Källor' : 'Sources';
  const sources = [...new Set(a.facts.map((f) => f.citation.path))];
  return `${a.text}${sources.length ? `\n${label}: ${sources.join(', ')}` : ''}`;
}
