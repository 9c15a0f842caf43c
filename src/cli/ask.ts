/**
 * `npm run --silent ask -- [--json] [--today YYYY-MM-DD] "question"` answers one question.
 * `npm run --silent ask -- --json [--today …] --batch FILE` answers each line of FILE (one JSON
 * string per line) and prints one answer object per line, in the same order (CONTRACT §2).
 */
import { readFileSync } from 'node:fs';
import { answer } from '../answer/answer.ts';
import type { Answer } from '../answer/types.ts';
import { loadCorpus } from '../corpus/load.ts';
import { renderPlain } from './render.ts';
import { todayOption } from './today.ts';

function main(argv: string[]): number {
  let today: string;
  try {
    today = todayOption(argv);
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const json = argv.includes('--json');
  const b = argv.indexOf('--batch');
  const corpus = loadCorpus();
  if (b >= 0) {
    const file = argv[b + 1];
    if (!file) {
      console.error('--batch needs a file of JSON Lines, one question string per line');
      return 2;
    }
    const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
    const out: string[] = [];
    for (const [n, line] of lines.entries()) {
      let q: unknown;
      try {
        q = JSON.parse(line);
      } catch {
        console.error(`${file}:${n + 1}: not a JSON string`);
        q = '';
      }
      out.push(JSON.stringify(answerOrFault(typeof q === 'string' ? q : '', corpus, today)));
    }
    process.stdout.write(out.join('\n') + '\n');
    return 0;
  }
  const at = argv.indexOf('--today');
  const skip = new Set(at >= 0 ? [at, at + 1] : []);
  const question = argv.filter((a, i) => !skip.has(i) && a !== '--json').join(' ');
  const a = answer(question, { corpus, today });
  process.stdout.write(json ? JSON.stringify(a) + '\n' : renderPlain(a) + '\n');
  return 0;
}

/**
 * One question of a batch: a fault answering it is reported on stderr and as an unanswered answer
 * object in its place, so that every other answer of the batch is still printed, in order.
 */
function answerOrFault(question: string, corpus: ReturnType<typeof loadCorpus>, today: string): Answer | object {
  try {
    return answer(question, { corpus, today });
  } catch (e) {
    console.error(`could not answer ${JSON.stringify(question.slice(0, 80))}: ${(e as Error).stack ?? e}`);
    return { question: question.slice(0, 500), language: 'sv', intent: 'error', answered: false, text: 'Förlåt, något gick fel när frågan skulle besvaras.', facts: [] };
  }
}

process.exitCode = main(process.argv.slice(2));
