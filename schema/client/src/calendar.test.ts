import { describe, expect, it } from 'vitest';
import {
  dayBoundary,
  fromLocalInput,
  parseDay,
  todayIn,
  toLocalInput,
  zonedTimeToUtc,
} from './calendar';

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

describe('datetime-local values on a time zone wall clock', () => {
  it('round-trips an instant through a datetime-local value in Paris', () => {
    expect(toLocalInput('2027-03-05T19:30:00.000Z')).toBe('2027-03-05T20:30');
    expect(fromLocalInput('2027-03-05T20:30')).toBe('2027-03-05T19:30:00.000Z');
    expect(toLocalInput('2027-07-05T18:30:00.000Z')).toBe('2027-07-05T20:30');
    expect(fromLocalInput('2027-07-05T20:30')).toBe('2027-07-05T18:30:00.000Z');
  });

  it('reads the wall clock of another time zone when told', () => {
    expect(fromLocalInput('2027-03-05T20:30', 'Indian/Reunion')).toBe('2027-03-05T16:30:00.000Z');
    expect(toLocalInput('2027-03-05T16:30:00.000Z', 'Indian/Reunion')).toBe('2027-03-05T20:30');
    expect(todayIn('America/Cayenne', new Date('2027-01-01T01:00:00Z'))).toBe('2026-12-31');
  });

  it('refuses what is not a datetime-local value', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('2027-02-30T20:30')).toBeNull();
    expect(fromLocalInput('2027-03-05T24:00')).toBeNull();
    expect(fromLocalInput('5 mars')).toBeNull();
  });
});
