/**
 * The lines of a Slack message, each cleaned: without code fences (their contents are kept only
 * when the message has nothing else, or when only they ask), forwarding headers, signatures, role
 * prefixes pasted from a chat transcript and quote marks. Text level; linear time.
 */
import { cleanQuestion } from './clean.ts';
import { questionScore } from './sentences.ts';

/** A line that only forwards or signs: "Fwd:", "VB:", "Sent from my iPhone", "/Stina", "-- ". */
const FORWARD = /^(?:fwd?|vb|vs|vidarebefordrat|forwarded(?: message)?|begin forwarded message)\s*:?\s*/iu;
export const SIGNATURE = /^(?:sent from my [\p{L} ]{2,20}|skickat från min [\p{L} ]{2,20}|\/[\p{L}][\p{L} .,-]{0,60}|--|—|(?:—|–|--)\s*\p{L}[\p{L} .,'-]{0,60}|mvh[\p{L} ,.]{0,40}|hälsningar[\p{L} ,.]{0,40}|best(?: regards)?[\p{L} ,.]{0,40}|regards[\p{L} ,.]{0,40})$/iu;
/** The roles of whoever asks in a chat transcript: "User:", "Human:" — what follows is the question. */
const ASKER_ROLE = String.raw`(?:user|användare|human|fråga|question)\s*:\s*`;
/** A role prefix pasted from a chat transcript, opening a line. */
export const ROLE = new RegExp(`^${ASKER_ROLE}`, 'iu');
/** The same prefix further into a line ("Assistant: sure! User: …"). */
const ROLE_INSIDE = new RegExp(String.raw`(?:^|\s)${ASKER_ROLE}`, 'iu');
/** A line that instructs a language model ("SYSTEM: You are …", "Assistant: …"): left out whole. */
const ROLE_LINE = /^(?:system|assistant|assistent|ai|bot|prompt|system prompt)\s*:/iu;
/** A quoted line, as Slack sends it ("&gt; …") or as typed. */
export const QUOTE = /^\s*(?:>|&gt;)/u;

/**
 * The message's lines, each cleaned, without code fences (their contents are kept only when the
 * message has nothing else), forwarding headers, signatures, role prefixes and quote marks.
 */
export function messageLines(raw: string): string[] {
  const out: string[] = [];
  const fenced: string[] = [];
  let inFence = false;
  // An emoji or :shortcode: between words ends a sentence as a line break does ("imorgon 🙏 hur mycket …").
  for (const line of raw.split(/\r?\n|(?<=\S)\s*(?:[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+|:[a-z0-9_+-]+:)\s+(?=\S)/u)) {
    const fence = /^\s*```/.test(line);
    if (fence) {
      inFence = !inFence;
      const after = line.replace(/^\s*```[\p{L}\d-]*\s*/u, '').replace(/```\s*$/u, '');
      if (/```/.test(line.replace(/^\s*```/, ''))) inFence = false;
      if (after.trim()) (inFence ? fenced : out).push(cleanLine(after));
      continue;
    }
    if (inFence) fenced.push(cleanLine(line));
    else out.push(cleanLine(line));
  }
  // "Med vänlig hälsning\nMaria Lindqvist\nRegion Kronoberg": the lines after a sign-off are its signature.
  const signOff = out.findIndex((l, i) => i > 0 && SIGN_OFF.test(l.trim()));
  const signed = signOff > 0 && out.slice(signOff + 1).filter((l) => l.trim()).length <= 3 && !out.slice(signOff + 1).some((l) => l.includes('?')) ? out.slice(0, signOff) : out;
  const body = signed.filter((l) => l.length > 0);
  // "```can someone check …?```\nforwarding this from #finance": the question is the pasted one.
  const asksOutside = body.some((l) => l.includes('?') || questionScore(l) >= 2);
  if (body.length && !asksOutside && fenced.some((l) => l.includes('?'))) return [...fenced, ...signed];
  return body.length ? signed : fenced;
}

/** A line that signs off a message: what follows it is the name, title and place of who wrote it. */
const SIGN_OFF = /^(?:med vänlig hälsning|med vänliga hälsningar|vänliga hälsningar|vänlig hälsning|mvh|hälsningar|bästa hälsningar|kind regards|best regards|regards|best|cheers|thanks|tack)[\s,!.]*$/iu;

export function cleanLine(line: string): string {
  let l = cleanQuestion(line);
  for (let round = 0; round < 3; round++) {
    const before = l;
    l = l.replace(/^(?:>\s*)+/u, '').replace(FORWARD, '').replace(ROLE, '').trim();
    if (ROLE_LINE.test(l)) {
      // "Assistant: sure! User: hur mycket …": a transcript on one line; what the user asks is kept.
      const user = ROLE_INSIDE.exec(l);
      if (!user) return '';
      l = l.slice(user.index + user[0].length);
    }
    if (l === before) break;
  }
  // "Kammarkollegiet 2024 belopp? /Stina på ekonomi": a name signed after a slash at the end of the line.
  return SIGNATURE.test(l) ? '' : l.replace(/\s\/\p{Lu}\p{L}*(?:,?\s[\p{L}.]+){0,5}$/u, '');
}
