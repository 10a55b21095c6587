import type { SqlClient } from '../../db/sql.js';
import type { SelectionDraft } from './selection.rules.js';

export interface SelectionRow {
  id: number;
  title: string;
  text: string | null;
  kind: 'LIST' | 'RULE';
  offerIds: number[];
  ruleCategoryId: string | null;
  ruleDepartmentCode: string | null;
  ruleBeginsFrom: Date | null;
  ruleBeginsUntil: Date | null;
  departmentCodes: string[];
  publishedFrom: Date;
  publishedUntil: Date | null;
  position: number;
  ruleOfferIds: number[];
  updatedAt: Date;
}

const COLUMNS = `id, title, text, kind, offer_ids as "offerIds", rule_category_id as "ruleCategoryId",
  rule_department_code as "ruleDepartmentCode", rule_begins_from as "ruleBeginsFrom",
  rule_begins_until as "ruleBeginsUntil", department_codes as "departmentCodes",
  published_from as "publishedFrom", published_until as "publishedUntil", position,
  rule_offer_ids as "ruleOfferIds", updated_at as "updatedAt"`;

const DATES = [
  'ruleBeginsFrom',
  'ruleBeginsUntil',
  'publishedFrom',
  'publishedUntil',
  'updatedAt',
] as const;

function withDates(row: SelectionRow): SelectionRow {
  const copy = { ...row } as Record<string, unknown>;
  for (const key of DATES) {
    const value = copy[key] as Date | string | null;
    copy[key] = value === null || value instanceof Date ? value : new Date(value);
  }
  return copy as unknown as SelectionRow;
}

/** Selections published now for young people of this department (or all France), in home order. */
export async function publishedSelections(
  db: SqlClient,
  departmentCode: string | null,
  now: Date,
): Promise<SelectionRow[]> {
  const rows = await db.query<SelectionRow>(
    `select ${COLUMNS} from editorial_selection
      where published_from <= $1 and (published_until is null or published_until > $1)
        and (cardinality(department_codes) = 0 or $2::text = any(department_codes))
      order by position, id
      limit 20`,
    [now, departmentCode],
    { prepare: true },
  );
  return rows.map(withDates);
}

/** Every selection, for the back office: in home order. */
export async function allSelections(db: SqlClient): Promise<SelectionRow[]> {
  const rows = await db.query<SelectionRow>(
    `select ${COLUMNS} from editorial_selection order by position, id`,
  );
  return rows.map(withDates);
}

const VALUES = (d: SelectionDraft) => [
  d.title.trim(),
  d.text?.trim() || null,
  d.kind,
  d.kind === 'LIST' ? d.offerIds : [],
  d.kind === 'RULE' ? d.ruleCategoryId : null,
  d.kind === 'RULE' ? d.ruleDepartmentCode : null,
  d.kind === 'RULE' ? d.ruleBeginsFrom : null,
  d.kind === 'RULE' ? d.ruleBeginsUntil : null,
  d.departmentCodes,
  d.publishedFrom,
  d.publishedUntil,
  d.position,
];

export async function insertSelection(db: SqlClient, d: SelectionDraft): Promise<SelectionRow> {
  const [row] = await db.query<SelectionRow>(
    `insert into editorial_selection (title, text, kind, offer_ids, rule_category_id, rule_department_code,
       rule_begins_from, rule_begins_until, department_codes, published_from, published_until, position)
     values ($1, $2, $3, $4::int[], $5, $6, $7, $8, $9::text[], $10, $11, $12)
     returning ${COLUMNS}`,
    VALUES(d),
  );
  return withDates(row!);
}

export async function updateSelection(
  db: SqlClient,
  id: number,
  d: SelectionDraft,
): Promise<SelectionRow | null> {
  const [row] = await db.query<SelectionRow>(
    `update editorial_selection set title = $1, text = $2, kind = $3, offer_ids = $4::int[],
       rule_category_id = $5, rule_department_code = $6, rule_begins_from = $7, rule_begins_until = $8,
       department_codes = $9::text[], published_from = $10, published_until = $11, position = $12,
       updated_at = now()
     where id = $13
     returning ${COLUMNS}`,
    [...VALUES(d), id],
  );
  return row ? withDates(row) : null;
}

/** The selection as it stands, locked until the transaction ends (what an audit entry compares). */
export async function selectionForUpdate(db: SqlClient, id: number): Promise<SelectionRow | null> {
  const [row] = await db.query<SelectionRow>(
    `select ${COLUMNS} from editorial_selection where id = $1 for update`,
    [id],
  );
  return row ? withDates(row) : null;
}

/** Deletes a selection; the deleted row, or null when there was none. */
export async function deleteSelection(db: SqlClient, id: number): Promise<SelectionRow | null> {
  const [row] = await db.query<SelectionRow>(
    `delete from editorial_selection where id = $1 returning ${COLUMNS}`,
    [id],
  );
  return row ? withDates(row) : null;
}

/**
 * Every selection's id, every row locked until the transaction ends: reorders (and the
 * saves that run inside one) take their turn, so two never interleave their positions.
 */
export async function lockAllSelections(db: SqlClient): Promise<number[]> {
  const rows = await db.query<{ id: number }>(
    'select id from editorial_selection order by id for update',
  );
  return rows.map((r) => r.id);
}

/** Positions 0, 1, 2… in the order of `ids` (every selection's), in one statement. */
export async function rewritePositions(db: SqlClient, ids: readonly number[]): Promise<void> {
  await db.query(
    `update editorial_selection e set position = x.ord - 1, updated_at = now()
       from unnest($1::int[]) with ordinality as x(id, ord)
      where e.id = x.id and e.position is distinct from x.ord - 1`,
    [[...ids]],
  );
}

/** Rule selections still to be shown (published now or later), for the jobs that resolve them. */
export async function liveRuleSelections(db: SqlClient, now: Date): Promise<SelectionRow[]> {
  const rows = await db.query<SelectionRow>(
    `select ${COLUMNS} from editorial_selection
      where kind = 'RULE' and (published_until is null or published_until > $1)
      order by id`,
    [now],
  );
  return rows.map(withDates);
}

export async function storeRuleOffers(
  db: SqlClient,
  id: number,
  offerIds: number[],
  resolvedAt: Date,
): Promise<void> {
  await db.query(
    'update editorial_selection set rule_offer_ids = $2::int[], rule_resolved_at = $3 where id = $1',
    [id, offerIds, resolvedAt],
  );
}
