/**
 * Words and patterns that say how the parts of a message relate (src/text/message.ts): what adds a
 * second ask, what points back at the ask before, what names nothing of its own.
 */

/** Words that add a second ask to a first (not "och"/"and", which also join what one ask compares). */
export const ALSO = /,?\s+(?:plus|samt|och även|och också|and also|as well as)\s+/iu;

/** Words that point back at the ask before: "… och hur stor är den i så fall?", "and how much each?". */
export const POINTS_BACK = /(?<![\p{L}])(?:den|det|dem|dessa|denna|varje|var och en|i så fall|resten|återstoden|it|its|they|them|those|each|that|the rest|the remainder)(?![\p{L}])/iu;

/** "den minsta posten", "det största beloppet": an article before an adjective and its noun points back at nothing. */
export const ARTICLE = /(?<![\p{L}])(?:den|det|denna|detta|dessa|de)\s+\p{L}{2,}[ae]\s+\p{L}{3,}/giu;

/** Words that name nothing asked about: question words, "the exact figure", "rätta beloppet". */
const NAMES_NOTHING = /^(?:what|whats|which|who|how|is|are|was|were|the|this|that|then|exact|exactly|right|correct|actual|real|figure|figures|amount|number|numbers|sum|really|please|need|needs|both|i|we|vad|behöver|båda|siffror|siffrorna|jag|vi|vilken|vilket|vilka|hur|är|var|det|den|då|exakt|exakta|rätt|rätta|riktiga|siffran|siffra|beloppet|belopp|summan|summa|egentligen|snälla)$/iu;
export const namesNothing = (s: string): boolean => s.split(/[^\p{L}\d]+/u).filter((w) => w.length >= 2).every((w) => NAMES_NOTHING.test(w));

/** Words of a question that name nothing asked about ("hur mycket är varje?"). */
export const QUESTION_ONLY = /^(?:vilka|vilken|vilket|which|where|mycket|många|much|many|varje|each|every|stor|stora|stort|large|large|bigger|större|också|även|dessutom|about|there|finns|those|these)$/iu;

/** "… och vad kostar det?": the money of what was just asked is a question of its own, read as a follow-up. */
export const COSTS = /^(?:vad|what|how much)\s+(?:kostar|kostade|does it cost|did it cost|is it worth)(?![\p{L}])|^hur mycket (?:kostar|pengar|får|fick)(?![\p{L}])/iu;
