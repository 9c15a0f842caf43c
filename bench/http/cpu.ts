/**
 * The CPU time a process has used so far (user and system, all its threads), in ms, from Linux's
 * /proc/<pid>/stat; null elsewhere. Read before and after a phase, it says what each event cost
 * the process however busy the machine was, which wall-clock timings on a shared machine do not.
 */
import { readFileSync } from 'node:fs';

/** Linux reports these times in clock ticks of 1/100 s (USER_HZ). */
const TICK_MS = 10;

export function cpuMsOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime and stime: fields 14 and 15 of stat
  } catch {
    return null;
  }
}
