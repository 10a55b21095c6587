import type { SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
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
  const bookingDepartment = request.byVenueDepartment ? 'v.department_code' : 'u.department_code';
  const rows = await db.query<{
    code: string;
    name: string;
    pre_registered: number;
    beneficiaries: number;
    granted_cents: string;
    spent_cents: string;
    bookings: number;
  }>(
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
    [request.from, request.to],
  );
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
