import type { Database, SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { normalizeEmail } from './eligibility.js';
import {
  credentialsByEmail,
  insertSession,
  revokeSessionByTokenHash,
  viewerBySessionHash,
  type AccountRow,
} from './identity.queries.js';
import type { IdentityLimits } from './identity-limits.js';
import { verifyPasswordInConstantTime } from './password.js';
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

export class IdentityService {
  constructor(
    private readonly db: Database,
    readonly settings: IdentitySettings,
    readonly limits: IdentityLimits,
  ) {}

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

  /** A new session for the account (sign-up, log-in, confirmation of the address). */
  async openSession(db: SqlClient, user: AccountRow, now: Date): Promise<OpenedSession> {
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
