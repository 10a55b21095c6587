import { addDays, isoDate, PARIS_TIME_ZONE, zonedTime, type LocalDate } from '../../shared/time.js';

/** Event dates repeated on some weekdays at some times, between two days (both included). */
export interface Recurrence {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, YYYY-MM-DD. */
  until: string;
  /** ISO weekdays: 1 Monday … 7 Sunday. */
  weekdays: readonly number[];
  /** Wall-clock times, HH:MM. */
  times: readonly string[];
}

export type RecurrenceProblem = 'BAD_DAY' | 'BAD_TIME' | 'BAD_WEEKDAY' | 'UNTIL_BEFORE_FROM';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function parseLocalDate(text: string): LocalDate | null {
  const match = DAY.exec(text);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return check.getUTCFullYear() === date.year &&
    check.getUTCMonth() + 1 === date.month &&
    check.getUTCDate() === date.day
    ? date
    : null;
}

/** What is wrong with a recurrence, or null. */
export function recurrenceProblem(recurrence: Recurrence): RecurrenceProblem | null {
  const from = parseLocalDate(recurrence.from);
  const until = parseLocalDate(recurrence.until);
  if (!from || !until) return 'BAD_DAY';
  if (recurrence.until < recurrence.from) return 'UNTIL_BEFORE_FROM';
  if (recurrence.weekdays.length === 0) return 'BAD_WEEKDAY';
  if (recurrence.weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) return 'BAD_WEEKDAY';
  if (recurrence.times.length === 0 || recurrence.times.some((t) => !TIME.test(t))) {
    return 'BAD_TIME';
  }
  return null;
}

/**
 * The instants of a recurrence on the wall clock of `timeZone` (Paris unless told),
 * soonest first, duplicates removed. Stops after `max` + 1 dates so a caller can tell
 * "too many" without expanding years of dates.
 */
export function expandRecurrence(
  recurrence: Recurrence,
  max: number,
  timeZone = PARIS_TIME_ZONE,
): Date[] {
  if (recurrenceProblem(recurrence)) throw new Error('invalid recurrence');
  const from = parseLocalDate(recurrence.from)!;
  const weekdays = new Set(recurrence.weekdays);
  const times = [...new Set(recurrence.times)].sort().map((t) => t.split(':').map(Number));
  const dates: Date[] = [];
  for (let day = from; isoDate(day) <= recurrence.until; day = addDays(day, 1)) {
    if (!weekdays.has(isoWeekday(day))) continue;
    for (const instant of instantsOfDay(day, times, timeZone)) {
      dates.push(instant);
      if (dates.length > max) return dates;
    }
  }
  return dates;
}

/**
 * A day's times as instants, soonest first. A time the clock skips when summer time starts
 * (02:30 on the last Sunday of March in Paris) comes an hour later, so it may fall on, or
 * after, another asked time of that day: sorted again, and a repeat dropped.
 */
function instantsOfDay(day: LocalDate, times: number[][], timeZone: string): Date[] {
  const instants = times
    .map(([hour, minute]) => zonedTime(day, hour!, minute!, timeZone))
    .sort((a, b) => a.getTime() - b.getTime());
  return instants.filter((d, i) => i === 0 || d.getTime() !== instants[i - 1]!.getTime());
}

function isoWeekday(date: LocalDate): number {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}
