import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';

const at = () => new Date('2026-12-02T08:00:01.123Z');

describe('the log', () => {
  it('writes each line with its time and level, and leaves out what is below the level', () => {
    const lines: string[] = [];
    const log = createLogger(LogLevel.INFO, 'text', (l) => lines.push(l), at);
    log.debug('not shown');
    log.info('starting', { port: 3000 });
    log.error('failed:', new Error('boom'));
    expect(lines[0]).toBe('2026-12-02T08:00:01.123Z INFO  bolt-app starting { port: 3000 }');
    expect(lines[1]).toMatch(/^2026-12-02T08:00:01\.123Z ERROR bolt-app failed: Error: boom/);
    expect(lines).toHaveLength(2);
  });

  it('writes one JSON object per line with LOG_FORMAT=json', () => {
    const lines: string[] = [];
    const log = createLogger(LogLevel.DEBUG, 'json', (l) => lines.push(l), at);
    log.setName('digest');
    log.warn('paused', 'C1');
    expect(JSON.parse(lines[0]!)).toEqual({ time: '2026-12-02T08:00:01.123Z', level: 'warn', name: 'digest', message: 'paused C1' });
  });
});
