import { inExclusiveTransaction } from '../../jobs/exclusive.js';
import type { Database, SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { CATEGORIES, SUBCATEGORIES, findCategory } from '../catalog/categories.js';
import { parseCalendarDate } from '../identity/eligibility.js';
import { refreshUptakeRollups, uptakeDashboardRow } from './insights.queries.js';

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
  const row = await uptakeDashboardRow(db, {
    side: request.side,
    from,
    to,
    departmentCode: request.departmentCode,
    categoryId: category,
  });
  const national = row.national;
  const categoryRows = new Map((row.categories ?? []).map((c) => [c.category_id, c]));
  return {
    asOf: new Date(row.as_of),
    totals: {
      bookings: Number(national.bookings),
      spentCents: Number(national.spent_cents),
      beneficiaries: Number(national.beneficiaries),
      grantedCents: Number(national.granted_cents),
      preRegistered: Number(national.pre_registered),
    },
    departments: row.departments.map((d) => ({
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
    weeks: (row.weeks ?? []).map((w) => ({
      week: w.week,
      bookings: Number(w.bookings),
      spentCents: Number(w.spent_cents),
      beneficiaries: Number(w.beneficiaries),
      grantedCents: Number(w.granted_cents),
    })),
  };
}

/**
 * Recomputes the rollups from the bookings and deposits (readers keep the previous
 * figures meanwhile: CONCURRENTLY) and records the time they are as of. `run` sends
 * one statement without parameters (a pg pool or an entity manager both fit).
 */
export async function refreshUptake(run: (sql: string) => Promise<unknown>): Promise<void> {
  await refreshUptakeRollups(
    run,
    SUBCATEGORIES.map((s) => [s.id, s.categoryId] as const),
  );
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
