import { formatEuros } from '@passculture/schema/client';

/** Dates are stored in UTC and shown as they are lived in mainland France. */
export const PARIS = 'Europe/Paris';

/** Straight-line distance as the app says it: `à 850 m`, `à 1,2 km`, `à 12 km`. */
export function formatDistance(meters: number): string {
  if (!Number.isFinite(meters) || meters < 0) throw new RangeError(`Invalid distance: ${meters}`);
  if (meters < 1000) {
    // Below 100 m, say "à moins de 100 m": positions are not that precise.
    if (meters < 100) return 'à moins de 100 m';
    return `à ${Math.round(meters / 10) * 10} m`;
  }
  const km = meters / 1000;
  const digits = km < 10 ? 1 : 0;
  const text = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits }).format(
    Number(km.toFixed(digits)),
  );
  return `à ${text} km`;
}

/** A price: `Gratuit` for 0, else French euros (`12,50 €`). */
export function formatPrice(cents: number): string {
  return cents === 0 ? 'Gratuit' : formatEuros(cents);
}

/** The price line of an offer card: `Gratuit`, `12 €`, or `Dès 8 €` when prices differ. */
export function priceFrom(prices: readonly number[]): string | null {
  if (prices.length === 0) return null;
  const min = Math.min(...prices);
  const max = Math.max(...prices);
  if (min === max) return formatPrice(min);
  return min === 0 ? 'Gratuit ou payant' : `Dès ${formatEuros(min)}`;
}

function toDate(value: string | Date): Date {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(value)}`);
  return date;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = timeZone + JSON.stringify(options);
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('fr-FR', { timeZone, ...options });
    dayFormats.set(key, format);
  }
  return format;
}

/** `mardi 1 décembre 2026` in Paris time. */
export function formatDay(value: string | Date, timeZone = PARIS): string {
  return formatter(timeZone, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(toDate(value));
}

/** `20 h 30` (or `20 h`) in Paris time, with no-break spaces so it never splits. */
export function formatTime(value: string | Date, timeZone = PARIS): string {
  const parts = formatter(timeZone, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(toDate(value));
  const hour = Number(parts.find((part) => part.type === 'hour')?.value ?? '0');
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '00';
  return minute === '00' ? `${hour}\u00a0h` : `${hour}\u00a0h\u00a0${minute}`;
}

/** `mardi 1 décembre 2026 à 20 h 30` in Paris time. */
export function formatDateTime(value: string | Date, timeZone = PARIS): string {
  return `${formatDay(value, timeZone)} à ${formatTime(value, timeZone)}`;
}

/** Short form for cards: `mar. 1 déc. à 20 h 30`. */
export function formatShortDateTime(value: string | Date, timeZone = PARIS): string {
  const day = formatter(timeZone, { weekday: 'short', day: 'numeric', month: 'short' }).format(
    toDate(value),
  );
  return `${day} à ${formatTime(value, timeZone)}`;
}

/** Places left, when it is worth saying: `Plus que 3 places`, `45 places restantes`. */
export function formatRemaining(remaining: number | null): string | null {
  if (remaining === null) return null;
  if (remaining <= 0) return 'Complet';
  if (remaining === 1) return "Plus qu'une place";
  if (remaining <= 10) return `Plus que ${remaining} places`;
  return `${remaining} places restantes`;
}

/** `1 place` / `2 places`. */
export function formatPlaces(quantity: number): string {
  return quantity > 1 ? `${quantity} places` : `${quantity} place`;
}

/** `moteur, visuel et auditif`. */
export function joinFrench(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}
