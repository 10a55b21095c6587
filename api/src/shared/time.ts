/** Calendar helpers: instants are UTC `Date`s, local days are explicit. */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export const PARIS_TIME_ZONE = 'Europe/Paris';

/** A calendar day, month 1-12. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function zonedParts(instant: Date, timeZone: string): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return parts;
}

/** How far ahead of UTC the zone's wall clock is at `instant`, in ms. */
function zoneOffsetMs(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const wallClockAsUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wallClockAsUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The calendar day of `instant` in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const p = zonedParts(instant, timeZone);
  return { year: p.year!, month: p.month!, day: p.day! };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

/** The instant at which the wall clock of `timeZone` shows `date` `hour`:`minute`. */
export function zonedTime(date: LocalDate, hour: number, minute: number, timeZone: string): Date {
  const wallClockAsUtc = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  const firstGuess = wallClockAsUtc - zoneOffsetMs(new Date(wallClockAsUtc), timeZone);
  // Around a DST change the offset at the guess may differ: correct once.
  return new Date(wallClockAsUtc - zoneOffsetMs(new Date(firstGuess), timeZone));
}

export function isoDate(date: LocalDate): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** The birth date of someone who is `years` old and `extraDays` past that birthday on `today`. */
export function birthDateFor(today: LocalDate, years: number, extraDays: number): string {
  const birthday = { ...today, year: today.year - years };
  // 29 February in a non-leap year: the birthday is taken on 28 February.
  if (birthday.month === 2 && birthday.day === 29) birthday.day = 28;
  return isoDate(addDays(birthday, -extraDays));
}

/** `instant` plus a number of calendar months (UTC). */
export function addMonths(instant: Date, months: number): Date {
  const result = new Date(instant.getTime());
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

export function later(instant: Date, ms: number): Date {
  return new Date(instant.getTime() + ms);
}

export function minDate(...dates: Date[]): Date {
  return new Date(Math.min(...dates.map((d) => d.getTime())));
}

export function maxDate(...dates: Date[]): Date {
  return new Date(Math.max(...dates.map((d) => d.getTime())));
}
