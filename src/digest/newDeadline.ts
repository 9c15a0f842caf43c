/**
 * Checking a deadline an admin wants to add: a real date, not in the past, and a short plain
 * text without Slack markup (mentions, @channel, links), which would ping or mislead every
 * channel the digest goes to. Each refusal says what is expected.
 */
import { isRealIsoDate } from '../corpus/schema.ts';
import { displayUserText } from '../text/mrkdwn.ts';

/** Longest text a user deadline may have. */
export const MAX_DEADLINE_TEXT = 200;

/** The latest date accepted (the corpus's years stop at 2100 too). */
const LAST_DATE = '2100-12-31';

export type NewDeadlineCheck = { ok: true; date: string; text: string } | { ok: false; message: string };

/** Decode the entities Slack escapes in command text, so `&lt;@U1&gt;` is caught as markup too. */
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Controls that reorder or hide text (U+202E turns "txt.exe" into "exe.txt"), and zero-width characters. */
const HIDDEN_CONTROLS = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/** What is markup in a text, if anything: a message naming it. Fullwidth look-alikes ("＜！channel＞", "＠here") count as what they look like. */
export function markupIn(text: string): string | null {
  if (HIDDEN_CONTROLS.test(text)) return 'osynliga styrtecken (som vänder eller döljer text)';
  const t = decode(text).normalize('NFKC');
  if (/<[@#!]/.test(t) || /@(channel|here|everyone)\b/i.test(t)) return 'omnämnanden (@person, @channel, @here, #kanal)';
  if (/<[^>]*\|[^>]*>/.test(t) || /\b(https?|mailto|ftp):/i.test(t) || /\bwww\./i.test(t)) return 'länkar';
  if (/[<>]/.test(t)) return 'tecknen < och >';
  return null;
}

/** Check a date (YYYY-MM-DD) and text for a new user deadline, as of `today`. */
export function checkNewDeadline(date: string, rawText: string, today: string): NewDeadlineCheck {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return { ok: false, message: `Datumet skrivs ÅÅÅÅ-MM-DD, till exempel 2026-12-01 (inte «${displayUserText(date)}»).` };
  if (!isRealIsoDate(date)) return { ok: false, message: `${date} finns inte i kalendern. Inget sparades.` };
  if (date < today) return { ok: false, message: `${date} har redan varit (i dag är det ${today}). Inget sparades.` };
  if (date > LAST_DATE) return { ok: false, message: `${date} ligger för långt fram; senast ${LAST_DATE}. Inget sparades.` };
  const text = rawText.replace(/\s+/g, ' ').trim();
  if (!text) return { ok: false, message: 'Skriv vad deadlinen gäller efter datumet, till exempel `/cancer-deadlines add 2026-12-01 Rapport till styrelsen`. Inget sparades.' };
  if ([...text].length > MAX_DEADLINE_TEXT) {
    return { ok: false, message: `Texten får vara högst ${MAX_DEADLINE_TEXT} tecken; din är ${[...text].length}. Inget sparades.` };
  }
  const markup = markupIn(text);
  if (markup) return { ok: false, message: `Texten får inte innehålla ${markup}: den går ut i kanalernas sammanfattning. Skriv den som vanlig text. Inget sparades.` };
  return { ok: true, date, text: decode(text) };
}
