/**
 * Follow-ups in a conversation. Staff ask "hur mycket gick till barncancer 2024?" and then "och
 * 2021?", "what about pathology?", "vem ansvarar för det?": a question that lacks a topic, a year,
 * an owner or what kind of question it is takes the missing parts from the previous question of
 * the same conversation. A question complete on its own (a topic and a kind of question) is read
 * on its own, so an earlier turn never leaks into it. Pure: the shells keep the previous Question.
 */
import type { Question } from './question.ts';

/** Words that point back at the previous topic: "vem ansvarar för det?", "what about it in 2021?". */
const POINTS_BACK = new Set(['det', 'den', 'dem', 'detta', 'denna', 'dessa', 'samma', 'deras', 'dess', 'it', 'its', 'that', 'this', 'those', 'them', 'they', 'their', 'same']);
/** Definite words for the money or the effort just named: "vad ska stödet gå till?", "who hands out the money?". */
const NAMED_BEFORE = new Set(['stödet', 'pengarna', 'medlen', 'satsningen', 'beloppet', 'posten', 'bidraget', 'anslaget', 'uppdraget']);
/** Openings of a follow-up: "och 2021?", "and for 2026?", "what about pathology?", "hur är det med …". */
const OPENINGS = [['och'], ['and'], ['men'], ['but'], ['än'], ['samt'], ['what', 'about'], ['how', 'about'], ['hur', 'är', 'det', 'med'], ['vad', 'sägs', 'om'], ['vad', 'gäller'], ['även'], ['också'], ['also'], ['then']];

const opensAsFollowUp = (words: string[]) => OPENINGS.some((o) => o.every((w, i) => words[i] === w));

/** What a follow-up took from the previous question, for the answer to say: "(barncancer, 2021)". */
export interface CarriedOver {
  question: Question;
  /** What the answer is about when parts were taken — the topic in the previous question's words, and the years; empty when the question stood on its own. */
  carried: string[];
}

const hasTopic = (q: Question) => q.concepts.some((c) => !c.soft) || q.people.length > 0 || q.documents.length > 0 || q.owner !== null || q.figures.length > 0;
/** A kind of question of its own: a cue for an intent ("what about" cues only "what the sources say of"). */
const hasKind = (q: Question) => q.intents.some((r) => r.cued && r.intent !== 'topic');

/**
 * The question read in the context of the previous one. A question with neither topic nor kind of
 * its own ("och 2021?") takes both; one with a topic but no kind and no year ("what about
 * pathology?") takes the kind and the years; one that points back ("vem ansvarar för det?") takes
 * the topic. Years given replace the previous years; a topic given replaces the previous topic.
 */
export function withPrevious(q: Question, previous: Question | undefined): CarriedOver {
  if (!previous || q.empty || q.tooLong || previous.empty || previous.tooLong) return { question: q, carried: [] };
  const topic = hasTopic(q);
  const kind = hasKind(q);
  const years = q.years.length > 0 || q.everyYear;
  // Question words and pronouns are no content words: read them from the question as written.
  const written = q.text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
  // ("det året", "that year" point back at a year, not at the topic.)
  const pointsBack = written.some((w, i) => (POINTS_BACK.has(w) || NAMED_BEFORE.has(w)) && !/^(?:år|året|åren|year|years)$/u.test(written[i + 1] ?? ''));
  const opens = opensAsFollowUp(written);
  const short = written.length <= 6;
  // A question complete on its own is not a follow-up.
  if (topic && kind && !pointsBack) return { question: q, carried: [] };
  if (!hasTopic(previous) && !hasKind(previous)) return { question: q, carried: [] };
  // "vad är nytt 2026?" asks its own question; "och 2021?" and "vem ansvarar för det?" ask about the last topic.
  const takeTopic = !topic && hasTopic(previous) && (pointsBack || opens || !kind);
  const takeKind = !kind && (opens || short || !topic);
  const takeYears = !years && (takeKind || pointsBack) && previous.years.length > 0;
  if (!takeTopic && !takeKind && !takeYears) return { question: q, carried: [] };

  const merged: Question = { ...q, signals: new Set(q.signals) };
  const carried: string[] = [];
  if (takeTopic) {
    merged.concepts = previous.concepts;
    // "vem ansvarar för det?" asks who: the owner asked before is not the answer's limit.
    if (!q.intents.some((r) => r.cued && (r.intent === 'responsible' || r.intent === 'people'))) {
      merged.owner = previous.owner;
      merged.owners = previous.owners;
      merged.ownerReceives = previous.ownerReceives;
    }
    merged.people = previous.people;
    merged.documents = previous.documents;
    merged.figures = previous.figures;
    merged.quoted = previous.quoted;
    merged.words = [...q.words, ...previous.words];
    carried.push(...topicWords(previous));
  }
  if (takeKind) {
    merged.intents = previous.intents;
    merged.verb = q.verb ?? previous.verb;
    merged.ofDates = previous.ofDates;
    for (const s of previous.signals) merged.signals.add(s);
  }
  if (takeYears) {
    merged.years = previous.years;
    merged.range = previous.range;
    merged.openEnded = previous.openEnded;
    merged.everyYear = previous.everyYear;
  }
  // Said with the answer: the topic and the years it is about ("barncancer, 2021").
  if (takeTopic || takeYears) carried.push(...merged.years.map(String));
  if (!takeTopic && !takeYears) carried.length = 0;
  return { question: merged, carried: [...new Set(carried)] };
}

/** The previous topic as its own words: the concepts, the owner, the people it named. */
function topicWords(q: Question): string[] {
  const concepts = q.concepts.filter((c) => !c.soft).map((c) => c.text);
  return [...concepts, ...(q.owner ? [q.owner] : []), ...q.people].filter(Boolean);
}

/** A Question as JSON, for a shell's store (a Set does not survive JSON). */
export function questionToJson(q: Question): string {
  return JSON.stringify({ ...q, signals: [...q.signals] });
}

/** The Question a shell stored; null when it is not one (an older format, a damaged row). */
export function questionFromJson(json: string): Question | null {
  try {
    const raw = JSON.parse(json) as Omit<Question, 'signals'> & { signals: string[] };
    if (!raw || typeof raw.text !== 'string' || !Array.isArray(raw.concepts) || !Array.isArray(raw.intents) || !Array.isArray(raw.signals)) return null;
    return { ...raw, signals: new Set(raw.signals), form: raw.form ?? null, claimed: Array.isArray(raw.claimed) ? raw.claimed : [], whether: raw.whether ?? false, excluded: raw.excluded ?? null, perRecipient: raw.perRecipient ?? null };
  } catch {
    return null;
  }
}
