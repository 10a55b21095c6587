/**
 * Calendar days and wall-clock times typed in forms (`YYYY-MM-DD`, datetime-local
 * `YYYY-MM-DDTHH:mm`) are read in a time zone (Paris unless told otherwise); the
 * API speaks UTC instants (ISO 8601).
 */

/** Where dates are lived unless a venue or a department says otherwise. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** A calendar day, month 1-12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day `YYYY-MM-DD` (rejects 2026-02-30), else null. */
export function parseDay(value: string): CalendarDay | null {
  const match = DAY_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return { year, month, day };
}

/** Milliseconds the wall clock of `timeZone` is ahead of UTC at `instant`. */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The UTC instant at which the wall clock of `timeZone` shows that day and time. */
export function zonedTimeToUtc(
  day: CalendarDay,
  time: { hour: number; minute: number; second?: number; ms?: number },
  timeZone: string,
): Date {
  const wall = Date.UTC(
    day.year,
    day.month - 1,
    day.day,
    time.hour,
    time.minute,
    time.second ?? 0,
    time.ms ?? 0,
  );
  // Two passes settle the offset on either side of a daylight-saving change.
  let guess = wall - zoneOffsetMs(wall, timeZone);
  guess = wall - zoneOffsetMs(guess, timeZone);
  return new Date(guess);
}

/** Start (00:00) or end (23:59:59.999) of a day in `timeZone` as a UTC ISO string; null if not a day. */
export function dayBoundary(
  value: string,
  edge: 'start' | 'end',
  timeZone = DEFAULT_TIME_ZONE,
): string | null {
  const day = parseDay(value);
  if (!day) return null;
  const time =
    edge === 'start' ? { hour: 0, minute: 0 } : { hour: 23, minute: 59, second: 59, ms: 999 };
  return zonedTimeToUtc(day, time, timeZone).toISOString();
}

/** Today's day in `timeZone`, as `YYYY-MM-DD`. */
export function todayIn(timeZone = DEFAULT_TIME_ZONE, now: Date = new Date()): string {
  return wallClock(now, timeZone).slice(0, 10);
}

/** `instant` as the wall clock of `timeZone` shows it: `YYYY-MM-DDTHH:mm`. */
function wallClock(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** An ISO instant as a datetime-local value on the wall clock of `timeZone`. */
export function toLocalInput(iso: string, timeZone = DEFAULT_TIME_ZONE): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${iso}`);
  return wallClock(date, timeZone);
}

const LOCAL_INPUT_PATTERN =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?$/;

/** A datetime-local value read on the wall clock of `timeZone`, as an ISO instant; null when empty or invalid. */
export function fromLocalInput(value: string, timeZone = DEFAULT_TIME_ZONE): string | null {
  const match = LOCAL_INPUT_PATTERN.exec(value);
  const day = match ? parseDay(match[1]!) : null;
  if (!match || !day) return null;
  return zonedTimeToUtc(
    day,
    { hour: Number(match[2]), minute: Number(match[3]) },
    timeZone,
  ).toISOString();
}
