import type { SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { departmentName } from '../territory/departments.js';
import { diversityFigures, type DiversityRow } from './insights.queries.js';

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

const figures = (r: Omit<DiversityRow, 'code' | 'name'>): DiversityFigures => ({
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
  const row = await diversityFigures(db, period, departmentCode);
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
