import { enqueueActivationApproved, enqueueActivationRejected } from '../notification/outbox.js';
import { sqlClientOfEm } from '../../db/em-bridge.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { addMonths } from '../../shared/time.js';
import { AuditAction, recordAudit } from '../audit/audit.service.js';
import { requiredReason } from '../audit/reason.js';
import { Role } from './roles.js';
import { activationApprovalRefusal, activationRequestRefusal } from './activation.rules.js';
import { ageOn } from './eligibility.js';

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

interface ReviewFacts {
  id: number;
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

/** The person and the policy, the person's row locked until the decision commits. */
async function lockRequest(em: EntityManager, userId: number, policyCode: string) {
  const [facts] = await em.execute<ReviewFacts[]>(
    `select u.id, u.activation_status, u.roles, to_char(u.birth_date, 'YYYY-MM-DD') as birth_date, d.is_open,
            p.amounts_by_age, p.requires_open_department, p.validity_months, p.expires_at_age,
            p.digital_cap_cents, p.physical_cap_cents
       from app_user u
       left join department d on d.code = u.department_code
       cross join grant_policy p
      where u.id = ? and p.code = ?
        for update of u`,
    [userId, policyCode],
  );
  if (!facts)
    throw new AppError(ErrorCode.NOT_FOUND, "Cette demande d'activation est introuvable.");
  if (facts.activation_status !== 'REQUESTED') {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      "Cette demande d'activation a déjà été traitée ou n'a pas été faite.",
    );
  }
  return facts;
}

/** When a deposit granted on `today` ends: after the policy's months, or on a birthday. */
export function depositExpiry(
  policy: { validityMonths: number | null; expiresAtAge: number | null },
  birthDate: string,
  today: Date,
): Date {
  if (policy.validityMonths !== null) return addMonths(today, policy.validityMonths);
  if (policy.expiresAtAge === null) throw new Error('A grant policy needs a validity');
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year + policy.expiresAtAge, month - 1, day));
}

/**
 * An admin approves a request: the deposit of the policy in force is created only if
 * the person is eligible today (age from the birth date, department open).
 */
export async function approveActivation(
  em: EntityManager,
  adminId: number,
  userId: number,
  policyCode: string,
  today = new Date(),
): Promise<void> {
  await em.transactional(async (tx) => {
    const facts = await lockRequest(tx, userId, policyCode);
    const refusal = activationApprovalRefusal({
      activationStatus: facts.activation_status,
      isBeneficiary: facts.roles.includes(Role.BENEFICIARY),
      birthDate: facts.birth_date,
      departmentOpen: facts.is_open ?? false,
      eligibleAges: Object.keys(facts.amounts_by_age).map(Number),
      requiresOpenDepartment: facts.requires_open_department,
      today,
    });
    if (refusal) throw new AppError(ErrorCode.NOT_ELIGIBLE, refusal);
    const birthDate = facts.birth_date!;
    const amountCents = facts.amounts_by_age[String(ageOn(birthDate, today))]!;
    const expiresAt = depositExpiry(
      { validityMonths: facts.validity_months, expiresAtAge: facts.expires_at_age },
      birthDate,
      today,
    );
    const [deposit] = await tx.execute<{ id: number }[]>(
      `insert into deposit (user_id, policy_code, amount_cents, digital_cap_cents, physical_cap_cents, created_at, expires_at)
       values (?, ?, ?, ?, ?, ?, ?) returning id`,
      [
        userId,
        policyCode,
        amountCents,
        facts.digital_cap_cents,
        facts.physical_cap_cents,
        today,
        expiresAt,
      ],
    );
    await tx.execute(
      `update app_user set activation_status = 'ACTIVATED', activation_decided_at = ?,
              roles = array_append(array_remove(roles, 'BENEFICIARY'), 'BENEFICIARY')
        where id = ?`,
      [today, userId],
    );
    await enqueueActivationApproved(sqlClientOfEm(tx), userId);
    await recordAudit(tx, {
      adminId,
      action: AuditAction.ACTIVATION_APPROVED,
      targetType: 'USER',
      targetId: userId,
      details: { depositId: deposit!.id, policyCode, amountCents },
    });
  });
}

/** An admin refuses a request, with a reason kept on the account and in the audit log. */
export async function rejectActivation(
  em: EntityManager,
  adminId: number,
  userId: number,
  reason: string,
  policyCode: string,
  today = new Date(),
): Promise<void> {
  const trimmed = requiredReason(reason);
  await em.transactional(async (tx) => {
    await lockRequest(tx, userId, policyCode);
    await tx.execute(
      `update app_user set activation_status = 'REJECTED', activation_decided_at = ?, activation_rejection_reason = ?
        where id = ?`,
      [today, trimmed, userId],
    );
    await enqueueActivationRejected(sqlClientOfEm(tx), userId, trimmed);
    await recordAudit(tx, {
      adminId,
      action: AuditAction.ACTIVATION_REJECTED,
      targetType: 'USER',
      targetId: userId,
      details: { reason: trimmed },
    });
  });
}

export interface ActivationRequestView {
  userId: number;
  email: string;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  age: number | null;
  departmentCode: string | null;
  departmentName: string | null;
  departmentOpen: boolean;
  requestedAt: Date;
  /** Why approving would be refused today (French, for the admin); null when it can be approved. */
  obstacle: string | null;
}

/** Pending requests, oldest first, with what approving them today would meet. */
export async function activationQueue(
  db: SqlClient,
  policyCode: string,
  today = new Date(),
): Promise<ActivationRequestView[]> {
  const rows = await db.query<{
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
  }>(
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
  return rows.map((r) => ({
    userId: r.id,
    email: r.email,
    firstName: r.first_name,
    lastName: r.last_name,
    birthDate: r.birth_date,
    age: r.birth_date ? ageOn(r.birth_date, today) : null,
    departmentCode: r.department_code,
    departmentName: r.department_name,
    departmentOpen: r.is_open ?? false,
    requestedAt: new Date(r.activation_requested_at),
    obstacle: activationApprovalRefusal({
      activationStatus: 'REQUESTED',
      isBeneficiary: false,
      birthDate: r.birth_date,
      departmentOpen: r.is_open ?? false,
      eligibleAges: Object.keys(r.amounts_by_age).map(Number),
      requiresOpenDepartment: r.requires_open_department,
      today,
    }),
  }));
}
