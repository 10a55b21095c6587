import type { Database, SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { AuditAction, recordAudit } from '../audit/audit.service.js';
import { requiredReason } from '../audit/reason.js';
import {
  eligibilityFacts,
  markActivated,
  markActivationRejected,
  markActivationRequested,
  waitingRequests,
} from '../identity/activation.queries.js';
import { ageOn } from '../identity/eligibility.js';
import { Role } from '../identity/roles.js';
import {
  enqueueActivationApproved,
  enqueueActivationRejected,
} from '../notification/outbox.queries.js';
import { insertDeposit } from '../wallet/wallet.queries.js';
import { depositExpiry } from '../wallet/wallet.rules.js';
import { activationApprovalRefusal, activationRequestRefusal } from './activation.rules.js';

/** A young person asks for their credit; an admin reviews the request (the back office). */
export async function requestActivation(
  db: SqlClient,
  userId: number,
  policyCode: string,
  today = new Date(),
): Promise<void> {
  const facts = await eligibilityFacts(db, userId, policyCode, false);
  if (!facts) throw new AppError(ErrorCode.UNAUTHENTICATED);
  if (!facts.email_confirmed) throw new AppError(ErrorCode.EMAIL_NOT_CONFIRMED);
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
  await markActivationRequested(db, userId, today);
}

/** The person and the policy, the person's row locked until the decision commits. */
async function lockRequest(tx: SqlClient, userId: number, policyCode: string) {
  const facts = await eligibilityFacts(tx, userId, policyCode, true);
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

/**
 * An admin approves a request: the deposit of the policy in force is created only if
 * the person is eligible today (age from the birth date, department open).
 */
export async function approveActivation(
  db: Database,
  adminId: number,
  userId: number,
  policyCode: string,
  today = new Date(),
): Promise<void> {
  await db.transaction(async (tx) => {
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
    const depositId = await insertDeposit(tx, {
      userId,
      policyCode,
      amountCents,
      digitalCapCents: facts.digital_cap_cents,
      physicalCapCents: facts.physical_cap_cents,
      createdAt: today,
      expiresAt,
    });
    await markActivated(tx, userId, today);
    await enqueueActivationApproved(tx, userId);
    await recordAudit(tx, {
      adminId,
      action: AuditAction.ACTIVATION_APPROVED,
      targetType: 'USER',
      targetId: userId,
      details: { depositId, policyCode, amountCents },
    });
  });
}

/** An admin refuses a request, with a reason kept on the account and in the audit log. */
export async function rejectActivation(
  db: Database,
  adminId: number,
  userId: number,
  reason: string,
  policyCode: string,
  today = new Date(),
): Promise<void> {
  const trimmed = requiredReason(reason);
  await db.transaction(async (tx) => {
    await lockRequest(tx, userId, policyCode);
    await markActivationRejected(tx, userId, trimmed, today);
    await enqueueActivationRejected(tx, userId, trimmed);
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
  const rows = await waitingRequests(db, policyCode);
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
