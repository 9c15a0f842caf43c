/**
 * Conversations: a follow-up that lacks a topic, a year, an owner or a kind of question takes them
 * from the question before; a question complete on its own is read on its own. Through the core,
 * the command line's --batch threads, and the console.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerTurn } from '../../src/answer/answer.ts';
import type { Answer } from '../../src/answer/types.ts';
import { consoleReply, type Conversation } from '../../src/cli/console.ts';
import { ROOT, loadCorpus } from '../../src/corpus/load.ts';
import { createMemoryStore } from '../../src/store/memory.ts';
import type { Question } from '../../src/understand/question.ts';
import { questionFromJson, questionToJson } from '../../src/understand/followUp.ts';

const corpus = loadCorpus();
const today = '2026-12-01';

/** The answers to the turns of one conversation, in order. */
function converse(...turns: string[]): Answer[] {
  let previous: Question | undefined;
  return turns.map((q) => {
    const t = answerTurn(q, { corpus, today, previous });
    previous = t.question;
    return t.answer;
  });
}
const top = (a: Answer) => a.facts[0];

describe('follow-ups through the core', () => {
  it('"och 2021?" keeps the topic and the kind of question, with the new year, and says so', () => {
    const [, a2021, a2026] = converse('hur mycket gick till barncancer 2024?', 'och 2021?', 'och 2026?');
    expect(top(a2021!)).toMatchObject({ year: 2021, amountSEK: 80_000_000 });
    expect(a2021!.followUp).toEqual(['barncancer', '2021']);
    // The sentence names the year itself; what it took and does not say is said in parentheses.
    expect(a2021!.text.split('\n')[0]).toBe('Sjukvårdsregionalt stöd via RCC för insatser inom barncancerområdet fick 80 miljoner kronor 2021 (barncancer).');
    // 2026 has a source but no such line: it says so, for barncancer.
    expect(a2026!.answered).toBe(false);
    expect(a2026!.text).toContain('barncancer 2026');
  });

  it('"what about radiology?" keeps the kind of question and the year, with the new topic, in English', () => {
    const [, radiology, y2021] = converse('how much went to pathology in 2024?', 'what about radiology?', 'and 2021?');
    expect(radiology!.language).toBe('en');
    expect(top(radiology!)).toMatchObject({ year: 2024, amountSEK: 60_000_000, label: 'Särskild satsning på radiologin' });
    expect(y2021!.followUp).toEqual(['radiology', '2021']);
  });

  it('"vem ansvarar för det?" asks who owns the topic before, across owners; "och 2021?" then moves the year', () => {
    const [, who, again] = converse('vilka insatser ska RCC i samverkan göra inom prevention 2024?', 'vem ansvarar för det?', 'och 2021?');
    expect(who!.intent).toBe('responsible');
    expect(who!.facts.every((f) => f.kind === 'insats' && f.year === 2024)).toBe(true);
    expect(new Set(who!.facts.map((f) => f.owner)).size).toBeGreaterThan(1); // who, not only RCC i samverkan
    expect(again!.intent).toBe('responsible');
    expect(again!.facts.length).toBeGreaterThan(0);
    expect(again!.facts.every((f) => f.year === 2021)).toBe(true);
  });

  it('reads a complete question on its own: nothing of the turn before leaks into it', () => {
    const [, fresh, total] = converse('hur mycket gick till barncancer 2024?', 'vad är nytt 2026?', 'what is the total for 2023?');
    for (const a of [fresh!, total!]) expect(a.followUp).toBeUndefined();
    expect(fresh!.intent).toBe('new');
    expect(fresh!.facts.every((f) => f.year === 2026)).toBe(true);
    expect(top(total!)).toMatchObject({ kind: 'total', year: 2023, amountSEK: 556_000_000 });
  });

  it('answers a first question without a topic as it always did', () => {
    const [alone] = converse('och 2021?');
    expect(alone!.followUp).toBeUndefined();
  });

  it('keeps the question before through JSON, as a shell stores it', () => {
    const first = answerTurn('hur mycket gick till barncancer 2024?', { corpus, today });
    const stored = questionFromJson(questionToJson(first.question))!;
    expect(stored.signals).toBeInstanceOf(Set);
    expect(top(answerTurn('och 2021?', { corpus, today, previous: stored }).answer)).toMatchObject({ year: 2021, amountSEK: 80_000_000 });
    expect(questionFromJson('{"not": "a question"}')).toBeNull();
    expect(questionFromJson('not json')).toBeNull();
  });
});

