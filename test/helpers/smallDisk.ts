/**
 * A small disk for real faults: a tmpfs of a few hundred kilobytes, mounted for one test file and
 * removed after it. Needs mount (root); where the machine does not allow it, `mounted` is false and
 * the tests that need it are skipped.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export function smallDisk(prefix: string, size: string): { mountPoint: string; mounted: boolean } {
  const mountPoint = mkdtempSync(join(tmpdir(), prefix));
  let mounted = false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mountPoint], { stdio: 'ignore' });
    mounted = true;
  } catch {
    mounted = false;
  }
  afterAll(() => {
    if (mounted) execFileSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });
  return { mountPoint, mounted };
}
