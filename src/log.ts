/**
 * The bot's log: one line per entry on stderr, each with its time and level, as a person reads it
 * ("2026-12-02T08:00:01.123Z INFO  bolt-app starting"), or as JSON for a log collector
 * (LOG_FORMAT=json: {"time", "level", "name", "message"}). It is Bolt's Logger, so Bolt and the
 * bot's own code write through the same one.
 */
import { type Logger, LogLevel } from '@slack/bolt';
import { inspect } from 'node:util';

export type LogFormat = 'text' | 'json';

const ORDER: LogLevel[] = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/** A message part as one string: an error with its stack, an object inspected on one line. */
const part = (m: unknown): string => (typeof m === 'string' ? m : m instanceof Error ? (m.stack ?? m.message) : inspect(m, { breakLength: Infinity, depth: 4 }));

export function createLogger(level: LogLevel, format: LogFormat = 'text', write: (line: string) => void = (l) => process.stderr.write(`${l}\n`), now = () => new Date()): Logger {
  let current = level;
  let name = 'bolt-app';
  const log = (at: LogLevel) => (...msg: unknown[]) => {
    if (ORDER.indexOf(at) < ORDER.indexOf(current)) return;
    const time = now().toISOString();
    const message = msg.map(part).join(' ');
    write(format === 'json' ? JSON.stringify({ time, level: at, name, message }) : `${time} ${at.toUpperCase().padEnd(5)} ${name} ${message}`);
  };
  return {
    debug: log(LogLevel.DEBUG),
    info: log(LogLevel.INFO),
    warn: log(LogLevel.WARN),
    error: log(LogLevel.ERROR),
    setLevel: (l) => void (current = l),
    getLevel: () => current,
    setName: (n) => void (name = n),
  };
}
