import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlClientOfEm } from '../../db/em-bridge.js';
import { randomBytes } from 'node:crypto';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { cancelLiveBookings } from '../booking/bulk-cancel.js';
import { hashPassword, passwordRuleViolation, verifyPassword } from '../identity/password.js';
import { hashSessionToken } from '../identity/session-token.js';

/** What a person may do with their own account: password, data export, deletion. */
export class AccountService {
  constructor(
    private readonly em: EntityManager,
    private readonly passwordHashCost: number,
  ) {}

  /**
   * Changes the password and revokes every other session of the account (a stolen
   * session dies with the old password); the session making the change stays open.
   */
  async changePassword(
    userId: number,
    currentSessionToken: string,
    currentPassword: string,
    newPassword: string,
    now = new Date(),
  ): Promise<number> {
    await this.checkPassword(userId, currentPassword, 'currentPassword');
    const problem = passwordRuleViolation(newPassword);
    if (problem) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, problem, { fields: { newPassword: problem } });
    }
    const hash = await hashPassword(newPassword, this.passwordHashCost);
    return this.em.transactional(async (tx) => {
      await tx.execute('update app_user set password_hash = ? where id = ?', [hash, userId]);
      const revoked = await tx.execute<{ id: number }[]>(
        `update session set revoked_at = ?
          where user_id = ? and revoked_at is null and token_hash <> ? returning id`,
        [now, userId, hashSessionToken(currentSessionToken)],
      );
      return revoked.length;
    });
  }

  /** Everything the api holds about the person, as one JSON document (right of access). */
  async exportData(userId: number): Promise<Record<string, unknown>> {
    const [profile] = await this.em.execute(
      `select email, first_name as "firstName", last_name as "lastName", birth_date::text as "birthDate",
              postal_code as "postalCode", department_code as "departmentCode", roles,
              activation_status as "activationStatus", activation_requested_at as "activationRequestedAt",
              created_at as "createdAt"
         from app_user where id = ?`,
      [userId],
    );
    const deposits = await this.em.execute(
      `select policy_code as "policy", amount_cents as "amountCents", spent_cents as "spentCents",
              created_at as "createdAt", expires_at as "expiresAt"
         from deposit where user_id = ? order by created_at`,
      [userId],
    );
    const bookings = await this.em.execute(
      `select b.token, b.status, b.quantity, b.amount_cents as "amountCents", b.booked_at as "bookedAt",
              b.used_at as "usedAt", b.cancelled_at as "cancelledAt", b.cancellation_reason as "cancellationReason",
              o.name as "offer", v.name as "venue", s.begins_at as "beginsAt"
         from booking b join offer o on o.id = b.offer_id join venue v on v.id = o.venue_id
         join stock s on s.id = b.stock_id
        where b.user_id = ? order by b.booked_at`,
      [userId],
    );
    const favorites = await this.em.execute(
      `select o.name as "offer", f.created_at as "addedAt"
         from favorite f join offer o on o.id = f.offer_id where f.user_id = ? order by f.created_at`,
      [userId],
    );
    const sessions = await this.em.execute(
      `select created_at as "createdAt", expires_at as "expiresAt", revoked_at as "revokedAt"
         from session where user_id = ? order by created_at`,
      [userId],
    );
    const [emailPreferences = null] = await this.em.execute(
      `select non_essential as "nonEssential", daily_booking_summary as "dailyBookingSummary"
         from email_preference where user_id = ?`,
      [userId],
    );
    const emails = await this.em.execute(
      `select kind, status, created_at as "createdAt", sent_at as "sentAt"
         from outbox_message where user_id = ? order by created_at`,
      [userId],
    );
    return {
      exportedAt: new Date(),
      profile,
      deposits,
      bookings,
      favorites,
      emailPreferences,
      emails,
      sessions,
    };
  }

  /**
   * Deletes the account: live bookings cancelled (places and credit go back), sessions
   * and favorites removed, and the person's row emptied of who they are. The row, its
   * deposits and its bookings stay, anonymous, for the venues' reimbursements.
   */
  async deleteAccount(userId: number, password: string, now = new Date()): Promise<void> {
    await this.checkPassword(userId, password, 'password');
    await this.em.transactional(async (tx) => {
      await cancelLiveBookings(sqlClientOfEm(tx), { userId }, 'BENEFICIARY', now);
      await tx.execute('delete from session where user_id = ?', [userId]);
      await tx.execute('delete from favorite where user_id = ?', [userId]);
      await tx.execute('delete from email_preference where user_id = ?', [userId]);
      // Emails to the person, sent or waiting, hold their address: gone with it (one being
      // handed to the mail server right now finishes, then the retention job removes it).
      await tx.execute(`delete from outbox_message where user_id = ? and status <> 'SENDING'`, [
        userId,
      ]);
      await tx.execute(
        `update app_user
            set email = 'supprime-' || id || '@compte-supprime.invalid', first_name = 'Compte',
                last_name = 'supprimé', birth_date = null, postal_code = null, roles = '{}',
                activation_status = null, activation_requested_at = null,
                password_hash = ?, anonymised_at = ?
          where id = ?`,
        // No password opens this account again.
        [`disabled$${randomBytes(16).toString('hex')}`, now, userId],
      );
    });
  }

  /** Refuses a wrong password, naming the form field that holds it. */
  private async checkPassword(userId: number, password: string, field: string): Promise<void> {
    const [row] = await this.em.execute<{ hash: string }[]>(
      'select password_hash as hash from app_user where id = ?',
      [userId],
    );
    if (!row || !(await verifyPassword(password, row.hash))) {
      const message = 'Ce mot de passe est incorrect.';
      throw new AppError(ErrorCode.INVALID_CREDENTIALS, message, { fields: { [field]: message } });
    }
  }
}
