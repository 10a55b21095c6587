import type { SqlClient } from '../../db/sql.js';

/** When the uptake rollups were last recomputed. */
export async function uptakeRefreshedAt(sql: SqlClient): Promise<Date> {
  const [row] = await sql.query<{ refreshed_at: Date }>(
    'select refreshed_at from insights_refresh where id = 1',
  );
  return new Date(row!.refreshed_at);
}

export interface UptakeDashboardRow {
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
}

/**
 * Everything the dashboard shows, in one statement on the rollups: per department, the
 * national totals (or the department's), per category and per week, on one side
 * (the beneficiary's department or the venue's), within a period, maybe one category.
 */
export async function uptakeDashboardRow(
  db: SqlClient,
  facts: {
    side: 'BENEFICIARY' | 'VENUE';
    from: string | null;
    to: string | null;
    departmentCode: string | null;
    categoryId: string | null;
  },
): Promise<UptakeDashboardRow> {
  const category = facts.categoryId;
  const department = facts.departmentCode;
  // The narrowest rollup that answers each part.
  const byDepartmentSource = category
    ? `uptake_bookings_weekly where category_id = $5 and`
    : `uptake_bookings_department_weekly where $5::text is null and`;
  const byCategorySource = department
    ? `uptake_bookings_weekly where department_code = $4 and`
    : `uptake_bookings_category_weekly where`;
  const inPeriod = `($2::date is null or week >= date_trunc('week', $2::date)::date)
                and ($3::date is null or week <= $3::date)`;
  const [row] = await db.query<UptakeDashboardRow>(
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
        where activation_status in ('PRE_REGISTERED', 'REQUESTED') and email_confirmed_at is not null
        group by 1
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
    [facts.side, facts.from, facts.to, department, category],
  );
  return row!;
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
 * The subcategory → category mapping written, every rollup refreshed, and the time they
 * are as of recorded; `run` sends one statement without parameters.
 */
export async function refreshUptakeRollups(
  run: (sql: string) => Promise<unknown>,
  mapping: ReadonlyArray<readonly [subcategoryId: string, categoryId: string]>,
): Promise<void> {
  const values = mapping.map(([sub, cat]) => `(${sqlText(sub)}, ${sqlText(cat)})`);
  await run(
    `insert into subcategory_category (subcategory_id, category_id) values ${values.join(', ')}
     on conflict (subcategory_id) do update set category_id = excluded.category_id`,
  );
  const startedAt = new Date().toISOString();
  for (const view of ROLLUPS) await run(`refresh materialized view concurrently ${view}`);
  await run(`update insights_refresh set refreshed_at = '${startedAt}' where id = 1`);
}

export interface DepartmentUptakeRow {
  code: string;
  name: string;
  pre_registered: number;
  beneficiaries: number;
  granted_cents: string;
  spent_cents: string;
  bookings: number;
}

/**
 * Per department: pre-registered people (now, confirmed accounts only), credits granted and
 * bookings made in [from, to), by the person's department or the venue's.
 */
export async function departmentUptakeRows(
  db: SqlClient,
  {
    from,
    to,
    byVenueDepartment,
  }: { from: Date | null; to: Date | null; byVenueDepartment: boolean },
): Promise<DepartmentUptakeRow[]> {
  const bookingDepartment = byVenueDepartment ? 'v.department_code' : 'u.department_code';
  const rows = await db.query<DepartmentUptakeRow>(
    `with pre as (
       select department_code as code, count(*)::int as pre_registered
         from app_user where activation_status in ('PRE_REGISTERED', 'REQUESTED')
          and email_confirmed_at is not null
        group by 1
     ), granted as (
       select u.department_code as code, count(distinct d.user_id)::int as beneficiaries,
              sum(d.amount_cents) as granted_cents
         from deposit d join app_user u on u.id = d.user_id
        where ($1::timestamptz is null or d.created_at >= $1) and ($2::timestamptz is null or d.created_at < $2)
        group by 1
     ), spent as (
       select ${bookingDepartment} as code, count(*)::int as bookings, sum(b.amount_cents * b.quantity) as spent_cents
         from booking b
         join app_user u on u.id = b.user_id
         join offer o on o.id = b.offer_id
         join venue v on v.id = o.venue_id
        where b.status <> 'CANCELLED'
          and ($1::timestamptz is null or b.booked_at >= $1) and ($2::timestamptz is null or b.booked_at < $2)
        group by 1
     )
     select dep.code, dep.name, coalesce(pre.pre_registered, 0) as pre_registered,
            coalesce(granted.beneficiaries, 0) as beneficiaries, coalesce(granted.granted_cents, 0) as granted_cents,
            coalesce(spent.spent_cents, 0) as spent_cents, coalesce(spent.bookings, 0) as bookings
       from department dep
       left join pre on pre.code = dep.code
       left join granted on granted.code = dep.code
       left join spent on spent.code = dep.code
      order by dep.code`,
    [from, to],
  );
  return rows;
}

/** One department's (or France's) line of the `uptake_diversity` rollup. */
export interface DiversityRow {
  code: string;
  name: string;
  bookers: number;
  one_category: number;
  two_categories: number;
  three_or_more: number;
  category_sum: number;
}

/** The `uptake_diversity` rollup of a period, per department and in total (one department or France). */
export async function diversityFigures(
  db: SqlClient,
  period: string,
  departmentCode: string | null,
) {
  const [row] = await db.query<{
    as_of: Date;
    departments: DiversityRow[];
    totals: Omit<DiversityRow, 'code' | 'name'>;
  }>(
    `with per_department as (
       select d.code, d.name, coalesce(u.bookers, 0) as bookers, coalesce(u.one_category, 0) as one_category,
              coalesce(u.two_categories, 0) as two_categories, coalesce(u.three_or_more, 0) as three_or_more,
              coalesce(u.category_sum, 0) as category_sum
         from department d
         left join uptake_diversity u on u.department_code = d.code and u.period = $1
     )
     select (select refreshed_at from insights_refresh where id = 1) as as_of,
            (select json_agg(p order by p.code) from per_department p) as departments,
            (select json_build_object(
                'bookers', coalesce(sum(bookers), 0), 'one_category', coalesce(sum(one_category), 0),
                'two_categories', coalesce(sum(two_categories), 0), 'three_or_more', coalesce(sum(three_or_more), 0),
                'category_sum', coalesce(sum(category_sum), 0))
               from uptake_diversity where period = $1 and ($2::text is null or department_code = $2)) as totals`,
    [period, departmentCode],
  );
  return row!;
}
