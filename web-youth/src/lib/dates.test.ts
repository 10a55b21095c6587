import { describe, expect, it } from 'vitest';
import { dayBoundary, parseDay, todayIn, zonedTimeToUtc } from './dates';

describe('calendar days in Paris → UTC instants', () => {
  it('reads only real days', () => {
    expect(parseDay('2026-02-28')).toEqual({ year: 2026, month: 2, day: 28 });
    expect(parseDay('2026-02-30')).toBeNull();
    expect(parseDay('2026-2-3')).toBeNull();
    expect(parseDay('')).toBeNull();
  });

  it('starts and ends a winter day one hour before UTC', () => {
    expect(dayBoundary('2026-12-01', 'start')).toBe('2026-11-30T23:00:00.000Z');
    expect(dayBoundary('2026-12-01', 'end')).toBe('2026-12-01T22:59:59.999Z');
  });

  it('starts a summer day two hours before UTC', () => {
    expect(dayBoundary('2026-07-14', 'start')).toBe('2026-07-13T22:00:00.000Z');
  });

  it('handles the days when the clocks change', () => {
    // 29 March 2026: 02:00 → 03:00; 25 October 2026: 03:00 → 02:00.
    expect(dayBoundary('2026-03-29', 'start')).toBe('2026-03-28T23:00:00.000Z');
    expect(dayBoundary('2026-03-29', 'end')).toBe('2026-03-29T21:59:59.999Z');
    expect(dayBoundary('2026-10-25', 'start')).toBe('2026-10-24T22:00:00.000Z');
    expect(dayBoundary('2026-10-25', 'end')).toBe('2026-10-25T22:59:59.999Z');
    expect(
      zonedTimeToUtc({ year: 2026, month: 3, day: 29 }, { hour: 12, minute: 0 }, 'Europe/Paris'),
    ).toEqual(new Date('2026-03-29T10:00:00Z'));
  });

  it('returns null for what is not a day', () => {
    expect(dayBoundary('demain', 'start')).toBeNull();
  });

  it("knows today's date in Paris", () => {
    expect(todayIn('Europe/Paris', new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayIn('Europe/Paris', new Date('2026-06-01T10:00:00Z'))).toBe('2026-06-01');
  });
});
