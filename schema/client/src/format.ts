/**
 * How the three apps write money, counts, dates, times and plurals in French.
 * Money is integer euro cents. Dates and times are instants (ISO 8601 strings or
 * `Date`s) shown on the wall clock of a time zone: Paris unless a venue or a
 * department says otherwise (`timeZone` argument), never the browser's.
 */
import { DEFAULT_TIME_ZONE } from './calendar';

const NBSP = '\u00a0';

const eurosWithCents = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const wholeEuros = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});
const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

function assertCents(cents: number): void {
  if (!Number.isInteger(cents)) throw new RangeError(`Amounts are integer cents, got ${cents}`);
}

/**
 * Integer cents as French euros: `50000` → `500 €`, `1250` → `12,50 €`
 * (cents are shown only when there are some).
 */
export function formatEuros(cents: number): string {
  assertCents(cents);
  return cents % 100 === 0 ? wholeEuros.format(cents / 100) : eurosWithCents.format(cents / 100);
}

/** A price: `Gratuit` for 0, else French euros (`12,50 €`). */
export function formatPrice(cents: number): string {
  assertCents(cents);
  return cents === 0 ? 'Gratuit' : formatEuros(cents);
}

/** A price typed in euros (`12,50`, `7.5`, `1 000`) as integer cents; null if not a price. */
export function parseEuros(text: string): number | null {
  const normalized = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return null;
  return Math.round(Number(normalized) * 100);
}

/** Cents as a price to edit in a form: `1250` → `12,50`, `1000` → `10`. */
export function centsToInput(cents: number): string {
  assertCents(cents);
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2).replace('.', ',');
}

/** A count with French digit grouping: `12345` → `12 345`. */
export function formatCount(value: number): string {
  return integer.format(value);
}

/**
 * A count and its noun, by the French plural rules (`Intl.PluralRules`: 0 and 1
 * take the singular): `0 place`, `1 place`, `2 places`, `1 234 réservations`.
 * The plural defaults to the singular plus `s`.
 */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${pluralWord(count, singular, pluralForm)}`;
}

const frenchPlurals = new Intl.PluralRules('fr-FR');

/**
 * The form of a word (or words) that agrees with `count`, by the French rules of
 * Intl.PluralRules: 0 and 1 take the singular (`peut`, `en attente`), 2 and more the plural.
 */
export function pluralWord(count: number, singular: string, pluralForm = `${singular}s`): string {
  return frenchPlurals.select(count) === 'one' ? singular : pluralForm;
}

/**
 * `de` before a name, elided before a vowel: `de Camille`, `d'Inès`, `d'Yanis`
 * (« la demande d'Inès »). A name starting with h keeps `de`: it is often aspirated.
 */
export function ofName(name: string): string {
  return /^[aeiouyàâäéèêëîïôöùûüœæ]/i.test(name.trim()) ? `d'${name}` : `de ${name}`;
}

/** `moteur, visuel et auditif`. */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

function toDate(value: string | Date): Date {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(value)}`);
  return date;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = timeZone + JSON.stringify(options);
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('fr-FR', { timeZone, ...options });
    formatters.set(key, format);
  }
  return format;
}

const LONG_DATE = { day: 'numeric', month: 'long', year: 'numeric' } as const;

/** French writes the first day of a month as an ordinal: `1er décembre`, `2 décembre`. */
function firstAsOrdinal(day: string): string {
  return day === '1' ? '1er' : day;
}

/** A date in words, its first day of the month as `1er`. */
function wordsDate(timeZone: string, options: Intl.DateTimeFormatOptions, date: Date): string {
  return formatter(timeZone, options)
    .formatToParts(date)
    .map((part) => (part.type === 'day' ? firstAsOrdinal(part.value) : part.value))
    .join('');
}

/** `1er décembre 2026`, `2 décembre 2026`. */
export function formatDate(value: string | Date, timeZone = DEFAULT_TIME_ZONE): string {
  return wordsDate(timeZone, LONG_DATE, toDate(value));
}

/** `mardi 1er décembre 2026`. */
export function formatDay(value: string | Date, timeZone = DEFAULT_TIME_ZONE): string {
  return wordsDate(timeZone, { weekday: 'long', ...LONG_DATE }, toDate(value));
}

/** `01/12/2026`. */
export function formatNumericDate(value: string | Date, timeZone = DEFAULT_TIME_ZONE): string {
  return formatter(timeZone, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    toDate(value),
  );
}

/** `20 h 30` (or `20 h`), French style, with no-break spaces so it never splits. */
export function formatTime(value: string | Date, timeZone = DEFAULT_TIME_ZONE): string {
  const parts = formatter(timeZone, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(toDate(value));
  const hour = Number(parts.find((part) => part.type === 'hour')?.value ?? '0');
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '00';
  return minute === '00' ? `${hour}${NBSP}h` : `${hour}${NBSP}h${NBSP}${minute}`;
}

/** `mardi 1er décembre 2026 à 20 h 30`. */
export function formatDateTime(value: string | Date, timeZone = DEFAULT_TIME_ZONE): string {
  return `${formatDay(value, timeZone)} à ${formatTime(value, timeZone)}`;
}

/** For cards, where the year goes without saying: `mar. 1er déc. à 20 h 30`. */
export function formatShortDateTime(value: string | Date, timeZone = DEFAULT_TIME_ZONE): string {
  const day = wordsDate(
    timeZone,
    { weekday: 'short', day: 'numeric', month: 'short' },
    toDate(value),
  );
  return `${day} à ${formatTime(value, timeZone)}`;
}

/** For tables: `01/12/2026 à 20 h 30`. */
export function formatNumericDateTime(value: string | Date, timeZone = DEFAULT_TIME_ZONE): string {
  return `${formatNumericDate(value, timeZone)} à ${formatTime(value, timeZone)}`;
}

/**
 * A span of days, said as short as it stays clear: `le 1er décembre 2026`,
 * `du 1er au 3 décembre 2026`, `du 28 novembre au 3 décembre 2026`,
 * `du 28 décembre 2026 au 3 janvier 2027`.
 */
export function formatDateRange(
  from: string | Date,
  to: string | Date,
  timeZone = DEFAULT_TIME_ZONE,
): string {
  const [start, end] = [toDate(from), toDate(to)];
  if (end.getTime() < start.getTime()) {
    throw new RangeError(`Range ends before it starts: ${String(from)} → ${String(to)}`);
  }
  const parts = (date: Date) => {
    const all = formatter(timeZone, LONG_DATE).formatToParts(date);
    const get = (type: string) => all.find((part) => part.type === type)?.value ?? '';
    return { day: firstAsOrdinal(get('day')), month: get('month'), year: get('year') };
  };
  const [a, b] = [parts(start), parts(end)];
  if (a.year !== b.year) return `du ${formatDate(start, timeZone)} au ${formatDate(end, timeZone)}`;
  if (a.month !== b.month) return `du ${a.day} ${a.month} au ${b.day} ${b.month} ${b.year}`;
  if (a.day !== b.day) return `du ${a.day} au ${b.day} ${b.month} ${b.year}`;
  return `le ${formatDate(start, timeZone)}`;
}

/** A duration in minutes as people say it: « 45 min », « 1 h », « 1 h 50 ». */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest}${NBSP}min`;
  return rest === 0
    ? `${hours}${NBSP}h`
    : `${hours}${NBSP}h${NBSP}${String(rest).padStart(2, '0')}`;
}
