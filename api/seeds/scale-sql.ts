/**
 * Bulk writing for the national-scale seed: one `insert … select … from
 * unnest($1::int[], $2::text[], …)` statement per batch of rows, ids taken from
 * the tables' own sequences ahead of time, a pipeline that builds the next
 * batch while the database writes the previous one, and a progress bar.
 */
import type pg from 'pg';

export type Queryable = Pick<pg.ClientBase, 'query'>;

/**
 * A column of an insert: `[name, sqlType]` is read from the rows and inserted
 * as it is; `[name, sqlType, expression]` inserts the SQL expression instead
 * (it may read any field as `r.name`); `[name, sqlType, null]` is only read.
 */
export type Field = readonly [name: string, sqlType: string, expression?: string | null];

export interface InsertSpec {
  table: string;
  fields: readonly Field[];
  /** Columns computed from the fields only: `[column, expression]`. */
  computed?: ReadonlyArray<readonly [column: string, expression: string]>;
}

/** Times travel as epoch seconds (float8 arrays are cheap to send). */
export const fromEpoch = (field: string) => `to_timestamp(r.${field})`;

function insertSql(spec: InsertSpec): string {
  const targets: string[] = [];
  const values: string[] = [];
  for (const [name, , expression] of spec.fields) {
    if (expression === null) continue;
    targets.push(`"${name}"`);
    values.push(expression ?? `r.${name}`);
  }
  for (const [column, expression] of spec.computed ?? []) {
    targets.push(`"${column}"`);
    values.push(expression);
  }
  const inputs = spec.fields.map(([, sqlType], i) => `$${i + 1}::${sqlType}[]`);
  const aliases = spec.fields.map(([name]) => name);
  return (
    `insert into "${spec.table}" (${targets.join(', ')}) ` +
    `select ${values.join(', ')} from unnest(${inputs.join(', ')}) as r(${aliases.join(', ')})`
  );
}

/** Inserts the rows in one statement: each field travels as one array parameter. */
export async function insertRows<T extends object>(
  db: Queryable,
  spec: InsertSpec,
  rows: readonly T[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = spec.fields.map(([name]) =>
    rows.map((row) => (row as Record<string, unknown>)[name] ?? null),
  );
  await db.query(insertSql(spec), columns);
}

/** Ids taken ahead from a table's sequence, handed out one by one. */
export class IdPool {
  private ids: number[] = [];
  private next = 0;

  constructor(
    private readonly db: Queryable,
    private readonly table: string,
    private readonly chunk: number,
  ) {}

  /** Makes sure `count` ids can be taken without waiting. */
  async reserve(count: number): Promise<void> {
    const available = this.ids.length - this.next;
    if (available >= count) return;
    const wanted = Math.max(count - available, this.chunk);
    const { rows } = await this.db.query<{ ids: number[] }>(
      `select array(select nextval(pg_get_serial_sequence($1, 'id'))::int
                      from generate_series(1, $2)) as ids`,
      [this.table, wanted],
    );
    this.ids = [...this.ids.slice(this.next), ...(rows[0]?.ids ?? [])];
    this.next = 0;
  }

  take(): number {
    const id = this.ids[this.next++];
    if (id === undefined) throw new Error(`Scale seed: no id reserved for ${this.table}`);
    return id;
  }
}

/**
 * Runs one database task at a time while the caller prepares the next one.
 * On one connection the database works while Node builds rows: two cores busy.
 */
export class Pipeline {
  private pending: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  /** Waits for the previous task, then starts this one without waiting for it. */
  async push(task: () => Promise<void>): Promise<void> {
    await this.drain();
    this.pending = task().catch((error: unknown) => {
      this.failure = error;
    });
  }

  async drain(): Promise<void> {
    await this.pending;
    if (this.failure !== null) {
      const failure = this.failure;
      this.failure = null;
      throw failure;
    }
  }
}

/** `[#####.....] 45% offers 450000/1000000  12.3 s` on stderr. */
export class Progress {
  private readonly startedAt = performance.now();
  private readonly interactive = process.stderr.isTTY === true;
  private lastLine = '';

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly quiet = false,
  ) {}

  update(done: number): void {
    if (this.quiet) return;
    const ratio = this.total === 0 ? 1 : Math.min(1, done / this.total);
    const filled = Math.floor(ratio * 10);
    const line =
      `[${'#'.repeat(filled)}${'.'.repeat(10 - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}% ` +
      `${this.label} ${done}/${this.total}  ${this.seconds().toFixed(1)} s`;
    if (line === this.lastLine) return;
    this.lastLine = line;
    process.stderr.write(this.interactive ? `\r${line}` : `${line}\n`);
  }

  finish(): number {
    if (!this.quiet && this.interactive) process.stderr.write('\n');
    return this.seconds();
  }

  seconds(): number {
    return (performance.now() - this.startedAt) / 1000;
  }
}