describe('follow-ups at the command line and the console', async () => {
  it('ask --batch reads lines of one "thread" as one conversation, lines without one on their own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'batch-'));
    const file = join(dir, 'b.jsonl');
    writeFileSync(
      file,
      [
        { q: 'hur mycket gick till barncancer 2024?', thread: 't1' },
        { q: 'vad är totalen 2024?', thread: 't2' },
        'och 2021?',
        { q: 'och 2021?', thread: 't1' },
        { q: 'och 2026?', thread: 't2' },
      ]
        .map((l) => JSON.stringify(l))
        .join('\n'),
    );
    const out = execFileSync('npx', ['tsx', 'src/cli/ask.ts', '--json', '--today', today, '--batch', file], { cwd: ROOT, encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Answer);
    rmSync(dir, { recursive: true, force: true });
    expect(out).toHaveLength(5);
    expect(out[2]!.followUp).toBeUndefined();
    expect(top(out[3]!)).toMatchObject({ year: 2021, amountSEK: 80_000_000 });
    expect(top(out[4]!)).toMatchObject({ kind: 'total', year: 2026 });
  }, 60_000);

  it('the console keeps one conversation until /ny or an empty line', async () => {
    const opts = { corpus, store: createMemoryStore(), input: process.stdin, output: process.stdout, today };
    const c: Conversation = {};
    await consoleReply('hur mycket gick till barncancer 2024?', opts, new Date(), c);
    expect(await consoleReply('och 2021?', opts, new Date(), c)).toContain('2021 (barncancer).');
    await consoleReply('/ny', opts, new Date(), c);
    expect(await consoleReply('och 2021?', opts, new Date(), c)).not.toContain('barncancer');
  });
});

describe('a chart asked for at the console', () => {
  it('is written under DATA_DIR/charts and its path printed; an answer with nothing to draw says so', async () => {
    const { consoleChart } = await import('../../src/cli/console.ts');
    const { existsSync, readFileSync } = await import('node:fs');
    const dataDir = mkdtempSync(join(tmpdir(), 'console-chart-'));
    const totals = answerTurn('visa ett diagram över totalerna per år', { corpus, today }).answer;
    const said = (await consoleChart('visa ett diagram över totalerna per år', totals, { corpus, dataDir }))!;
    const file = join(dataDir, 'charts', 'totals-sv.png');
    expect(said).toBe(`Diagrammet är sparat i ${file}`);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
    const tasks = answerTurn('chart of the tasks of RCC i samverkan 2024', { corpus, today }).answer;
    expect(await consoleChart('chart of the tasks of RCC i samverkan 2024', tasks, { corpus, dataDir })).toContain('No chart for this answer');
    expect(await consoleChart('hur mycket 2024?', totals, { corpus, dataDir })).toBeNull();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);
});

describe('the console as a user types into it', () => {
  it('draws the chart a question asks for, and asks an offered question when its number is typed', async () => {
    const { runConsole } = await import('../../src/cli/console.ts');
    const { PassThrough } = await import('node:stream');
    const { existsSync } = await import('node:fs');
    const dataDir = mkdtempSync(join(tmpdir(), 'console-typed-'));
    const input = new PassThrough();
    const output = new PassThrough();
    let said = '';
    output.on('data', (d: Buffer) => (said += d.toString()));
    const done = runConsole({ corpus, store: createMemoryStore(), input, output, today, dataDir });
    input.end('visa ett diagram över totalerna\nHur mycket gick till kliniska studier 2024?\n1\n');
    await done;
    expect(existsSync(join(dataDir, 'charts', 'totals-sv.png'))).toBe(true);
    expect(said).toContain(`Diagrammet är sparat i ${join(dataDir, 'charts', 'totals-sv.png')}`);
    const offered = /Menade du: 1\) ([^\n]+?\?)(?:\s{2}|\n)/u.exec(said)?.[1];
    expect(offered).toBeTruthy();
    expect(said).toContain(`> ${offered}`);
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);
});
