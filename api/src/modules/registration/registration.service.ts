import type { Database } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import {
  EMAIL_UNIQUE_CONSTRAINT,
  accountOfConfirmationLink,
  confirmAccount,
  confirmedAccountIdByEmail,
  deleteOtherUnconfirmedAccounts,
  insertUnconfirmedAccount,
  lockUnconfirmedAccount,
  replaceConfirmationLink,
  type ConfirmationLink,
  type NewAccount,
} from '../identity/identity.queries.js';
import type {
  Caller,
  IdentityService,
  OpenedSession,
  Viewer,
} from '../identity/identity.service.js';
import { hashPassword, verifyPasswordInConstantTime } from '../identity/password.js';
import { hashSessionToken, newSessionToken } from '../identity/session-token.js';
import {
  enqueueEmailConfirmation,
  enqueueSignUpAttempt,
  type SignUpAudience,
} from '../notification/outbox.queries.js';

/** How long a confirmation link works. */
export const CONFIRMATION_LINK_HOURS = 48;
/** How long an account may stay unconfirmed before it is deleted. */
export const UNCONFIRMED_ACCOUNT_DAYS = 7;

/** A fresh link: the token goes into the email, only its hash into the database. */
function newConfirmationLink(now: Date): { token: string; link: ConfirmationLink } {
  const token = newSessionToken();
  return {
    token,
    link: {
      tokenHash: hashSessionToken(token),
      expiresAt: new Date(now.getTime() + CONFIRMATION_LINK_HOURS * 3_600_000),
    },
  };
}

function isUniqueEmail(error: unknown): boolean {
  const pg = error as { code?: string; constraint?: string };
  return pg.code === '23505' && pg.constraint === EMAIL_UNIQUE_CONSTRAINT;
}

/**
 * Sign-up that never tells whether an address is taken. Every sign-up (young or pro) does the
 * same work and gets the same answer: its password hashed, a new unconfirmed account, one
 * email queued, a session. What differs is only the email, which the caller cannot read:
 * - a free address gets a confirmation link (single use, expiring, stored hashed);
 * - a taken address's owner is told that someone tried, and the new account gets no link, so
 *   it can never be confirmed; it is deleted with the other unconfirmed accounts.
 * Unconfirmed accounts cannot log in by password, ask for their credit, book, or create or
 * join a structure (EMAIL_NOT_CONFIRMED).
 */
export class RegistrationService {
  constructor(
    private readonly db: Database,
    private readonly identity: IdentityService,
  ) {}

  /** The attempt is counted against the sign-up limits before the password is hashed. */
  async signUp(
    account: Omit<NewAccount, 'passwordHash'>,
    password: string,
    caller: Caller,
    audience: SignUpAudience,
  ): Promise<OpenedSession> {
    await this.identity.limits.signUp(caller.ip, audience);
    const passwordHash = await hashPassword(password, this.identity.settings.passwordHashCost);
    const { token, link } = newConfirmationLink(account.createdAt);
    return this.db.transaction(async (tx) => {
      const ownerId = await confirmedAccountIdByEmail(tx, account.email);
      const user = await insertUnconfirmedAccount(
        tx,
        { ...account, passwordHash },
        ownerId === null ? link : null,
      );
      if (ownerId === null)
        await enqueueEmailConfirmation(tx, user.id, token, link.expiresAt, audience);
      else await enqueueSignUpAttempt(tx, ownerId, audience);
      return this.identity.openSession(tx, user, account.createdAt);
    });
  }

  /**
   * Confirms the address of the link's account and opens a session on it. The caller must
   * hold that account's session (the browser that signed up) or give its password: a link
   * alone is not enough, or whoever signs up first with someone's address would get that
   * person to confirm an account whose password they know. Other unconfirmed accounts of
   * the address go.
   */
  async confirmEmail(
    token: string,
    viewer: Viewer | null,
    password: string | null,
    now = new Date(),
  ): Promise<OpenedSession> {
    const tokenHash = hashSessionToken(token);
    const account = await accountOfConfirmationLink(this.db, tokenHash, now);
    if (!account) throw new AppError(ErrorCode.CONFIRMATION_LINK_INVALID);
    if (viewer?.userId !== account.id) {
      if (!password) throw new AppError(ErrorCode.CONFIRMATION_PASSWORD_REQUIRED);
      await this.identity.limits.passwordCheck(account.id, async () => {
        const valid = await verifyPasswordInConstantTime(
          password,
          account.passwordHash,
          this.identity.settings.passwordHashCost,
          'login',
        );
        if (!valid) throw new AppError(ErrorCode.INVALID_CREDENTIALS, 'Mot de passe incorrect.');
      });
    }
    try {
      return await this.db.transaction(async (tx) => {
        const user = await confirmAccount(tx, account.id, tokenHash, now);
        if (!user) throw new AppError(ErrorCode.CONFIRMATION_LINK_INVALID);
        await deleteOtherUnconfirmedAccounts(tx, user.email, user.id);
        return this.identity.openSession(tx, user, now);
      });
    } catch (error) {
      // Another account of the address was confirmed first: this one never will be.
      if (isUniqueEmail(error)) throw new AppError(ErrorCode.CONFIRMATION_LINK_INVALID);
      throw error;
    }
  }

  /**
   * Sends the signed-in unconfirmed account's email again (limited per account): a new link
   * that replaces the previous one, or, when the address belongs to a confirmed account, the
   * notice to its owner again. True either way, and when there was nothing to send.
   */
  async resendConfirmation(
    userId: number,
    audience: SignUpAudience,
    now = new Date(),
  ): Promise<boolean> {
    await this.identity.limits.confirmationResend(userId, audience);
    const { token, link } = newConfirmationLink(now);
    await this.db.transaction(async (tx) => {
      const account = await lockUnconfirmedAccount(tx, userId);
      if (!account) return;
      const ownerId = await confirmedAccountIdByEmail(tx, account.email);
      if (ownerId !== null) {
        await enqueueSignUpAttempt(tx, ownerId, audience);
        return;
      }
      await replaceConfirmationLink(tx, userId, link);
      await enqueueEmailConfirmation(tx, userId, token, link.expiresAt, audience);
    });
    return true;
  }
}
