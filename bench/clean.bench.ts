/**
 * Cleaning benchmark: `npm run bench:clean` times `cleanQuestion` + `questionPart` on worst-case
 * inputs of up to MAX_MESSAGE_LENGTH characters (and the reported ones beyond it), and prints a
 * table of the first run (the first case's includes compiling the code) and the median and max over
 * RUNS runs after WARMUP runs; `-- --check` exits with 1 when any case's max reaches LIMIT_MS.
 */
import { performance } from 'node:perf_hooks';
import { MAX_MESSAGE_LENGTH, cleanQuestion } from '../src/text/clean.ts';
import { questionPart } from '../src/text/sentences.ts';

const WARMUP = 2;
const RUNS = 7;
const LIMIT_MS = 50;
const N = MAX_MESSAGE_LENGTH;

/** `unit` repeated to exactly `n` characters. */
const fill = (unit: string, n = N) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Seeded, so every run times the same text. */
function randomUnicode(n: number, seed: number): string {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let out = '';
  while (out.length < n) {
    const r = next();
    // Mostly the Basic Multilingual Plane, some astral code points, some markup characters.
    const cp = r < 0.1 ? '<>&#:|@!?.\n '.charCodeAt(Math.floor(next() * 12)) : r < 0.9 ? Math.floor(next() * 0xd800) : 0x10000 + Math.floor(next() * 0xfffff);
    out += String.fromCodePoint(cp);
  }
  return out.slice(0, n);
}

const SMALL_TALK = 'Hej alla! Vi hade möte i går om budgeten, bl.a. om 1,005 miljarder och 133,5 miljoner 2023. Hur gick det? ';

const CASES: Array<[string, string]> = [
  ['all "&lt;"', fill('&lt;')],
  ['all "<"', fill('<')],
  ['all "&#"', fill('&#')],
  ['"&#" + digits, no ";"', `&#${'9'.repeat(N - 2)}`],
  ['invalid "&#99999999;"', fill('&#99999999;')],
  ['"<@U1|" unclosed', fill('<@U1|')],
  ['"<#C1|" unclosed', fill('<#C1|')],
  ['"<!" unclosed', fill('<!')],
  ['"<https:" unclosed', fill('<https:')],
  ['"<<<<>"', fill('<<<<>')],
  ['all ":"', fill(':')],
  ['alternating "a:"', fill('a:')],
  ['":tada:" emoji codes', fill(':tada: ')],
  ['" @a" mentions', fill(' @a')],
  ['one giant word', fill('a')],
  ['"a2024" years', fill('a2024')],
  ['all "?"', fill('?')],
  ['"? " many sentences', fill('? ')],
  ['short sentences', fill('Hur? Ja. ')],
  ['abbreviations', fill('t.ex. bl.a. m.m. ')],
  ['many newlines', fill('a\n')],
  ['random Unicode', randomUnicode(N, 1)],
  ['small talk + question', `${fill(SMALL_TALK, N - 60)} Så min fråga: hur mycket gick till barncancer 2024?`],
  ['reported: 40 000 × "&lt;"', '&lt;'.repeat(40_000)],
  ['reported: 100 000 × "&lt;"', '&lt;'.repeat(100_000)],
];

interface Row {
  name: string;
  chars: number;
  first: number;
  median: number;
  max: number;
}

function measure(name: string, input: string): Row {
  const times: number[] = [];
  let first = 0;
  for (let run = 0; run < WARMUP + RUNS; run++) {
    const start = performance.now();
    questionPart(cleanQuestion(input));
    const ms = performance.now() - start;
    if (run === 0) first = ms;
    if (run >= WARMUP) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return { name, chars: input.length, first, median: times[Math.floor(times.length / 2)]!, max: times[times.length - 1]! };
}

const rows = CASES.map(([name, input]) => measure(name, input));
const width = Math.max(...rows.map((r) => r.name.length));
const lines = [
  `cleanQuestion + questionPart in ms: the first run, then median and max of ${RUNS} runs after ${WARMUP} warm-up (limit ${LIMIT_MS} ms on max); Node ${process.version}`,
  `${'case'.padEnd(width)}  ${'chars'.padStart(7)}  ${'first'.padStart(7)}  ${'median'.padStart(7)}  ${'max'.padStart(7)}`,
  ...rows.map((r) => `${r.name.padEnd(width)}  ${String(r.chars).padStart(7)}  ${r.first.toFixed(2).padStart(7)}  ${r.median.toFixed(2).padStart(7)}  ${r.max.toFixed(2).padStart(7)}${r.max >= LIMIT_MS ? '  OVER' : ''}`),
];
process.stdout.write(`${lines.join('\n')}\n`);

if (process.argv.includes('--check')) {
  const over = rows.filter((r) => r.max >= LIMIT_MS);
  if (over.length) {
    process.stderr.write(`over ${LIMIT_MS} ms: ${over.map((r) => r.name).join(', ')}\n`);
    process.exit(1);
  }
}
