/**
 * The curation tables of the store (migration 5) on a real SQLite file: notes and taught phrases
 * kept across a reopen, a version-4 database upgraded in place with its votes kept, and the
 * read-only reader the CLIs use, which changes nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.ts';
import { databasePath, openStore } from '../../src/store/open.ts';
import { readCuration } from '../../src/store/sqliteRead.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'curation-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const at = (iso: string) => new Date(iso);

describe('curation notes and taught phrases in the store', async () => {
  it('keeps both across a reopen, notes oldest first and filtered by time', async () => {
    const a = openStore(dir);
    await a.noteForCurators({ kind: 'unanswered', question: 'q1', language: 'sv', intent: 'topic', channelKind: 'dm', at: at('2026-03-01T10:00:00Z') });
    await a.noteForCurators({ kind: 'downvote', question: 'q2'.padEnd(900, '!'), language: 'en', intent: 'amount', channelKind: 'channel', at: at('2026-03-02T10:00:00Z') });
    const t = await a.addTaughtPhrase({ phrase: 'smear tests', words: 'livmoderhalscancer', addedBy: 'U0ADMIN', addedAt: at('2026-03-02T11:00:00Z') });
    await a.close();

    const b = openStore(dir);
    expect((await b.curationNotes()).map((n) => [n.kind, n.question.length, n.at])).toEqual([
      ['unanswered', 2, '2026-03-01T10:00:00.000Z'],
      ['downvote', 500, '2026-03-02T10:00:00.000Z'],
    ]);
    expect((await b.curationNotes(at('2026-03-02T00:00:00Z'))).map((n) => n.question.slice(0, 2))).toEqual(['q2']);
    expect(await b.taughtPhrases()).toEqual([{ id: t.id, phrase: 'smear tests', words: 'livmoderhalscancer', addedBy: 'U0ADMIN', addedAt: '2026-03-02T11:00:00.000Z' }]);
    await expect(b.addTaughtPhrase({ phrase: 'smear tests', words: 'screening', addedBy: 'U0ADMIN', addedAt: at('2026-03-03T00:00:00Z') })).rejects.toThrow(/UNIQUE/);
    expect(await b.removeTaughtPhrase(t.id)).toMatchObject({ phrase: 'smear tests' });
    expect(await b.removeTaughtPhrase(t.id)).toBeNull();
    expect(await b.taughtPhrases()).toEqual([]);
    await b.close();
  });

  it('upgrades a version-4 database in place: its votes are kept and counted, and the new tables are there', async () => {
    const file = databasePath(dir);
    const v4 = new Database(file);
    for (const m of MIGRATIONS.filter((m) => m.version <= 4)) v4.exec(m.sql);
    v4.pragma('user_version = 4');
    v4.prepare('INSERT INTO votes (answer_key, user_id, vote, question, voted_at) VALUES (?, ?, ?, ?, ?)').run('k1', 'U1', 'down', 'barncancer 2024', Date.parse('2026-02-01T00:00:00Z'));
    v4.close();
    // Before the bot opens it, the read-only reader sees the votes and no curation tables, and changes nothing.
    expect(readCuration(file)).toEqual({ notes: [], votes: { up: 0, down: 1 }, taught: [] });
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(4);
    check.close();

    const s = openStore(dir);
    expect(await s.voteCounts()).toEqual({ up: 0, down: 1 });
    expect(await s.voteCounts(at('2026-03-01T00:00:00Z'))).toEqual({ up: 0, down: 0 });
    expect(await s.curationNotes()).toEqual([]);
    await s.noteForCurators({ kind: 'unanswered', question: 'q', language: 'sv', intent: 'topic', channelKind: 'dm', at: at('2026-03-01T10:00:00Z') });
    await s.close();
    expect(readCuration(file).notes).toHaveLength(1);
  });
});
