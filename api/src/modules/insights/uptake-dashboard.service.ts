import { inExclusiveTransaction } from '../../jobs/exclusive.js';
import type { Database, SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { CATEGORIES, SUBCATEGORIES, findCategory } from '../catalog/categories.js';
import { parseCalendarDate } from '../identity/eligibility.js';

/**
 * The ministry dashboard reads materialised views (migration backoffice), refreshed by
 * the api's scheduler and on demand: no cost on the booking path, and the refresh time
 * is shown as "as of". Periods count whole weeks (Monday to Sunday, Paris time).
 */
export type UptakeSide = 'BENEFICIARY' | 'VENUE';

export interface DashboardRequest {
  /** First day of the period (YYYY-MM-DD), its week included; null: since the start. */
  from: string | null;
  /** Last day of the period (YYYY-MM-DD), its week included; null: until now. */
  to: string | null;
  categoryId: string | null;
  departmentCode: string | null;
  side: UptakeSide;
}

export interface UptakeFigures {
  bookings: number;
  spentCents: number;
  beneficiaries: number;
  grantedCents: number;
}

export interface DepartmentFigures extends UptakeFigures {
  code: string;
  name: string;
  isOpen: boolean;
  preRegistered: number;
}

export interface CategoryFigures {
  categoryId: string;
  label: string;
  bookings: number;
  spentCents: number;
}

export interface WeekFigures extends UptakeFigures {
  /** Monday of the week (YYYY-MM-DD). */
  week: string;
}

export interface UptakeDashboard {
  asOf: Date;
  totals: UptakeFigures & { preRegistered: number };
  departments: DepartmentFigures[];
  categories: CategoryFigures[];
  weeks: WeekFigures[];
}

function checkedDate(value: string | null, field: string): string | null {
  if (value === null) return null;
  if (!parseCalendarDate(value)) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'La date doit être au format AAAA-MM-JJ.', {
      fields: { [field]: 'La date doit être au format AAAA-MM-JJ.' },
    });
  }
  return value;
}

