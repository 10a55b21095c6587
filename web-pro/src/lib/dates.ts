/** `<input type="datetime-local">` values are the browser's wall clock; the api speaks ISO. */

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as a datetime-local value, on the browser's clock. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value as an ISO instant, or null when empty or invalid. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** `20:30, 15:00` → `['20:30', '15:00']`, or null if one is not a time. */
export function parseTimes(text: string): string[] | null {
  const times = text
    .split(/[,;\s]+/)
    .map((t) =>
      t
        .trim()
        .replace('h', ':')
        .replace(/^(\d):/, '0$1:'),
    )
    .filter(Boolean);
  if (times.length === 0) return null;
  return times.every((t) => /^([01]\d|2[0-3]):[0-5]\d$/.test(t)) ? times : null;
}

export const WEEKDAYS = [
  [1, 'Lundi'],
  [2, 'Mardi'],
  [3, 'Mercredi'],
  [4, 'Jeudi'],
  [5, 'Vendredi'],
  [6, 'Samedi'],
  [7, 'Dimanche'],
] as const;
