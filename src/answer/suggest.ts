/**
 * "Menade du …?": when the reading of a question was uncertain — nothing found, words set aside,
 * two readings about as likely — up to three rephrased questions are offered that the bot answers
 * with confidence. They are built from what the question named that the sources know (its topic in
 * its own words, its owner, its years) in the question's language, and each is kept only if it is
 * answered from the sources with nothing set aside.
 */
import type { Question } from '../understand/question.ts';
import type { Answer } from './types.ts';
import { hasTrait } from './intents/traits.ts';
import { ofForm } from './form.ts';

/** The most suggestions offered. */
export const MAX_SUGGESTIONS = 3;

/** Whether the reading was uncertain enough to offer other questions. */
export function uncertain(a: Answer, q: Question): boolean {
  if (q.empty || q.tooLong || a.noSource || !hasTrait(a.intent, 'offersRephrasing')) return false;
  if (!a.answered) return true;
  if (q.unknown.length) return true;
  const cued = q.intents.filter((r) => r.cued);
  return cued.length >= 2 && cued[0]!.score - cued[1]!.score < 0.5 && cued[0]!.intent !== cued[1]!.intent;
}

/** Questions to offer instead, in the question's language, from what it named that the sources know. */
export function candidates(q: Question): string[] {
  const sv = q.language === 'sv';
  const topic = [...new Set(q.concepts.filter((c) => !c.soft && c.source !== 'unknown' && !c.exact && !c.name).map((c) => c.text))].join(' ');
  const year = q.years.length === 1 ? ` ${q.years[0]}` : '';
  const inYear = q.years.length === 1 ? (sv ? ` ${q.years[0]}` : ` in ${q.years[0]}`) : '';
  const out: string[] = [];
  if (topic) {
    out.push(sv ? `Hur mycket gick till ${topic}${year}?` : `How much went to ${topic}${inYear}?`);
    out.push(sv ? `Vilka insatser gäller ${topic}?` : `Which tasks concern ${topic}?`);
    out.push(sv ? `Vad säger källorna om ${topic}?` : `What do the sources say about ${topic}?`);
    out.push(sv ? `Vem ansvarar för ${topic}?` : `Who is responsible for ${topic}?`);
  }
  if (q.owner) out.push(sv ? `Vilka insatser har ${q.owner}${year}?` : `Which tasks does ${q.owner} have${inYear}?`);
  if (q.years.length) {
    out.push(sv ? `Hur mycket omfattar överenskommelsen${year}?` : `How big is the agreement${inYear}?`);
    out.push(sv ? `Vad är nytt${year}?` : `What is new${inYear}?`);
  }
  return out;
}

/**
 * The candidates the bot answers with confidence: answered, from facts, nothing set aside, in the
 * same language, and not the question already asked.
 * @param ask answers a question the way the bot would (without offering suggestions itself)
 */
export function suggestions(q: Question, ask: (question: string) => Answer): string[] {
  const out: string[] = [];
  for (const s of candidates(q)) {
    if (out.length >= MAX_SUGGESTIONS) break;
    if (s.toLowerCase() === q.text.toLowerCase()) continue;
    const r = ask(s);
    // "vem är samordnare 2023?" is not better asked as "how big is the 2023 agreement?": another question asks the same kind of thing.
    if (r.answered && r.facts.length && !r.understood.unknown.length && r.language === q.language && r.intent !== 'help' && !r.noSource && ofForm(r, q.form)) out.push(s);
  }
  return out;
}
