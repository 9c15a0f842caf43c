/**
 * `npm run --silent ask -- [--json] [--today YYYY-MM-DD] "question"` answers one question.
 * `npm run --silent ask -- --json [--today …] --batch FILE` answers each line of FILE (one JSON
 * string per line, or {"q": "…", "thread": "t1"}: lines of one thread are one conversation) and
 * prints one answer object per line, in the same order (CONTRACT §2).
 */
import { readFileSync } from 'node:fs';
import { answer, answerTurn } from '../answer/answer.ts';
import type { Question } from '../understand/question.ts';
import type { Answer } from '../answer/types.ts';
import { loadCorpus } from '../corpus/load.ts';
import { corpusOrExit } from './corpusOrExit.ts';
import { renderPlain } from './render.ts';
import { todayOption } from './today.ts';
import { type CliSpec, checkArgs, fileProblem, runMain, usageError } from './cli.ts';

const SPEC: CliSpec = {
  usage: 'usage: npm run --silent ask -- [--json] [--today YYYY-MM-DD] "question" | --json [--today YYYY-MM-DD] --batch FILE',
  flags: ['--json'],
  values: ['--today', '--batch'],
  help: [
    '  --json          print the answer object (CONTRACT §2) instead of the text',
    '  --today DATE    the date "i år", "last year" and "upcoming" are read from (default: today in Stockholm)',
    '  --batch FILE    answer each line of FILE (a JSON string, or {"q": "…", "thread": "t1"}), one answer object per line',
    'examples:',
    '  npm run --silent ask -- "hur mycket gick till barncancer 2024?"',
    '  npm run --silent ask -- --json "which tasks does RCC i samverkan own"',
  ],
};

function main(argv: string[]): number {
  checkArgs(argv, SPEC);
  let today: string;
  try {
    today = todayOption(argv);
  } catch (e) {
    return usageError((e as Error).message, SPEC);
  }
  const json = argv.includes('--json');
  const b = argv.indexOf('--batch');
  if (b >= 0) {
    const file = argv[b + 1]!;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw fileProblem(file, e);
    }
    const corpus = corpusOrExit();
    const lines = text.split('\n').filter((l) => l.trim());
    const out: string[] = [];
    let bad = 0;
    // Lines with the same "thread" are one conversation, in file order (CONTRACT §2).
    const threads = new Map<string, Question>();
    for (const [n, line] of lines.entries()) {
      const { question, thread, invalid } = batchLine(line, `${file}:${n + 1}`);
      if (invalid) bad++;
      const previous = thread === undefined ? undefined : threads.get(thread);
      const turn = answerOrFault(question, corpus, today, previous);
      if (thread !== undefined && turn.question) threads.set(thread, turn.question);
      out.push(JSON.stringify(turn.answer));
    }
    process.stdout.write(out.join('\n') + '\n');
    // Every line was answered; a line that was no question makes the run fail after them (CONTRACT §2).
    return bad ? 1 : 0;
  }
  const at = argv.indexOf('--today');
  const skip = new Set(at >= 0 ? [at, at + 1] : []);
  const question = argv.filter((a, i) => !skip.has(i) && a !== '--json' && !a.startsWith('--today=')).join(' ');
  if (!question.trim()) return usageError('no question given', SPEC);
  const corpus = corpusOrExit();
  const a = answer(question, { corpus, today });
  process.stdout.write(json ? JSON.stringify(a) + '\n' : renderPlain(a) + '\n');
  return 0;
}

/**
 * One question of a batch: a fault answering it is reported on stderr and as an unanswered answer
 * object in its place, so that every other answer of the batch is still printed, in order.
 */
function answerOrFault(question: string, corpus: ReturnType<typeof loadCorpus>, today: string, previous?: Question): { answer: Answer | object; question?: Question } {
  try {
    return answerTurn(question, { corpus, today, previous });
  } catch (e) {
    console.error(`could not answer ${JSON.stringify(question.slice(0, 80))}: ${(e as Error).stack ?? e}`);
    return { answer: { question: question.slice(0, 500), language: 'sv', intent: 'error', answered: false, text: 'Förlåt, något gick fel när frågan skulle besvaras.', facts: [] } };
  }
}

/** A line of a batch: a JSON string, or {"q": "…", "thread": "t1"}. Anything else is reported and read as an empty question. */
function batchLine(line: string, where: string): { question: string; thread?: string; invalid?: true } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    console.error(`${where}: not JSON (a question string, or {"q": "…", "thread": "…"})`);
    return { question: '', invalid: true };
  }
  if (typeof value === 'string') return { question: value };
  const o = value as { q?: unknown; thread?: unknown } | null;
  if (o && typeof o === 'object' && typeof o.q === 'string') {
    return { question: o.q, ...(typeof o.thread === 'string' || typeof o.thread === 'number' ? { thread: String(o.thread) } : {}) };
  }
  console.error(`${where}: expected a question string or {"q": "…", "thread": "…"}`);
  return { question: '', invalid: true };
}

await runMain('ask', () => main(process.argv.slice(2)));
