/** Display helpers for the back office (French formats). */
export { formatDate, formatEuros } from '@passculture/schema/client';

const integer = new Intl.NumberFormat('fr-FR');

export function formatCount(value: number): string {
  return integer.format(value);
}

const dateTime = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

/** « 26 novembre 2026 à 13:05 », Paris time. */
export function formatDateTime(value: string | Date): string {
  return dateTime.format(new Date(value));
}
