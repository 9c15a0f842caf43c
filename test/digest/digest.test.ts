import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliDigest, parseArgs } from '../../src/cli/digest.ts';
import { buildDigest } from '../../src/digest/digest.ts';
import { openStore } from '../../src/store/open.ts';
import type { UserDeadline } from '../../src/store/types.ts';
import { realCorpus, tempDataDir } from './helpers.ts';

const run = promisify(execFile);
let tmp: ReturnType<typeof tempDataDir>;
beforeEach(() => {
  tmp = tempDataDir();
});
afterEach(() => tmp.cleanup());

const user = (id: number, date: string, text: string): UserDeadline => ({ id, date, text, addedBy: 'UADMIN', addedByName: null, addedAt: '2026-11-01T09:00:00.000Z' });
const digestOn = (today: string, userDeadlines: UserDeadline[] = [], horizonDays = 60) => buildDigest({ corpus: realCorpus(), userDeadlines, today, horizonDays });

describe('the digest', () => {
  it('on 2026-11-23 lists the 2026-12-31 end of the 2024–2026 appropriations with its source, and no past deadline', () => {
    const d = digestOn('2026-11-23');
    expect(d.facts.map((f) => f.date)).toEqual(['2026-12-31']);
    expect(d.facts[0]).toMatchObject({ source: 'corpus', citation: { path: 'data/sources/2024-regeringen-cancervarden-prioriterad.txt', line: 5 } });
    expect(d.text).toContain('2026-12-31 (om 38 dagar)');
    expect(d.text).toContain('Cancervården en prioriterad fråga för regeringen, rad 5');
  });

  it('on 2027-01-15 says nothing is due', () => {
    const d = digestOn('2027-01-15');
    expect(d.facts).toEqual([]);
    expect(d.text).toMatch(/Inget förfaller de närmaste 60 dagarna/);
  });

  it("on 2030-12-20 lists the prevention plan's end on 2030-12-31", () => {
    const d = digestOn('2030-12-20');
    expect(d.facts.map((f) => [f.date, f.label])).toEqual([['2030-12-31', 'Den nationella handlingsplanen för prevention 2024–2030']]);
  });

  it('puts overdue user deadlines first, then the next 7 days, then the rest of the horizon, each with who added it', () => {
    const d = digestOn('2026-11-23', [user(1, '2026-11-30', 'Svar till SKR'), user(2, '2026-11-20', 'Remissvar'), user(3, '2026-11-23', 'Möte i dag')]);
    expect(d.facts.map((f) => [f.source, f.date])).toEqual([
      ['user', '2026-11-20'],
      ['user', '2026-11-23'],
      ['user', '2026-11-30'],
      ['corpus', '2026-12-31'],
    ]);
    const text = d.text;
    expect(text.indexOf('*Försenade*')).toBeLessThan(text.indexOf('*Inom 7 dagar*'));
    expect(text.indexOf('*Inom 7 dagar*')).toBeLessThan(text.indexOf('*Inom 60 dagar*'));
    expect(text).toContain('• 2026-11-20 (3 dagar sen) – Remissvar _(tillagd av <@UADMIN> 2026-11-01, nr 2)_');
    expect(text).toContain('• 2026-11-23 (i dag) – Möte i dag');
    expect(text).toContain('• 2026-11-30 (om 7 dagar) – Svar till SKR');
    expect(d.facts[0]).toMatchObject({ id: 'user:2', kind: 'deadline', citation: null, addedBy: 'UADMIN' });
  });

  it('follows DIGEST_HORIZON_DAYS: with 30 days the 2026-12-31 deadline is not yet listed', () => {
    expect(digestOn('2026-11-23', [], 30).facts).toEqual([]);
    expect(digestOn('2026-12-01', [], 30).facts.map((f) => f.date)).toEqual(['2026-12-31']);
  });

  it('escapes & < > in what it posts, so no text can become Slack markup', () => {
    expect(digestOn('2026-11-23', [user(1, '2026-11-24', 'Forskning & utveckling')]).text).toContain('Forskning &amp; utveckling');
  });
});

describe('npm run digest', () => {
  const cli = (args: string[], env: Record<string, string> = {}) =>
    run('npx', ['tsx', 'src/cli/digest.ts', ...args], { env: { ...process.env, DATA_DIR: `${tmp.dir}/var`, ...env } });

  it('prints the JSON of CONTRACT §2 and creates no database when there is none', async () => {
    const { stdout } = await cli(['--json', '--today', '2026-11-23']);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['date', 'text', 'facts']);
    expect(out.date).toBe('2026-11-23');
    expect(out.facts.map((f: { date: string; source: string }) => `${f.date} ${f.source}`)).toEqual(['2026-12-31 corpus']);
    expect(out.text).toBe(digestOn('2026-11-23').text);
    expect(existsSync(`${tmp.dir}/var`)).toBe(false);
  });

  it('prints the digest as plain text on a terminal: no mrkdwn emphasis', async () => {
    const { stdout } = await cli(['--today', '2026-11-23']);
    expect(stdout.split('\n')[0]).toBe('Deadlines måndag 23 november 2026');
    expect(stdout).toContain('(Cancervården en prioriterad fråga för regeringen, rad 5)');
    expect(stdout).not.toMatch(/(?:^|\s)[*_]\S|\S[*_](?:$|\s)/mu);
  });

  it("includes the deadlines admins added to DATA_DIR's database", async () => {
    const store = openStore(tmp.dir);
    await store.addDeadline({ date: '2026-11-25', text: 'Rapport till styrelsen', addedBy: 'UADMIN', addedAt: new Date('2026-11-20T09:00:00Z') });
    await store.close();
    const d = await cliDigest({ today: '2026-11-23', env: { DATA_DIR: tmp.dir } });
    expect(d.facts.map((f) => `${f.date} ${f.source} ${f.label}`)).toEqual(['2026-11-25 user Rapport till styrelsen', '2026-12-31 corpus Anslagen till cancervården per år 2024–2026']);
  });

  it("defaults to today's date in Stockholm: 23:30 UTC on 2026-11-22 is already the 23rd", async () => {
    expect((await cliDigest({ today: null, env: { DATA_DIR: tmp.dir }, now: new Date('2026-11-22T23:30:00Z') })).date).toBe('2026-11-23');
  });

  it('refuses a --today that is not a real date, and an unknown argument', async () => {
    expect(parseArgs(['--today', '2026-02-30'])).toMatchObject({ error: expect.stringMatching(/real date/) });
    expect(parseArgs(['--today'])).toMatchObject({ error: expect.stringMatching(/real date/) });
    expect(parseArgs(['--jsn'])).toMatchObject({ error: expect.stringMatching(/unknown argument/) });
    await expect(cli(['--today', '2026-02-30'])).rejects.toMatchObject({ code: 2 });
  });

  it('refuses a DIGEST_HORIZON_DAYS that is not a number of days', async () => {
    await expect(cliDigest({ today: '2026-11-23', env: { DATA_DIR: tmp.dir, DIGEST_HORIZON_DAYS: 'sixty' } })).rejects.toThrow(/DIGEST_HORIZON_DAYS/);
    expect((await cliDigest({ today: '2026-11-23', env: { DATA_DIR: tmp.dir, DIGEST_HORIZON_DAYS: '' } })).text).toContain('Inom 60 dagar');
  });
});
