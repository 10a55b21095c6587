import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { departmentFromPostalCode } from '../territory/departments.js';
import {
  checkSignUpAge,
  isPlausibleEmail,
  normalizeEmail,
  parseCalendarDate,
} from './eligibility.js';
import { hashPassword, passwordRuleViolation, verifyPassword } from './password.js';
import { hashSessionToken, newSessionToken } from './session-token.js';
import type { Role } from './roles.js';
import type { SqlClient } from '../../db/sql.js';
import { Session } from './session.entity.js';
import { ActivationStatus, User } from './user.entity.js';

export interface SignUpData {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  postalCode: string;
}

export interface IdentitySettings {
  passwordHashCost: number;
  sessionTtlDays: number;
}

export interface OpenedSession {
  token: string;
  expiresAt: Date;
  user: User;
}

/** Who is calling, resolved from a session token. */
export interface Viewer {
  userId: number;
  sessionId: number;
  roles: Role[];
  /** Set when the caller is an API key (modules/apikey), which may call only some operations. */
  apiKeyId?: number;
}

// A hash to verify against when the email is unknown, so both paths cost the same time.
let decoyHash: Promise<string> | undefined;

export class IdentityService {
  constructor(
    private readonly em: EntityManager,
    private readonly settings: IdentitySettings,
  ) {}

  async signUp(data: SignUpData, now = new Date()): Promise<OpenedSession> {
    const email = normalizeEmail(data.email);
    const fieldErrors: Record<string, string> = {};
    if (!isPlausibleEmail(email)) fieldErrors.email = "Cette adresse e-mail n'est pas valide.";
    const passwordProblem = passwordRuleViolation(data.password);
    if (passwordProblem) fieldErrors.password = passwordProblem;
    const firstName = data.firstName.trim();
    const lastName = data.lastName.trim();
    if (!firstName || firstName.length > 100) fieldErrors.firstName = 'Indique ton prénom.';
    if (!lastName || lastName.length > 100) fieldErrors.lastName = 'Indique ton nom.';
    const departmentCode = departmentFromPostalCode(data.postalCode.trim());
    if (!departmentCode)
      fieldErrors.postalCode = "Ce code postal n'est pas celui d'un département français.";
    if (!parseCalendarDate(data.birthDate))
      fieldErrors.birthDate = 'La date de naissance doit être au format AAAA-MM-JJ.';
    if (Object.keys(fieldErrors).length > 0) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, Object.values(fieldErrors)[0], {
        fields: fieldErrors,
      });
    }

    const age = checkSignUpAge(data.birthDate, now);
    if (age === 'TOO_YOUNG' || age === 'NOT_BORN') {
      throw new AppError(
        ErrorCode.NOT_ELIGIBLE,
        "Le pass Culture s'adresse aux jeunes à partir de 15 ans : reviens nous voir plus tard !",
      );
    }
    if (age === 'TOO_OLD') {
      throw new AppError(
        ErrorCode.NOT_ELIGIBLE,
        "Le pass Culture s'adresse aux jeunes jusqu'à 18 ans : tu ne peux pas t'inscrire.",
      );
    }

    const user = this.em.create(User, {
      email,
      passwordHash: await hashPassword(data.password, this.settings.passwordHashCost),
      firstName,
      lastName,
      birthDate: data.birthDate,
      postalCode: data.postalCode.trim(),
      departmentCode,
      roles: [],
      activationStatus: ActivationStatus.PRE_REGISTERED,
      createdAt: now,
    });
    try {
      return await this.em.transactional(async (em) => {
        em.persist(user);
        await em.flush();
        return this.openSession(em, user, now);
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw new AppError(ErrorCode.EMAIL_TAKEN);
      throw error;
    }
  }

  async logIn(rawEmail: string, password: string, now = new Date()): Promise<OpenedSession> {
    const email = normalizeEmail(rawEmail);
    const user = await this.em.findOne(User, { email }, { populate: ['passwordHash'] });
    if (!user) {
      decoyHash ??= hashPassword('decoy password', this.settings.passwordHashCost);
      await verifyPassword(password, await decoyHash);
      throw new AppError(ErrorCode.INVALID_CREDENTIALS);
    }
    if (!(await verifyPassword(password, user.passwordHash))) {
      throw new AppError(ErrorCode.INVALID_CREDENTIALS);
    }
    // Told only to whoever knows the password, so suspension cannot be probed.
    if (user.suspendedAt) throw new AppError(ErrorCode.ACCOUNT_SUSPENDED);
    return this.openSession(this.em, user, now);
  }

  /** Revokes the session of this token; true when one was open. */
  async logOut(token: string, now = new Date()): Promise<boolean> {
    const revoked = await this.em.nativeUpdate(
      Session,
      { tokenHash: hashSessionToken(token), revokedAt: null },
      { revokedAt: now },
    );
    return revoked > 0;
  }

  private async openSession(em: EntityManager, user: User, now: Date): Promise<OpenedSession> {
    const token = newSessionToken();
    const expiresAt = new Date(now.getTime() + this.settings.sessionTtlDays * 86_400_000);
    em.persist(
      em.create(Session, { user, tokenHash: hashSessionToken(token), createdAt: now, expiresAt }),
    );
    await em.flush();
    return { token, expiresAt, user };
  }
}

/** The caller of a session token: one indexed query; null when unknown, expired or revoked. */
export async function findViewer(
  db: SqlClient,
  token: string,
  now = new Date(),
): Promise<Viewer | null> {
  const [row] = await db.query<{ session_id: number; user_id: number; roles: Role[] }>(
    `select s.id as session_id, u.id as user_id, u.roles
       from session s join app_user u on u.id = s.user_id
      where s.token_hash = $1 and s.revoked_at is null and s.expires_at > $2 and u.suspended_at is null`,
    [hashSessionToken(token), now],
  );
  return row ? { userId: row.user_id, sessionId: row.session_id, roles: row.roles } : null;
}
