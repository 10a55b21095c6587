import type { SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { Role } from './roles.js';
import { activationRequestRefusal } from './activation.rules.js';

/** A young person asks for their credit; an admin reviews the request (the back office). */
export async function requestActivation(
  db: SqlClient,
  userId: number,
  policyCode: string,
  today = new Date(),
): Promise<void> {
  const [facts] = await db.query<{
    activation_status: string | null;
    roles: Role[];
    birth_date: string | null;
    is_open: boolean | null;
    amounts_by_age: Record<string, number>;
    requires_open_department: boolean;
  }>(
    `select u.activation_status, u.roles, to_char(u.birth_date, 'YYYY-MM-DD') as birth_date, d.is_open,
            p.amounts_by_age, p.requires_open_department
       from app_user u
       left join department d on d.code = u.department_code
       cross join grant_policy p
      where u.id = $1 and p.code = $2`,
    [userId, policyCode],
  );
  if (!facts) throw new AppError(ErrorCode.UNAUTHENTICATED);
  const refusal = activationRequestRefusal({
    activationStatus: facts.activation_status,
    isBeneficiary: facts.roles.includes(Role.BENEFICIARY),
    birthDate: facts.birth_date,
    departmentOpen: facts.is_open ?? false,
    eligibleAges: Object.keys(facts.amounts_by_age).map(Number),
    requiresOpenDepartment: facts.requires_open_department,
    today,
  });
  if (refusal) throw new AppError(ErrorCode.NOT_ELIGIBLE, refusal);
  await db.query(
    `update app_user set activation_status = 'REQUESTED', activation_requested_at = coalesce(activation_requested_at, $2)
      where id = $1 and activation_status = 'PRE_REGISTERED'`,
    [userId, today],
  );
}
