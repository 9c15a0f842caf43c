import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantOf, isDigestDay, parseTime } from '../../src/digest/calendar.ts';
import { addDays, dateIn, timeIn, weekday } from '../../src/dates.ts';

describe('digest days and times', () => {
  it('08:00 Stockholm is 07:00 UTC in winter time and 06:00 UTC in summer time, either side of both changes', () => {
    expect(instantOf('2026-03-27', '08:00')?.toISOString()).toBe('2026-03-27T07:00:00.000Z'); // Friday before spring forward
    expect(instantOf('2026-03-30', '08:00')?.toISOString()).toBe('2026-03-30T06:00:00.000Z'); // Monday after
    expect(instantOf('2026-10-23', '08:00')?.toISOString()).toBe('2026-10-23T06:00:00.000Z'); // Friday before fall back
    expect(instantOf('2026-10-26', '08:00')?.toISOString()).toBe('2026-10-26T07:00:00.000Z'); // Monday after
  });

  it('handles times at both ends of the day', () => {
    expect(instantOf('2026-11-23', '00:00')?.toISOString()).toBe('2026-11-22T23:00:00.000Z');
    expect(instantOf('2026-11-23', '23:59')?.toISOString()).toBe('2026-11-23T22:59:00.000Z');
  });

  it('goes out on weekdays, not on weekends or Swedish holidays and days off', () => {
    expect(isDigestDay('2026-11-23')).toBe(true); // Monday
    expect(isDigestDay('2026-11-21')).toBe(false); // Saturday
    expect(isDigestDay('2026-11-22')).toBe(false); // Sunday
    for (const holiday of ['2026-01-01', '2026-01-06', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-06-19', '2026-12-24', '2026-12-25', '2026-12-31']) {
      expect(isDigestDay(holiday), holiday).toBe(false);
    }
    expect(isDigestDay('2026-12-24', false)).toBe(true);
  });

  it('reads digest times as users write them and refuses what is not a time', () => {
    expect(parseTime('8:00')).toBe('08:00');
    expect(parseTime('07.30')).toBe('07:30');
    expect(parseTime('23:59')).toBe('23:59');
    for (const bad of ['24:00', '8', '08:60', 'åtta', '', '08:00:00']) expect(parseTime(bad), bad).toBeNull();
  });

  it("knows Stockholm's date around midnight", () => {
    expect(dateIn(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(dateIn(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });

  it('any weekday and time maps to an instant that reads as that date and time on a Stockholm clock', () => {
    const day = fc.integer({ min: 0, max: 365 * 10 }).map((n) => addDays('2025-01-01', n)).filter((d) => weekday(d) !== 0);
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(day, time, (d, t) => {
        const at = instantOf(d, t);
        expect(at && [dateIn(at), timeIn(at)]).toEqual([d, t]);
      }),
      { numRuns: 300 },
    );
  });
});
