/**
 * Money asked per recipient ("hur mycket får varje RCC", "per region"), for one recipient named
 * ("hur mycket får Region Norrbotten?"), or how it is split among them ("hur fördelas de 365
 * miljonerna mellan regionerna?"): the words that say so name no topic; the answer says what the
 * sources state (src/answer/recipient.ts).
 */

export interface PerRecipient {
  of: 'rcc' | 'region';
  /** One recipient is named. */
  named: boolean;
  /** How the money is split is asked, not an amount per recipient. */
  split: boolean;
  /** The words that say so. */
  words: Set<number>;
}

const PER = new Set(['per', 'varje', 'each', 'every', 'enskild', 'enskilda', 'enskilt', 'individual', 'single']);
const RECIPIENT = /^(?:region|regions|regioner|regionerna|rcc|rccs|rcc's|rcc:?erna|landsting\p{L}*|sjukvårdsregion\p{L}*|county|counties)$/u;

/** Words before a recipient named as the one who gets money ("hur mycket får Region Norrbotten", "how much did Region Skåne get"). */
const RECEIVES = new Set(['får', 'fick', 'till', 'åt', 'get', 'gets', 'got', 'receive', 'receives', 'received', 'to', 'did', 'does', 'do', 'will']);

/** Words that ask how money is split: "fördelas mellan", "split between", "distributed among". */
const SPLIT = /^(?:fördelas|fördelades|fördelat|fördelad|fördelningen|split|distributed|divided|allocated)$/u;
/** Words for the asker's own: "vår region", "my RCC". */
const OWN = new Set(['vår', 'vårt', 'min', 'mitt', 'our', 'my']);
const AMONG = new Set(['mellan', 'bland', 'på', 'between', 'among', 'across']);

/** Where a question asks money per recipient, and the words that say so (the "per" word, a region's or RCC's name). */
export function perRecipientOf(words: string[], names: Set<number>, regions: ReadonlySet<string> = new Set()): PerRecipient | null {
  const of = (w: string) => (w.startsWith('rcc') ? 'rcc' : 'region');
  for (let i = 0; i < words.length; i++) {
    if (!PER.has(words[i]!)) continue;
    for (let j = i + 1; j <= i + 4 && j < words.length; j++) {
      if (RECIPIENT.test(words[j]!)) return { of: of(words[j]!), named: false, split: false, words: new Set([i]) };
    }
  }
  // "hur fördelas de 365 miljonerna mellan regionerna?": how the split goes.
  // Only asked ("hur fördelas …", "how is … split"): "de poster som fördelas lika mellan RCC" names lines.
  const split = words.findIndex((w, i) => SPLIT.test(w) && words.slice(Math.max(0, i - 6), i).some((x) => x === 'hur' || x === 'how'));
  if (split >= 0) {
    for (let j = split + 1; j < words.length - 1 && j <= split + 6; j++) {
      if (AMONG.has(words[j]!) && RECIPIENT.test(words[j + 1] ?? '') ) return { of: of(words[j + 1]!), named: false, split: true, words: new Set() };
      if (AMONG.has(words[j]!) && ['de', 'the'].includes(words[j + 1] ?? '') && RECIPIENT.test(words[j + 2] ?? '')) return { of: of(words[j + 2]!), named: false, split: true, words: new Set() };
    }
  }
  // "just vår region", "our RCC", "region X": the asker's own recipient, one of them.
  for (let i = 0; i + 1 < words.length; i++) {
    if (OWN.has(words[i]!) && RECIPIENT.test(words[i + 1]!) && !/(?:erna|er|s)$/u.test(words[i + 1]!)) return { of: of(words[i + 1]!), named: true, split: false, words: new Set([i]) };
    if (/^(?:region|rcc)$/u.test(words[i]!) && /^(?:x|y|n)$/u.test(words[i + 1]!)) return { of: of(words[i]!), named: true, split: false, words: new Set([i + 1]) };
  }
  // "how much did Västra Götaland get", "vad fick Skåne": a region by its name, as the one who gets money.
  for (let i = 0; i < words.length; i++) {
    const length = regions.has(`${words[i]} ${words[i + 1]}`) ? 2 : regions.has(words[i]!) ? 1 : 0;
    const before = words[i - 1] === 'region' ? i - 2 : i - 1;
    if (length && RECEIVES.has(words[before] ?? '')) return { of: 'region', named: true, split: false, words: new Set(length === 2 ? [i, i + 1] : [i]) };
  }
  // "Region Norrbotten", "RCC Norr": a name right after the word for the recipient.
  for (let i = 0; i + 1 < words.length; i++) {
    if (/^(?:region|rcc)$/u.test(words[i]!) && names.has(i + 1) && RECEIVES.has(words[i - 1] ?? '')) return { of: of(words[i]!), named: true, split: false, words: new Set([i + 1]) };
  }
  return null;
}
