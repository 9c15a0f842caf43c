/**
 * A full disk, for real: the database on a tmpfs of a megabyte, then filled. Writing
 * a deadline must fail loudly, never answer "Tillagd" while storing nothing. Needs mount (root);
 * where the machine does not allow it, the test says so and is skipped.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deadlinesCommand } from '../../src/commands/deadlines.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { openStore } from '../../src/store/open.ts';
import { smallDisk } from '../helpers/smallDisk.ts';

// Room for a new database (its write-ahead log holds every migration until the first checkpoint), little more.
const { mountPoint, mounted } = smallDisk('full-disk-', '1m');

describe.skipIf(!mounted)('a full disk', () => {
  it('makes adding a deadline fail with "kunde inte spara", and nothing is stored', async () => {
    const dir = join(mountPoint, 'data');
    mkdirSync(dir);
    const store = openStore(dir);
    try {
      const ctx = { corpus: loadCorpus(), today: '2026-03-02', now: new Date('2026-03-02T08:00:00Z'), userId: 'U0ADMIN', channelId: 'C1', store, adminUserIds: ['U0ADMIN'], digestHorizonDays: 60 };
      expect((await deadlinesCommand('add 2026-12-01 Rapport till styrelsen', ctx)).ok).toBe(true);
      try {
        writeFileSync(join(mountPoint, 'filler'), Buffer.alloc(2_000_000));
      } catch {
        // ENOSPC: the disk is full now, which is the point
      }
      const replies = [];
      for (let i = 0; i < 20; i++) replies.push(await deadlinesCommand(`add 2026-12-0${(i % 9) + 1} ${'Rapport '.repeat(20)}${i}`, ctx));
      const failed = replies.filter((r) => !r.ok);
      expect(failed.length).toBeGreaterThan(0);
      expect(failed[0]!.text).toContain('Kunde inte spara deadlinen');
      // Every reply that said "Tillagd" stored its deadline; none claims a row that is not there.
      const stored = (await store.userDeadlines()).length;
      expect(stored).toBe(1 + replies.filter((r) => r.ok).length);
    } finally {
      await store.close(); // else the disk stays busy and cannot be unmounted
    }
  });
});