/** Everything the dashboard shows, in one statement on the rollups. */
export async function uptakeDashboard(
  db: SqlClient,
  request: DashboardRequest,
): Promise<UptakeDashboard> {
  const from = checkedDate(request.from, 'from');
  const to = checkedDate(request.to, 'to');
  if (from && to && from > to) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'Le début de la période doit précéder sa fin.', {
      fields: { from: 'Le début de la période doit précéder sa fin.' },
    });
  }
  if (request.categoryId && !findCategory(request.categoryId)) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'Cette catégorie est inconnue.');
  }
  const category = request.categoryId;
  const department = request.departmentCode;
  // The narrowest rollup that answers each part.
  const byDepartmentSource = category
    ? `uptake_bookings_weekly where category_id = $5 and`
    : `uptake_bookings_department_weekly where $5::text is null and`;
  const byCategorySource = department
    ? `uptake_bookings_weekly where department_code = $4 and`
    : `uptake_bookings_category_weekly where`;
  const inPeriod = `($2::date is null or week >= date_trunc('week', $2::date)::date)
                and ($3::date is null or week <= $3::date)`;
  const [row] = await db.query<{
    as_of: Date;
    departments: {
      code: string;
      name: string;
      is_open: boolean;
      pre_registered: number;
      bookings: number;
      spent_cents: number;
      beneficiaries: number;
      granted_cents: number;
    }[];
    national: {
      bookings: number;
      spent_cents: number;
      beneficiaries: number;
      granted_cents: number;
      pre_registered: number;
    };
    categories: { category_id: string; bookings: number; spent_cents: number }[] | null;
    weeks:
      | {
          week: string;
          bookings: number;
          spent_cents: number;
          beneficiaries: number;
          granted_cents: number;
        }[]
      | null;
  }>(
    `with booked as (
       select department_code, week, bookings, spent_cents from ${byDepartmentSource} side = $1 and ${inPeriod}
     ), booked_dep as (
       select department_code, sum(bookings)::bigint as bookings, sum(spent_cents)::bigint as spent_cents
         from booked group by 1
     ), granted as (
       select department_code, week, beneficiaries, granted_cents from uptake_deposits_weekly where ${inPeriod}
     ), granted_dep as (
       select department_code, sum(beneficiaries)::bigint as beneficiaries, sum(granted_cents)::bigint as granted_cents
         from granted group by 1
     ), waiting as (
       select department_code, count(*)::int as pre_registered from app_user
        where activation_status in ('PRE_REGISTERED', 'REQUESTED') group by 1
     ), per_department as (
       select d.code, d.name, d.is_open, coalesce(w.pre_registered, 0) as pre_registered,
              coalesce(b.bookings, 0) as bookings, coalesce(b.spent_cents, 0) as spent_cents,
              coalesce(g.beneficiaries, 0) as beneficiaries, coalesce(g.granted_cents, 0) as granted_cents
         from department d
         left join booked_dep b on b.department_code = d.code
         left join granted_dep g on g.department_code = d.code
         left join waiting w on w.department_code = d.code
     )
     select (select refreshed_at from insights_refresh where id = 1) as as_of,
            (select json_agg(p order by p.code) from per_department p) as departments,
            json_build_object(
              'bookings', (select coalesce(sum(bookings), 0) from booked_dep where $4::text is null or department_code = $4),
              'spent_cents', (select coalesce(sum(spent_cents), 0) from booked_dep where $4::text is null or department_code = $4),
              'beneficiaries', (select coalesce(sum(beneficiaries), 0) from granted_dep where $4::text is null or department_code = $4),
              'granted_cents', (select coalesce(sum(granted_cents), 0) from granted_dep where $4::text is null or department_code = $4),
              'pre_registered', (select coalesce(sum(pre_registered), 0) from waiting where $4::text is null or department_code = $4)
            ) as national,
            (select json_agg(c) from (
               select category_id, sum(bookings)::bigint as bookings, sum(spent_cents)::bigint as spent_cents
                 from ${byCategorySource} side = $1 and ${inPeriod} group by 1) c) as categories,
            (select json_agg(w order by w.week) from (
               select to_char(coalesce(b.week, g.week), 'YYYY-MM-DD') as week,
                      coalesce(b.bookings, 0) as bookings, coalesce(b.spent_cents, 0) as spent_cents,
                      coalesce(g.beneficiaries, 0) as beneficiaries, coalesce(g.granted_cents, 0) as granted_cents
                 from (select week, sum(bookings)::bigint as bookings, sum(spent_cents)::bigint as spent_cents
                         from booked where $4::text is null or department_code = $4 group by 1) b
                 full join (select week, sum(beneficiaries)::bigint as beneficiaries, sum(granted_cents)::bigint as granted_cents
                              from granted where $4::text is null or department_code = $4 group by 1) g
                   on g.week = b.week) w) as weeks`,
    [request.side, from, to, department, category],
  );
  const national = row!.national;
  const categoryRows = new Map((row!.categories ?? []).map((c) => [c.category_id, c]));
  return {
    asOf: new Date(row!.as_of),
    totals: {
      bookings: Number(national.bookings),
      spentCents: Number(national.spent_cents),
      beneficiaries: Number(national.beneficiaries),
      grantedCents: Number(national.granted_cents),
      preRegistered: Number(national.pre_registered),
    },
    departments: row!.departments.map((d) => ({
      code: d.code,
      name: d.name,
      isOpen: d.is_open,
      preRegistered: d.pre_registered,
      bookings: Number(d.bookings),
      spentCents: Number(d.spent_cents),
      beneficiaries: Number(d.beneficiaries),
      grantedCents: Number(d.granted_cents),
    })),
    categories: CATEGORIES.filter((c) => !category || c.id === category).map((c) => ({
      categoryId: c.id,
      label: c.label,
      bookings: Number(categoryRows.get(c.id)?.bookings ?? 0),
      spentCents: Number(categoryRows.get(c.id)?.spent_cents ?? 0),
    })),
    weeks: (row!.weeks ?? []).map((w) => ({
      week: w.week,
      bookings: Number(w.bookings),
      spentCents: Number(w.spent_cents),
      beneficiaries: Number(w.beneficiaries),
      grantedCents: Number(w.granted_cents),
    })),
  };
}

const ROLLUPS = [
  'uptake_bookings_weekly',
  // These two read the first one: refreshed after it.
  'uptake_bookings_department_weekly',
  'uptake_bookings_category_weekly',
  'uptake_deposits_weekly',
  'uptake_diversity',
] as const;

const sqlText = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * Recomputes the rollups from the bookings and deposits (readers keep the previous
 * figures meanwhile: CONCURRENTLY) and records the time they are as of. `run` sends
 * one statement without parameters (a pg pool or an entity manager both fit).
 */
export async function refreshUptake(run: (sql: string) => Promise<unknown>): Promise<void> {
  const mapping = SUBCATEGORIES.map((s) => `(${sqlText(s.id)}, ${sqlText(s.categoryId)})`);
  await run(
    `insert into subcategory_category (subcategory_id, category_id) values ${mapping.join(', ')}
     on conflict (subcategory_id) do update set category_id = excluded.category_id`,
  );
  const startedAt = new Date().toISOString();
  for (const view of ROLLUPS) await run(`refresh materialized view concurrently ${view}`);
  await run(`update insights_refresh set refreshed_at = '${startedAt}' where id = 1`);
}

/**
 * The scheduler's refresh: one api instance at a time (the others skip this round),
 * in one transaction so the advisory lock lives exactly as long as the refresh.
 */
export async function refreshUptakeOnce(db: Database): Promise<boolean> {
  const refreshed = await inExclusiveTransaction(db, 'passculture:uptake-refresh', async (tx) => {
    await refreshUptake((sql) => tx.query(sql));
    return true;
  });
  return refreshed ?? false;
}
