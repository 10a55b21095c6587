import { describe, expect, it } from 'vitest';
import { expandRecurrence, recurrenceProblem } from '../../src/modules/catalog/recurrence.js';

describe('event recurrence', () => {
  it('gives every Friday at 20:30 (Paris) until a date, both ends included', () => {
    const dates = expandRecurrence(
      { from: '2026-12-01', until: '2026-12-25', weekdays: [5], times: ['20:30'] },
      2500,
    );
    expect(dates.map((d) => d.toISOString())).toEqual([
      '2026-12-04T19:30:00.000Z',
      '2026-12-11T19:30:00.000Z',
      '2026-12-18T19:30:00.000Z',
      '2026-12-25T19:30:00.000Z',
    ]);
  });

  it('follows the Paris wall clock across the change to summer time', () => {
    const dates = expandRecurrence(
      { from: '2027-03-26', until: '2027-04-02', weekdays: [5], times: ['20:30'] },
      2500,
    );
    // Winter: UTC+1; from 28 March 2027, summer: UTC+2.
    expect(dates.map((d) => d.toISOString())).toEqual([
      '2027-03-26T19:30:00.000Z',
      '2027-04-02T18:30:00.000Z',
    ]);
  });

  it('moves a time the clock skips an hour later, after the earlier times of that day, once', () => {
    // 28 March 2027: Paris goes from 02:00 (UTC+1) to 03:00 (UTC+2); 02:30 is 03:30.
    const dates = expandRecurrence(
      {
        from: '2027-03-28',
        until: '2027-03-28',
        weekdays: [7],
        times: ['02:30', '03:10', '03:30'],
      },
      2500,
    );
    expect(dates.map((d) => d.toISOString())).toEqual([
      '2027-03-28T01:10:00.000Z',
      '2027-03-28T01:30:00.000Z',
    ]);
  });

  it('combines weekdays and times, soonest first, without duplicates', () => {
    const dates = expandRecurrence(
      {
        from: '2026-12-07',
        until: '2026-12-13',
        weekdays: [6, 3, 6],
        times: ['21:00', '15:00', '21:00'],
      },
      2500,
    );
    expect(dates.map((d) => d.toISOString())).toEqual([
      '2026-12-09T14:00:00.000Z',
      '2026-12-09T20:00:00.000Z',
      '2026-12-12T14:00:00.000Z',
      '2026-12-12T20:00:00.000Z',
    ]);
  });

  it('gives a single day when from and until are the same (Sunday is 7)', () => {
    const dates = expandRecurrence(
      { from: '2026-12-13', until: '2026-12-13', weekdays: [7], times: ['10:00'] },
      2500,
    );
    expect(dates).toHaveLength(1);
  });

  it('stops one past the maximum so a caller can refuse too many dates', () => {
    const dates = expandRecurrence(
      {
        from: '2026-01-01',
        until: '2040-12-31',
        weekdays: [1, 2, 3, 4, 5, 6, 7],
        times: ['10:00', '14:00'],
      },
      2500,
    );
    expect(dates).toHaveLength(2501);
  });

  it('names what is wrong', () => {
    const ok = { from: '2026-12-01', until: '2026-12-31', weekdays: [5], times: ['20:30'] };
    expect(recurrenceProblem(ok)).toBeNull();
    expect(recurrenceProblem({ ...ok, from: '2026-02-30' })).toBe('BAD_DAY');
    expect(recurrenceProblem({ ...ok, until: '2026-11-30' })).toBe('UNTIL_BEFORE_FROM');
    expect(recurrenceProblem({ ...ok, weekdays: [] })).toBe('BAD_WEEKDAY');
    expect(recurrenceProblem({ ...ok, weekdays: [0] })).toBe('BAD_WEEKDAY');
    expect(recurrenceProblem({ ...ok, times: ['24:00'] })).toBe('BAD_TIME');
    expect(recurrenceProblem({ ...ok, times: [] })).toBe('BAD_TIME');
  });
});
