/**
 * Taught phrases in the core, on the real corpus: applied to the cleaned question before it is
 * read (whole words, any case, with or without å/ä/ö), so that a question the bot could not answer
 * is answered; checked before they are stored; and exported as lexicon data a reviewer can commit.
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { checkTaught } from '../../src/curation/taught.ts';
import { loadLexicon } from '../../src/lexicon/load.ts';
import { Concepts } from '../../src/lexicon/schema.ts';
import { openStore } from '../../src/store/open.ts';
import { applyTaught } from '../../src/understand/taught.ts';
import { understand } from '../../src/understand/understand.ts';
import { vocabularyOf } from '../../src/understand/vocabulary.ts';
import { realCorpus } from '../helpers/bot.ts';
import { NO_SLACK, ROOT } from '../helpers/process.ts';

const corpus = realCorpus();
const today = '2026-03-02';
const SMEAR = { phrase: 'smear tests', words: 'livmoderhalscancer' };

describe('applying taught phrases', () => {
  it('replaces a phrase as whole words, in any case, across a hyphen, the longer phrase first', () => {
    const taught = [SMEAR, { phrase: 'smear', words: 'screening' }];
    expect(applyTaught('How much for Smear-Tests in 2024?', taught)).toBe('How much for livmoderhalscancer in 2024?');
    expect(applyTaught('a smear now', taught)).toBe('a screening now');
    expect(applyTaught('smeared testsuite', taught)).toBe('smeared testsuite');
  });

  it('ignores å, ä and ö both ways, and never reads a replacement again', () => {
    expect(applyTaught('hur mycket till smartvard?', [{ phrase: 'smärtvård', words: 'palliativ vård' }])).toBe('hur mycket till palliativ vård?');
    expect(applyTaught('hur mycket till SMÄRTVÅRD?', [{ phrase: 'smartvard', words: 'x' }])).toBe('hur mycket till x?');
    expect(applyTaught('a b', [{ phrase: 'a', words: 'b' }, { phrase: 'b', words: 'c' }])).toBe('b c');
  });

  it('turns an unanswered question into an answered one, and the question stays as the user wrote it', () => {
    const question = 'how much for smear tests 2024';
    const before = answer(question, { corpus, today });
    expect(before.answered).toBe(false);
    const after = answer(question, { corpus, today, taught: [SMEAR] });
    expect(after.answered).toBe(true);
    expect(after.language).toBe('en');
    expect(after.facts[0]).toMatchObject({ label: 'Utrota livmoderhalscancer', amountSEK: 25_000_000 });
    expect(after.text).toContain('SEK 25 million');
    expect(after.question).toBe(question);
    expect(understand(question, { today, vocabulary: vocabularyOf(corpus), taught: [SMEAR] }).text).toBe(question);
  });

  it('works in Swedish too: "cellprovtagning" read as livmoderhalscancer', () => {
    const q = 'Hur mycket gick till cellprovtagning 2024?';
    expect(answer(q, { corpus, today }).answered).toBe(false);
    expect(answer(q, { corpus, today, taught: [{ phrase: 'cellprovtagning', words: 'livmoderhalscancer' }] }).text).toContain('25 miljoner kronor');
  });
});

describe('checking a phrase before it is taught', () => {
  const ctx = { corpus, taught: [SMEAR] };

  it('accepts a new phrase for words of the sources, normalised', () => {
    expect(checkTaught({ phrase: '  Pap   Test ', words: 'Livmoderhalscancer' }, ctx)).toEqual({ ok: true, phrase: 'pap test', words: 'livmoderhalscancer', warnings: [] });
    expect(checkTaught({ phrase: 'kallelse-systemet för screening', words: 'generiskt kallelsesystem' }, ctx)).toMatchObject({ ok: true });
  });

  it.each([
    ['an empty phrase', { phrase: '  ', words: 'livmoderhalscancer' }, 'Frasen är tom.'],
    ['empty words', { phrase: 'pap test', words: '' }, 'Orden i källorna är tom.'],
    ['a phrase over 60 characters', { phrase: 'a'.repeat(61), words: 'livmoderhalscancer' }, 'högst 60 tecken'],
    ['a phrase of 7 words', { phrase: 'one two three four five six seven', words: 'livmoderhalscancer' }, 'högst 6 ord'],
    ['a mention', { phrase: '<@U0ADMIN>', words: 'livmoderhalscancer' }, 'Slack-formatering'],
    ['@here typed out', { phrase: 'hej @here', words: 'livmoderhalscancer' }, 'Slack-formatering'],
    ['a channel', { phrase: '#cancervard', words: 'livmoderhalscancer' }, 'Slack-formatering'],
    ['an emoji', { phrase: 'pap :tada:', words: 'livmoderhalscancer' }, 'Slack-formatering'],
    ['markup in the words', { phrase: 'pap test', words: '<https://evil.example|livmoderhalscancer>' }, 'Slack-formatering'],
    ['words the sources do not use', { phrase: 'pap test', words: 'cellprovskontroll' }, 'Källorna använder inte «cellprovskontroll»'],
    ['a phrase taught already', { phrase: 'Smear Tests', words: 'screening' }, '«smear tests» är redan inlärd'],
    ['a phrase the lexicon reads as another concept', { phrase: 'barncancer', words: 'livmoderhalscancer' }, 'Jag läser redan «barncancer» som begreppet barncancer'],
    ['an English phrase of the lexicon', { phrase: 'childhood cancer', words: 'rehabilitering' }, 'som begreppet barncancer'],
    ['a phrase the lexicon reads as the same concept', { phrase: 'cervical cancer', words: 'livmoderhalscancer' }, 'det behövs ingen inlärd fras'],
    ['an owner', { phrase: 'rcc i samverkan', words: 'regionerna' }, 'som aktören RCC i samverkan'],
    ['only small words', { phrase: 'och det', words: 'livmoderhalscancer' }, 'bara av småord'],
    ['the words themselves', { phrase: 'Livmoderhalscancer', words: 'livmoderhalscancer' }, 'samma'],
  ])('refuses %s', (_what, input, message) => {
    const check = checkTaught(input, ctx);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.message).toContain(message);
  });

  it('refuses what is taught already when typed without å, ä, ö', () => {
    const check = checkTaught({ phrase: 'smartvard', words: 'rehabilitering' }, { corpus, taught: [{ phrase: 'smärtvård', words: 'palliativ vård' }] });
    expect(check).toEqual({ ok: false, message: '«smartvard» är redan inlärd (som «palliativ vård»). Ta bort den först om den ska betyda något annat.' });
  });

  it('warns when part of the phrase is a word the lexicon knows', () => {
    const check = checkTaught({ phrase: 'barncancer hos tonåringar', words: 'barncancer' }, ctx);
    expect(check.ok).toBe(true);
    expect(check.ok && check.warnings.join(' ')).toMatch(/^Obs: «barncancer».* i frasen känner jag redan igen; där hela frasen står läses den nu som «barncancer»\.$/);
  });
});

describe('npm run --silent lexicon -- --export', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'curation-export-'));
  let run: SpawnSyncReturns<string>;
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  beforeAll(async () => {
    const store = openStore(dataDir);
    await store.addTaughtPhrase({ ...SMEAR, addedBy: 'U0ADMIN', addedAt: new Date('2026-03-01T10:00:00Z') });
    await store.addTaughtPhrase({ phrase: 'cellprovtagning', words: 'livmoderhalscancer', addedBy: 'U0ADMIN', addedAt: new Date('2026-03-01T10:00:00Z') });
    await store.addTaughtPhrase({ phrase: 'fresh ideas', words: 'initiativ', addedBy: 'U0ADMIN', addedAt: new Date('2026-03-01T10:00:00Z') });
    // The questions the phrase came in say it is English.
    await store.noteForCurators({ kind: 'unanswered', question: 'how much for smear tests 2024', language: 'en', intent: 'amount', channelKind: 'dm', at: new Date('2026-03-01T09:00:00Z') });
    await store.close();
    run = spawnSync('npm', ['run', '--silent', 'lexicon', '--', '--export'], { cwd: ROOT, env: { ...process.env, ...NO_SLACK, DATA_DIR: dataDir }, encoding: 'utf8' });
  });

  it('prints concepts.json entries that validate: the phrases added to the concept of their words, or a new concept', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = Concepts.parse(JSON.parse(run.stdout));
    expect(out.concepts.map((c) => c.id)).toEqual(['livmoderhalscancer', 'initiativ']);
    const cervix = out.concepts[0]!;
    const inFile = JSON.parse(readFileSync(join(ROOT, 'data/lexicon/concepts.json'), 'utf8')).concepts.find((c: { id: string }) => c.id === 'livmoderhalscancer');
    expect(cervix.en).toEqual([...inFile.en, 'smear tests']);
    expect(cervix.alias).toEqual([...inFile.alias, 'cellprovtagning']);
    expect(cervix.example).toBe(inFile.example);
    expect(out.concepts[1]).toMatchObject({ id: 'initiativ', sv: ['initiativ'], alias: ['fresh ideas'] });
  });

  it('can be merged into data/lexicon/ as it is: the lexicon loads and each example reads as its concept', () => {
    const root = mkdtempSync(join(tmpdir(), 'curation-lexicon-'));
    try {
      cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true });
      const file = join(root, 'data/lexicon/concepts.json');
      const concepts = JSON.parse(readFileSync(file, 'utf8'));
      for (const entry of JSON.parse(run.stdout).concepts) {
        const i = concepts.concepts.findIndex((c: { id: string }) => c.id === entry.id);
        if (i >= 0) concepts.concepts[i] = entry;
        else concepts.concepts.push(entry);
      }
      writeFileSync(file, JSON.stringify(concepts, null, 1));
      const lex = loadLexicon(root);
      const vocabulary = vocabularyOf(loadCorpus(root), lex);
      for (const id of ['livmoderhalscancer', 'initiativ']) {
        const example = lex.concepts.find((c) => c.id === id)!.example;
        expect(understand(example, { today, vocabulary }).concepts.map((c) => c.id)).toContain(id);
      }
      expect(understand('how much for smear tests 2024', { today, vocabulary }).concepts.map((c) => c.id)).toContain('livmoderhalscancer');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
