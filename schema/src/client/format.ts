const eurosWithCents = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const wholeEuros = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});

/**
 * Integer cents as French euros: `50000` → `500 €`, `1250` → `12,50 €`
 * (cents are shown only when there are some).
 */
export function formatEuros(cents: number): string {
  if (!Number.isInteger(cents)) throw new RangeError(`Amounts are integer cents, got ${cents}`);
  return cents % 100 === 0 ? wholeEuros.format(cents / 100) : eurosWithCents.format(cents / 100);
}

/**
 * A date (ISO 8601 string or Date) as a long French date, e.g. `1 mars 2027`,
 * in the given time zone (the browser's by default).
 */
export function formatDate(value: string | Date, timeZone?: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(value)}`);
  return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone }).format(date);
}
