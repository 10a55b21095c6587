import { enqueueDepartmentOpened } from '../notification/outbox.queries.js';
import type { Database } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { AuditAction, recordAudit } from '../audit/audit.service.js';
import { countWaitingIn, lockDepartment, markDepartmentOpen } from './territory.queries.js';

/**
 * Opens a department to the pass: from now on its pre-registered young people meet the
 * department condition (eligibility reads `department.is_open` when they ask and when
 * an admin approves). Returns how many people are waiting there.
 */
export async function openDepartment(
  db: Database,
  adminId: number,
  code: string,
  now = new Date(),
): Promise<number> {
  return db.transaction(async (tx) => {
    const department = await lockDepartment(tx, code);
    if (!department) throw new AppError(ErrorCode.NOT_FOUND, 'Ce département est introuvable.');
    if (department.isOpen) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        'Ce département est déjà ouvert au pass Culture.',
      );
    }
    await markDepartmentOpen(tx, code, now);
    const preRegistered = await countWaitingIn(tx, code);
    // The pre-registered people there are invited to ask for their credit.
    await enqueueDepartmentOpened(tx, code);
    await recordAudit(tx, {
      adminId,
      action: AuditAction.DEPARTMENT_OPENED,
      targetType: 'DEPARTMENT',
      targetId: code,
      details: { preRegistered },
    });
    return preRegistered;
  });
}
