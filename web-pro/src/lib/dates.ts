/** Recurrences typed by pros: times of day and weekdays. */

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
