/**
 * Money asked per recipient ("hur mycket får varje RCC", "per region") or for one recipient named
 * ("hur mycket får Region Norrbotten?"): the words that say so name no topic; the answer says what
 * the sources state instead (src/answer/recipient.ts).
 */

const PER = new Set(['per', 'varje', 'each', 'every', 'enskild', 'enskilda', 'enskilt', 'individual', 'single']);
const RECIPIENT = /^(?:region|regioner|regionerna|rcc|rccs|rcc:?erna|landsting\p{L}*|sjukvårdsregion\p{L}*|county|counties)$/u;

/** Words before a recipient named as the one who gets money ("hur mycket får Region Norrbotten", "how much did Region Skåne get"). */
const RECEIVES = new Set(['får', 'fick', 'till', 'åt', 'get', 'gets', 'got', 'receive', 'receives', 'received', 'to', 'did', 'does', 'do', 'will']);

/** Where a question asks money per recipient, and the words that say so (the "per" word, a region's or RCC's name). */
export function perRecipientOf(words: string[], names: Set<number>): { of: 'rcc' | 'region'; named: boolean; words: Set<number> } | null {
  for (let i = 0; i < words.length; i++) {
    if (!PER.has(words[i]!)) continue;
    for (let j = i + 1; j <= i + 4 && j < words.length; j++) {
      if (RECIPIENT.test(words[j]!)) return { of: words[j]!.startsWith('rcc') ? 'rcc' : 'region', named: false, words: new Set([i]) };
    }
  }
  // "Region Norrbotten", "RCC Norr": a name right after the word for the recipient.
  for (let i = 0; i + 1 < words.length; i++) {
    if (/^(?:region|rcc)$/u.test(words[i]!) && names.has(i + 1) && RECEIVES.has(words[i - 1] ?? '')) return { of: words[i] === 'rcc' ? 'rcc' : 'region', named: true, words: new Set([i + 1]) };
  }
  return null;
}
