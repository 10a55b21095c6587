import type { SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { departmentName } from '../territory/departments.js';

/**
 * Diversity of cultural practice, the pass Culture's public-policy goal: of the young people
 * who booked in a period, how many booked in 1, 2, 3 or more categories, and the average
 * number of distinct categories each. Read from the `uptake_diversity` rollup (refreshed with
 * the other uptake rollups), one statement: the dashboard's budget holds at any scale.
 * Counted where the young person lives.
 */
export type DiversityPeriod = 'ALL' | 'WEEKS_12' | 'WEEKS_52';
export const DIVERSITY_PERIODS: readonly DiversityPeriod[] = ['ALL', 'WEEKS_12', 'WEEKS_52'];

export interface DiversityFigures {
  /** Young people with at least one booking (not cancelled) in the period. */
  bookers: number;
  oneCategory: number;
  twoCategories: number;
  threeOrMore: number;
  /** Sum over bookers of their distinct categories. */
  categorySum: number;
}

export interface DepartmentDiversity extends DiversityFigures {
  code: string;
  name: string;
}

export interface DiversityDashboard {
  asOf: Date;
  period: DiversityPeriod;
  /** France, or the department asked for. */
  totals: DiversityFigures;
  departments: DepartmentDiversity[];
}

interface Row {
  code: string;
  name: string;
  bookers: number;
  one_category: number;
  two_categories: number;
  three_or_more: number;
  category_sum: number;
}

const figures = (r: Omit<Row, 'code' | 'name'>): DiversityFigures => ({
  bookers: Number(r.bookers),
  oneCategory: Number(r.one_category),
  twoCategories: Number(r.two_categories),
  threeOrMore: Number(r.three_or_more),
  categorySum: Number(r.category_sum),
});

export async function diversityDashboard(
  db: SqlClient,
  period: DiversityPeriod,
  departmentCode: string | null,
): Promise<DiversityDashboard> {
  if (!DIVERSITY_PERIODS.includes(period)) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'Cette période est inconnue.');
  }
  if (departmentCode !== null && !departmentName(departmentCode)) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `Le département « ${departmentCode} » n’existe pas.`,
      {
        fields: { departmentCode: `Le département « ${departmentCode} » n’existe pas.` },
      },
    );
  }
  const [row] = await db.query<{
    as_of: Date;
    departments: Row[];
    totals: Omit<Row, 'code' | 'name'>;
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
  return {
    asOf: new Date(row!.as_of),
    period,
    totals: figures(row!.totals),
    departments: (row!.departments ?? []).map((d) => ({
      code: d.code,
      name: d.name,
      ...figures(d),
    })),
  };
}
