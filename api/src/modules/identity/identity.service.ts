import type { Database, SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { normalizeEmail } from './eligibility.js';
import {
  EMAIL_UNIQUE_CONSTRAINT,
  credentialsByEmail,
  insertAccount,
  insertSession,
  revokeSessionByTokenHash,
  viewerBySessionHash,
  type AccountRow,
  type NewAccount,
} from './identity.queries.js';
import type { IdentityLimits } from './identity-limits.js';
import { hashPassword, verifyPasswordInConstantTime } from './password.js';
import { hashSessionToken, newSessionToken } from './session-token.js';
import type { Role } from './roles.js';

export interface IdentitySettings {
  passwordHashCost: number;
  sessionTtlDays: number;
}

export interface OpenedSession {
  token: string;
  expiresAt: Date;
  user: AccountRow;
}

/** Who is calling, resolved from a session token. */
export interface Viewer {
  userId: number;
  sessionId: number;
  roles: Role[];
  /** Set when the caller is an API key (modules/apikey), which may call only some operations. */
  apiKeyId?: number;
}

/** Who is asking, for the limits: their address. */
export interface Caller {
  ip: string;
}

function isEmailTaken(error: unknown): boolean {
  const pg = error as { code?: string; constraint?: string };
  return pg.code === '23505' && pg.constraint === EMAIL_UNIQUE_CONSTRAINT;
}

export class IdentityService {
  constructor(
    private readonly db: Database,
    private readonly settings: IdentitySettings,
    private readonly limits: IdentityLimits,
  ) {}

  /**
   * Creates a checked account and opens its first session. The attempt is counted
   * against the sign-up limits before the password is hashed (each hash is a CPU sink).
   */
  async createAccount(
    account: Omit<NewAccount, 'passwordHash'>,
    password: string,
    caller: Caller,
    audience: 'young' | 'pro',
  ): Promise<OpenedSession> {
    await this.limits.signUp(caller.ip, audience);
    const passwordHash = await hashPassword(password, this.settings.passwordHashCost);
    try {
      return await this.db.transaction(async (tx) => {
        const user = await insertAccount(tx, { ...account, passwordHash });
        return this.openSession(tx, user, account.createdAt);
      });
    } catch (error) {
      if (isEmailTaken(error)) throw new AppError(ErrorCode.EMAIL_TAKEN);
      throw error;
    }
  }

  /**
   * Checks the password and opens a session. Unknown and deleted accounts cost a full
   * hash too, and every attempt is counted before it is judged (see IdentityLimits).
   */
  async logIn(
    rawEmail: string,
    password: string,
    caller: Caller,
    now = new Date(),
  ): Promise<OpenedSession> {
    const email = normalizeEmail(rawEmail);
    return this.limits.logIn(email, caller.ip, async () => {
      const user = await credentialsByEmail(this.db, email);
      const valid = await verifyPasswordInConstantTime(
        password,
        user?.passwordHash ?? null,
        this.settings.passwordHashCost,
        'login',
      );
      if (!user || !valid) throw new AppError(ErrorCode.INVALID_CREDENTIALS);
      // Told only to whoever knows the password, so suspension cannot be probed.
      if (user.suspended) throw new AppError(ErrorCode.ACCOUNT_SUSPENDED);
      const { passwordHash: _hash, suspended: _suspended, ...account } = user;
      return this.openSession(this.db, account, now);
    });
  }

  /** Revokes the session of this token; true when one was open. */
  async logOut(token: string, now = new Date()): Promise<boolean> {
    return revokeSessionByTokenHash(this.db, hashSessionToken(token), now);
  }

  private async openSession(db: SqlClient, user: AccountRow, now: Date): Promise<OpenedSession> {
    const token = newSessionToken();
    const expiresAt = new Date(now.getTime() + this.settings.sessionTtlDays * 86_400_000);
    await insertSession(db, {
      userId: user.id,
      tokenHash: hashSessionToken(token),
      createdAt: now,
      expiresAt,
    });
    return { token, expiresAt, user };
  }
}

/** The caller of a session token: one indexed query; null when unknown, expired or revoked. */
export async function findViewer(
  db: SqlClient,
  token: string,
  now = new Date(),
): Promise<Viewer | null> {
  const row = await viewerBySessionHash(db, hashSessionToken(token), now);
  return row ? { userId: row.user_id, sessionId: row.session_id, roles: row.roles } : null;
}
