/**
 * Intent by scoring, not by rule order: every cue the question contains adds its weights
 * (cues.json), and so do the features of its shape (intents.json: a topic, an owner, two years, a
 * figure, a person named). Intents come best first, equal scores by the lexicon's priority; each
 * carries the evidence that gave its score, so "why did it pick this?" has an answer.
 */
import type { Cue } from '../lexicon/schema.ts';
import type { Lexicon } from '../lexicon/load.ts';
import type { RankedIntent } from './question.ts';

export function rankIntents(cues: Cue[], features: string[], lex: Lexicon): RankedIntent[] {
  const scores = new Map<string, RankedIntent>();
  const add = (intent: string, weight: number, why: string, cued: boolean) => {
    const entry = scores.get(intent) ?? { intent, score: 0, evidence: [], cued: false };
    entry.score += weight;
    entry.evidence.push(`${why} ${weight > 0 ? '+' : ''}${weight}`);
    entry.cued ||= cued && weight > 0;
    scores.set(intent, entry);
  };
  for (const cue of cues) for (const [intent, weight] of Object.entries(cue.weights)) add(intent, weight, cue.id, true);
  for (const feature of features) {
    const f = lex.features.get(feature);
    for (const [intent, weight] of Object.entries(f?.weights ?? {})) add(intent, weight, feature, !!f?.explicit);
  }
  const priority = new Map(lex.intents.map((i) => [i.intent, i.priority]));
  return [...scores.values()]
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || (priority.get(b.intent) ?? 0) - (priority.get(a.intent) ?? 0))
    .map((r) => ({ ...r, score: Math.round(r.score * 100) / 100 }));
}
