import type { SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { departmentUptakeRows } from './insights.queries.js';
import type { DepartmentUptake } from './insights.types.js';

export interface UptakeRequest {
  from: Date | null;
  to: Date | null;
  /** Bookings counted where the venue is (digital offers then count nowhere) instead of where the person lives. */
  byVenueDepartment: boolean;
}

/**
 * Uptake per department: pre-registered people (now), credits granted and
 * bookings made in [from, to). Spent = confirmed, used and reimbursed bookings.
 */
export async function departmentUptake(
  db: SqlClient,
  request: UptakeRequest,
): Promise<DepartmentUptake[]> {
  if (request.from && request.to && request.from.getTime() > request.to.getTime()) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'Le début de la période doit précéder sa fin.', {
      field: 'from',
    });
  }
  const rows = await departmentUptakeRows(db, request);
  return rows.map((r) => ({
    departmentCode: r.code,
    departmentName: r.name,
    preRegistered: r.pre_registered,
    beneficiaries: r.beneficiaries,
    grantedCents: Number(r.granted_cents),
    spentCents: Number(r.spent_cents),
    bookings: r.bookings,
  }));
}
