import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { revokeKeysCreatedBy } from '../apikey/api-key.service.js';
import { cancelLiveBookings } from '../booking/bulk-cancel.js';
import { passwordHashOf } from '../identity/identity.queries.js';
import type { IdentityLimits } from '../identity/identity-limits.js';
import {
  hashPassword,
  passwordRuleViolation,
  verifyPasswordInConstantTime,
} from '../identity/password.js';
import { hashSessionToken } from '../identity/session-token.js';
import {
  anonymiseAccount,
  revokeOtherSessions,
  setPasswordHash,
} from '../identity/identity.queries.js';
import { forgetEmailsOf } from '../notification/outbox.queries.js';
import { deleteFavoritesOf } from '../catalog/favorite.queries.js';
import { personalData } from './account.queries.js';

/** What a person may do with their own account: password, data export, deletion. */
export class AccountService {
  constructor(
    private readonly db: Database,
    private readonly passwordHashCost: number,
    private readonly limits: IdentityLimits,
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
    const problem = passwordRuleViolation(newPassword);
    await this.checkPassword(userId, currentPassword, 'currentPassword');
    if (problem) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, problem, { fields: { newPassword: problem } });
    }
    const hash = await hashPassword(newPassword, this.passwordHashCost);
    return this.db.transaction(async (tx) => {
      await setPasswordHash(tx, userId, hash);
      return revokeOtherSessions(tx, userId, hashSessionToken(currentSessionToken), now);
    });
  }

  /** Everything the api holds about the person, as one JSON document (right of access). */
  async exportData(userId: number): Promise<Record<string, unknown>> {
    const data = await personalData(this.db, userId);
    return { exportedAt: new Date(), ...data };
  }

  /**
   * Deletes the account: live bookings cancelled (places and credit go back), sessions
   * and favorites removed, API keys the person created revoked, and the person's row
   * emptied of who they are. The row, its deposits and its bookings stay, anonymous,
   * for the venues' reimbursements.
   */
  async deleteAccount(userId: number, password: string, now = new Date()): Promise<void> {
    await this.checkPassword(userId, password, 'password');
    await this.db.transaction(async (tx) => {
      await cancelLiveBookings(tx, { userId }, 'BENEFICIARY', now);
      await revokeKeysCreatedBy(tx, userId, null, now);
      // What only served the person goes; their row, deposits and bookings stay, anonymous,
      // and no password opens it again.
      await deleteFavoritesOf(tx, userId);
      await forgetEmailsOf(tx, userId);
      await anonymiseAccount(tx, userId, `disabled$${randomBytes(16).toString('hex')}`, now);
    });
  }

  /**
   * Refuses a wrong password, naming the form field that holds it. Each check is counted
   * against the account's allowance before it is judged; right ones are given back.
   */
  private async checkPassword(userId: number, password: string, field: string): Promise<void> {
    await this.limits.passwordCheck(userId, async () => {
      const hash = await passwordHashOf(this.db, userId);
      if (!(await verifyPasswordInConstantTime(password, hash, this.passwordHashCost, 'other'))) {
        const message = 'Ce mot de passe est incorrect.';
        throw new AppError(ErrorCode.INVALID_CREDENTIALS, message, {
          fields: { [field]: message },
        });
      }
    });
  }
}
