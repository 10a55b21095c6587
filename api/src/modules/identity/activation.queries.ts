import type { SqlClient } from '../../db/sql.js';
import type { Role } from './roles.js';

/** A person and the grant policy in force: what eligibility is judged on. */
export interface EligibilityFacts {
  id: number;
  email_confirmed: boolean;
  activation_status: string | null;
  roles: Role[];
  birth_date: string | null;
  is_open: boolean | null;
  amounts_by_age: Record<string, number>;
  requires_open_department: boolean;
  validity_months: number | null;
  expires_at_age: number | null;
  digital_cap_cents: number | null;
  physical_cap_cents: number | null;
}

/** The person and the policy; the person's row locked until the transaction ends when `lock`. */
export async function eligibilityFacts(
  db: SqlClient,
  userId: number,
  policyCode: string,
  lock: boolean,
): Promise<EligibilityFacts | null> {
  const [row] = await db.query<EligibilityFacts>(
    `select u.id, u.email_confirmed_at is not null as email_confirmed, u.activation_status, u.roles, to_char(u.birth_date, 'YYYY-MM-DD') as birth_date, d.is_open,
            p.amounts_by_age, p.requires_open_department, p.validity_months, p.expires_at_age,
            p.digital_cap_cents, p.physical_cap_cents
       from app_user u
       left join department d on d.code = u.department_code
       cross join grant_policy p
      where u.id = $1 and p.code = $2
      ${lock ? 'for update of u' : ''}`,
    [userId, policyCode],
  );
  return row ?? null;
}

export async function markActivationRequested(
  db: SqlClient,
  userId: number,
  now: Date,
): Promise<void> {
  await db.query(
    `update app_user set activation_status = 'REQUESTED', activation_requested_at = coalesce(activation_requested_at, $2)
      where id = $1 and activation_status = 'PRE_REGISTERED'`,
    [userId, now],
  );
}

/** Activated: the person becomes a beneficiary (once). */
export async function markActivated(tx: SqlClient, userId: number, now: Date): Promise<void> {
  await tx.query(
    `update app_user set activation_status = 'ACTIVATED', activation_decided_at = $2,
            roles = array_append(array_remove(roles, 'BENEFICIARY'), 'BENEFICIARY')
      where id = $1`,
    [userId, now],
  );
}

export async function markActivationRejected(
  tx: SqlClient,
  userId: number,
  reason: string,
  now: Date,
): Promise<void> {
  await tx.query(
    `update app_user set activation_status = 'REJECTED', activation_decided_at = $2, activation_rejection_reason = $3
      where id = $1`,
    [userId, now, reason],
  );
}

export interface WaitingRequestRow {
  id: number;
  email: string;
  first_name: string;
  last_name: string;
  birth_date: string | null;
  department_code: string | null;
  department_name: string | null;
  is_open: boolean | null;
  activation_requested_at: Date;
  amounts_by_age: Record<string, number>;
  requires_open_department: boolean;
}

/** Pending requests, oldest first (at most 500). */
export async function waitingRequests(
  db: SqlClient,
  policyCode: string,
): Promise<WaitingRequestRow[]> {
  return db.query<WaitingRequestRow>(
    `select u.id, u.email, u.first_name, u.last_name, to_char(u.birth_date, 'YYYY-MM-DD') as birth_date,
            u.department_code, d.name as department_name, d.is_open, u.activation_requested_at,
            p.amounts_by_age, p.requires_open_department
       from app_user u
       left join department d on d.code = u.department_code
       cross join grant_policy p
      where u.activation_status = 'REQUESTED' and p.code = $1
      order by u.activation_requested_at, u.id
      limit 500`,
    [policyCode],
  );
}
