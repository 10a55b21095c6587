/**
 * The driver hands timestamps back as text (MikroORM keeps them in UTC that way):
 * raw query rows go through these before any date arithmetic.
 */
export function toDate(value: Date | string): Date;
export function toDate(value: Date | string | null): Date | null;
export function toDate(value: Date | string | null): Date | null {
  if (value === null) return null;
  return value instanceof Date ? value : new Date(value);
}

/** Copies a row with the named fields turned into Dates. */
export function withDates<T extends object, K extends keyof T>(row: T, keys: readonly K[]): T {
  const copy = { ...row };
  for (const key of keys)
    (copy as Record<K, unknown>)[key] = toDate(row[key] as Date | string | null);
  return copy;
}
