/**
 * Cleaning what a user typed before anything reads it: Slack markup, HTML entities, emoji codes,
 * repeated punctuation, odd spacing and Unicode forms. Special mentions (<!channel>, <!here>,
 * <!everyone>) are dropped so they can never be echoed back.
 */

/** Questions longer than this are refused with a friendly message rather than read. */
export const MAX_QUESTION_LENGTH = 500;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function cleanQuestion(raw: string): string {
  return (
    raw
      .normalize('NFC')
      // <@U123> user and <#C123|name> channel mentions; <!here> and other special mentions; <!subteam^S1|@team>
      .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/gi, ' ')
      .replace(/<#[A-Z0-9]+(?:\|([^>]*))?>/gi, (_m, name: string | undefined) => (name ? ` ${name} ` : ' '))
      .replace(/<![^>]*>/g, ' ')
      // <https://x|text> → text; <https://x> → nothing
      .replace(/<((?:https?|mailto):[^|>]*)(?:\|([^>]*))?>/gi, (_m, _url: string, text: string | undefined) => (text ? ` ${text} ` : ' '))
      .replace(/&(amp|lt|gt|quot|apos|nbsp);|&#(\d+);|&#x([0-9a-f]+);/gi, (_m, name?: string, dec?: string, hex?: string) =>
        name ? ENTITIES[name.toLowerCase()]! : String.fromCodePoint(dec ? Number(dec) : parseInt(hex!, 16)),
      )
      // Anything that still looks like markup or an entity after decoding is not a question's words.
      .replace(/<[^>]*>/g, ' ')
      // A mention typed as plain text ("@cancerbot", "@here") names who is asked, not what.
      .replace(/(^|[\s(])@[\p{L}\p{N}._-]+/gu, '$1 ')
      .replace(/:[a-z0-9_+-]+:/gi, ' ')
      .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, ' ')
      .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u2028\u2029]/g, ' ')
      .replace(/([?!.,;:])\1+/g, '$1')
      // A year run together with a word ("patologi2024", "2024budget") is two words.
      .replace(/(\p{L})(20\d{2})(?!\d)/gu, '$1 $2')
      .replace(/(?<!\d)(20\d{2})(\p{L})/gu, '$1 $2')
      .replace(/[*_~`]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
