import { enqueueDepartmentOpened } from '../notification/outbox.js';
import { sqlClientOfEm } from '../../db/em-bridge.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { AuditAction, recordAudit } from '../audit/audit.service.js';

/**
 * Opens a department to the pass: from now on its pre-registered young people meet the
 * department condition (eligibility reads `department.is_open` when they ask and when
 * an admin approves). Returns how many people are waiting there.
 */
export async function openDepartment(
  em: EntityManager,
  adminId: number,
  code: string,
  now = new Date(),
): Promise<number> {
  return em.transactional(async (tx) => {
    const [department] = await tx.execute<{ is_open: boolean }[]>(
      'select is_open from department where code = ? for update',
      [code],
    );
    if (!department) throw new AppError(ErrorCode.NOT_FOUND, 'Ce département est introuvable.');
    if (department.is_open) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        'Ce département est déjà ouvert au pass Culture.',
      );
    }
    await tx.execute('update department set is_open = true, opened_at = ? where code = ?', [
      now,
      code,
    ]);
    const [waiting] = await tx.execute<{ count: string }[]>(
      `select count(*) from app_user
        where department_code = ? and activation_status in ('PRE_REGISTERED', 'REQUESTED')`,
      [code],
    );
    const preRegistered = Number(waiting!.count);
    // The pre-registered people there are invited to ask for their credit.
    await enqueueDepartmentOpened(sqlClientOfEm(tx), code);
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
