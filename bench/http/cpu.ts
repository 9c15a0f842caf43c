/**
 * The CPU time a process, or each of its threads, has used so far (user and system), in ms, from
 * Linux's /proc; null elsewhere. Read before and after a phase, it says what each event cost the
 * process however busy the machine was, which wall-clock timings on a shared machine do not.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports these times in clock ticks of 1/100 s (USER_HZ). */
const TICK_MS = 10;

/** utime + stime of a /proc …/stat file (fields 14 and 15), in ms; null when it cannot be read. */
function statMs(path: string): number | null {
  try {
    const stat = readFileSync(path, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}

/** The whole process, all its threads. */
export function cpuMsOf(pid: number | undefined): number | null {
  return pid === undefined ? null : statMs(`/proc/${pid}/stat`);
}

/** Each thread of a process, by thread id (a thread that ended meanwhile is left out). */
export function threadsCpuOf(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const ms = statMs(`/proc/${pid}/task/${tid}/stat`);
    if (ms !== null) out.set(tid, ms);
  }
  return out;
}
