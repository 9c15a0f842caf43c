/**
 * Every entry of the lexicon (data/lexicon/) carries an example; each example is run here through
 * the real understanding, so a reviewer who adds a word also proves it is read as meant.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { DataError, ROOT, loadCorpus } from '../../src/corpus/load.ts';
import { lexicon, loadLexicon } from '../../src/lexicon/load.ts';
import { understand } from '../../src/understand/understand.ts';
import { vocabularyOf } from '../../src/understand/vocabulary.ts';

const corpus = loadCorpus();
const lex = lexicon();
const vocabulary = vocabularyOf(corpus);
const TODAY = '2026-11-23';
const read = (q: string, today = TODAY) => understand(q, { today, vocabulary });
const file = (name: string) => JSON.parse(readFileSync(join(ROOT, 'data', 'lexicon', name), 'utf8'));

describe('concepts: each example is read as its concept', () => {
  it.each(lex.concepts.map((c) => [c.id, c.example] as const))('%s: %s', (id, example) => {
    expect(read(example).concepts.map((c) => c.id)).toContain(id);
  });
});

describe('cues: each example carries its cue', () => {
  it.each(lex.cues.map((c) => [c.id, c.example] as const))('%s: %s', (id, example) => {
    expect([...read(example).signals]).toContain(id);
  });
});

describe('function words: no word of a group is read as a topic in its example', () => {
  const groups = file('function-words.json').additions as { words: string[]; example: string }[];
  it.each(groups.map((g) => [g.words.slice(0, 4).join(', '), g] as [string, { words: string[]; example: string }]))('%s …', (_label, group) => {
    const q = read(group.example);
    const topicWords = [...q.concepts.filter((c) => c.source === 'corpus').map((c) => c.text), ...q.unknown];
    for (const w of group.words) expect(topicWords).not.toContain(w);
  });

  it('keeps the reviewed exceptions as topic words ("varje RCC" asks per RCC)', () => {
    for (const e of file('function-words.json').exceptions) expect(read(e.example).concepts.map((c) => c.text)).toContain(e.word);
  });
});

describe('documents: each example names its document, which the corpus has', () => {
  it.each(lex.documents.map((d) => [d.id, d.example] as const))('%s: %s', (id, example) => {
    expect(read(example).documents.map((d) => d.id)).toEqual([id]);
    expect(vocabulary.documents.get(id)?.sources.length).toBeGreaterThan(0);
  });

  it('answers a people question with the people of the document named', () => {
    expect(answer('vem skrev under SKR:s meddelande från styrelsen?', { corpus, today: TODAY }).text).toContain('Anders Knape');
    const ministers = answer('Vilka ministrar nämns i regeringens text om cancervården?', { corpus, today: TODAY });
    expect(ministers.intent).toBe('people');
    expect(ministers.text).toContain('Ulf Kristersson');
    expect(ministers.text).toContain('Acko Ankarberg Johansson');
  });

  it('asks about the years of the document named when the question names none', () => {
    expect(read('vad stod det i pressmeddelandet om rehabilitering?').years).toEqual([2026]);
    expect(read('vad stod det i pressmeddelandet 2024?').years).toEqual([2024]);
  });
});

describe('owners and years', () => {
  it.each(lex.owners.map((o) => [o.owner, o.example] as const))('%s: %s', (owner, example) => {
    expect(read(example).owner).toBe(owner);
  });

  it.each(lex.years.relative.map((r) => [String(r.year), r.example] as const))('relative year %s: %s', (year, example) => {
    const today = '2025-06-01';
    const q = read(example, today);
    const expected = year === 'latest' ? 2024 : year === 'first' ? vocabulary.sourceYears[0] : 2025 + Number(year);
    expect(q.years).toContain(expected);
  });

  it.each(lex.years.examples.map((e) => [e.q, e] as const))('%s', (_q, e) => {
    expect(read(e.q, e.today).years).toEqual(e.years);
  });
});

describe('intents and features: each example is answered by its intent, each feature is evidence', () => {
  it.each(lex.intents.map((i) => [i.intent, i.example] as const))('%s: %s', (intent, example) => {
    expect(answer(example, { corpus, today: TODAY }).intent).toBe(intent);
  });

  it.each([...lex.features.keys()].map((f) => [f, file('intents.json').features.find((x: { feature: string }) => x.feature === f).example] as const))('%s: %s', (feature, example) => {
    expect(read(example).intents.flatMap((i) => i.evidence)).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${feature} `))]));
  });
});

describe('heads: compounds with a generic or money head, effort and soft words', () => {
  it.each(['generic', 'money', 'effort', 'soft'].map((k) => [k, file('heads.json')[k].example] as const))('%s: %s', (_kind, example) => {
    expect(answer(example, { corpus, today: TODAY }).answered).toBe(true);
  });
});

describe('a broken lexicon file stops the program with its file and line', () => {
  /** A copy of data/lexicon/ in a temp folder with one file changed: the root to load it from. */
  const brokenCopy = async (name: string, change: (data: any) => void): Promise<string> => {
    const { mkdtempSync, cpSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(join(tmpdir(), 'lexicon-'));
    cpSync(join(ROOT, 'data', 'lexicon'), join(root, 'data', 'lexicon'), { recursive: true });
    const data = file(name);
    change(data);
    writeFileSync(join(root, 'data', 'lexicon', name), JSON.stringify(data, null, 1));
    return root;
  };

  it('names the file and line of a phrase two concepts share', async () => {
    const root = await brokenCopy('concepts.json', (c) => c.concepts[1].en.push(c.concepts[0].en[0]));
    expect(() => loadLexicon(root)).toThrow(DataError);
    expect(() => loadLexicon(root)).toThrow(/^data\/lexicon\/concepts\.json:\d+: phrase ".+" is in both/);
  });

  it('names the file and line of a concept that includes one that does not exist', async () => {
    const root = await brokenCopy('concepts.json', (c) => (c.concepts[2].includes = ['no-such-concept']));
    expect(() => loadLexicon(root)).toThrow(/^data\/lexicon\/concepts\.json:\d+: "no-such-concept" is not another concept's id/);
  });

  it('names the file and line of a phrase written in capitals', async () => {
    const root = await brokenCopy('cues.json', (c) => c.cues[3].sv.push('Hur Mycket'));
    expect(() => loadLexicon(root)).toThrow(/^data\/lexicon\/cues\.json:\d+: cues\.sv: expected a phrase in lower case/);
  });
});
