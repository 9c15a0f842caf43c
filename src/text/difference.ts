/**
 * Several asks that end by asking their difference: "Dels totalen 2024, dels totalen 2026 – och hur
 * stor är skillnaden?", "two quick ones: barncancer 2021 and barncancer 2024, and what's the
 * difference?". The difference is an ask of its own, of the asks before it.
 */

/** The ways a difference is asked: "hur stor är skillnaden", "what's the difference". */
const ASKED = String.raw`(?:hur stor (?:är|blir) skillnaden|vad (?:är|blir) skillnaden|skillnaden|what(?:'s| is) the difference|how big is the difference|the difference)\s*\??\s*$`;
/** A difference asked at the end of the last ask. */
const DIFFERENCE_TAIL = new RegExp(String.raw`\s*[,–—-]?\s*(?:och|and|samt)\s+` + ASKED, 'iu');
/** A difference asked as an ask of its own. */
const DIFFERENCE_ALONE = new RegExp(String.raw`^\s*(?:(?:och|and)\s+)?` + ASKED, 'iu');

export function withDifference(asks: string[]): string[] {
  const last = asks[asks.length - 1];
  if (!last) return asks;
  const alone = DIFFERENCE_ALONE.exec(last);
  const tail = alone ? null : DIFFERENCE_TAIL.exec(last);
  if (!(alone ? asks.length >= 3 : tail && asks.length >= 2)) return asks;
  const before = alone ? asks.slice(0, -1) : [...asks.slice(0, -1), last.slice(0, tail!.index).trim()];
  const parts = before.map((a) => a.replace(/[?.!]+$/u, ''));
  const sv = /(?<![\p{L}])(?:och|skillnaden)(?![\p{L}])/iu.test((alone ?? tail)![0]);
  return [...parts, sv ? `skillnaden mellan ${parts.join(' och ')}` : `the difference between ${parts.join(' and ')}`];
}
