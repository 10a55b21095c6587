/**
 * Helpers for the seeds' data files (seeds/data/*.json, imported as JSON modules so the
 * build copies them next to the code that reads them).
 */

/** A table in a data file: column names once, then one array of values per row. */
export interface DataTable {
  columns: readonly string[];
  rows: ReadonlyArray<readonly unknown[]>;
}

/** The rows of a data table as objects keyed by column name. */
export function rowsOf<T>(table: DataTable): T[] {
  return table.rows.map((row) => {
    if (row.length !== table.columns.length) {
      throw new Error(`Seed data: row ${JSON.stringify(row)} does not match its columns`);
    }
    return Object.fromEntries(table.columns.map((column, i) => [column, row[i]])) as T;
  });
}

/** Items grouped by a key, in the order they come. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Record<string, T[]> {
  const groups: Record<string, T[]> = {};
  for (const item of items) (groups[keyOf(item)] ??= []).push(item);
  return groups;
}

/** A two-item list from a data file (a [min, max] range, a [title, author] pair), checked. */
export function pairOf<T>(items: readonly T[]): readonly [T, T] {
  const [first, second] = items;
  if (items.length !== 2 || first === undefined || second === undefined) {
    throw new Error(`Seed data: expected a pair, got ${JSON.stringify(items)}`);
  }
  return [first, second];
}

/** A record whose values are each checked to be pairs. */
export function pairsByKey<K extends string, T>(
  record: Readonly<Record<K, readonly T[]>>,
): Readonly<Record<K, readonly [T, T]>> {
  return Object.fromEntries(
    Object.entries<readonly T[]>(record).map(([key, items]) => [key, pairOf(items)]),
  ) as Record<K, readonly [T, T]>;
}
