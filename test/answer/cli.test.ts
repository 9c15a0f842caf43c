import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/corpus/load.ts';

const ask = (...args: string[]) => execFileSync('npx', ['tsx', 'src/cli/ask.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run ask', () => {
  it('answers one question given without --today, as readable text with sources', () => {
    const out = ask('Hur mycket gick till barncancer 2024?');
    expect(out).toContain('80 miljoner kronor');
    expect(out.split('\n')[0]).toBe('Barncancer fick 80 miljoner kronor 2024.');
    expect(out).toContain('Källor: 1. Överenskommelsen jämlik och effektiv cancervård med kortare väntetider 2024');
  });

  it('answers one question as JSON with --json and --today in any order', () => {
    const a = JSON.parse(ask('--json', 'Vad är totalen 2023 och 2024?', '--today', '2026-11-23'));
    expect(a.answered).toBe(true);
    expect(a.facts.map((f: { year: number; amountSEK: number }) => [f.year, f.amountSEK])).toEqual([
      [2023, 556_000_000],
      [2024, 809_000_000],
    ]);
  });
});
