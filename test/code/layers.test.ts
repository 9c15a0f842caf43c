/**
 * The shape of the code: imports run from the shells down to the core and the data, never upward;
 * the intent registry is the one list of intents, and the lexicon names exactly its intents.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIntents, INTENTS } from '../../src/answer/intents/index.ts';
import { COMPOSERS } from '../../src/answer/intents/index.ts';
import { DataError } from '../../src/corpus/load.ts';
import { lexicon } from '../../src/lexicon/load.ts';

const SRC = resolve(import.meta.dirname, '../../src');
/** Lower layers first: data and text, then search and storage, understanding, the answering core, rendering, the shells. */
const LAYER: Record<string, number> = {
  'text': 0, 'dates.ts': 0, 'log.ts': 0, 'corpus': 0, 'lexicon': 0,
  'search': 1, 'ingest': 1, 'store': 1, 'sources': 1,
  'understand': 2,
  'answer': 3, 'chart': 3, 'curation': 3, 'digest': 3,
  'render': 4, 'commands': 4,
  'work': 4.5,
  'slack': 5, 'cli': 5, 'main.ts': 5, 'settings.ts': 5,
};
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : []));
const layerOf = (file: string) => LAYER[relative(SRC, file).split('/')[0]!];

describe('the code keeps its shape', () => {
  it('puts every source file in a layer', () => {
    expect(files(SRC).filter((f) => layerOf(f) === undefined).map((f) => relative(SRC, f))).toEqual([]);
  });

  it('never imports upward: shells → core → data', () => {
    const upward: string[] = [];
    for (const file of files(SRC)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
        const target = resolve(dirname(file), m[1]!);
        if (layerOf(target)! > layerOf(file)!) upward.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('keeps every source file under 400 lines', () => {
    const long = files(SRC).filter((f) => readFileSync(f, 'utf8').split('\n').length > 400).map((f) => relative(SRC, f));
    expect(long).toEqual([]);
  });

  it('has one composer per intent of the registry, and the lexicon names exactly those intents', () => {
    expect(Object.keys(COMPOSERS).sort()).toEqual(Object.keys(INTENTS).sort());
    const lex = lexicon();
    expect(() => checkIntents(lex)).not.toThrow();
    const named = lex.intents.map((i) => i.intent);
    expect(Object.keys(INTENTS).filter((i) => i !== 'empty' && i !== 'too-long').sort()).toEqual([...named].sort());
  });

  it('refuses a lexicon that names an intent without a composer, naming the file', () => {
    const lex = lexicon();
    const bad = { ...lex, intents: [...lex.intents, { intent: 'horoscope', priority: 1, about: 'not an intent', example: 'x' }] };
    expect(() => checkIntents(bad)).toThrow(DataError);
    expect(() => checkIntents(bad)).toThrow(/data\/lexicon\/intents\.json: intent\(s\) horoscope have no composer/u);
  });
});
