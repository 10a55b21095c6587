import type { SqlClient } from '../../db/sql.js';
import type { Role } from './roles.js';
import type { ActivationStatus } from './user.entity.js';

/** A person as the api shows them (never their password hash). */
export interface AccountRow {
  id: number;
  email: string;
  firstName: string;
  lastName: string;
  roles: Role[];
  departmentCode: string | null;
  activationStatus: ActivationStatus | null;
}

const ACCOUNT_COLUMNS = `id, email, first_name as "firstName", last_name as "lastName", roles,
  department_code as "departmentCode", activation_status as "activationStatus"`;

export interface NewAccount {
  email: string;
  passwordHash: string;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  postalCode: string | null;
  departmentCode: string | null;
  roles: Role[];
  activationStatus: ActivationStatus | null;
  createdAt: Date;
}

/** Unique violation on the email: the address already has an account. */
export const EMAIL_UNIQUE_CONSTRAINT = 'app_user_email_unique';

export async function insertAccount(db: SqlClient, account: NewAccount): Promise<AccountRow> {
  const [row] = await db.query<AccountRow>(
    `insert into app_user (email, password_hash, first_name, last_name, birth_date, postal_code,
                           department_code, roles, activation_status, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     returning ${ACCOUNT_COLUMNS}`,
    [
      account.email,
      account.passwordHash,
      account.firstName,
      account.lastName,
      account.birthDate,
      account.postalCode,
      account.departmentCode,
      account.roles,
      account.activationStatus,
      account.createdAt,
    ],
  );
  return row!;
}

export async function accountById(db: SqlClient, userId: number): Promise<AccountRow | null> {
  const [row] = await db.query<AccountRow>(
    `select ${ACCOUNT_COLUMNS} from app_user where id = $1`,
    [userId],
  );
  return row ?? null;
}

/** What a log-in needs: the account, its hash, and whether it is suspended. */
export async function credentialsByEmail(
  db: SqlClient,
  email: string,
): Promise<(AccountRow & { passwordHash: string; suspended: boolean }) | null> {
  const [row] = await db.query<AccountRow & { passwordHash: string; suspended: boolean }>(
    `select ${ACCOUNT_COLUMNS}, password_hash as "passwordHash", suspended_at is not null as suspended
       from app_user where email = $1`,
    [email],
  );
  return row ?? null;
}

export async function passwordHashOf(db: SqlClient, userId: number): Promise<string | null> {
  const [row] = await db.query<{ hash: string }>(
    'select password_hash as hash from app_user where id = $1',
    [userId],
  );
  return row?.hash ?? null;
}

export async function insertSession(
  db: SqlClient,
  session: { userId: number; tokenHash: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db.query(
    'insert into session (user_id, token_hash, created_at, expires_at) values ($1, $2, $3, $4)',
    [session.userId, session.tokenHash, session.createdAt, session.expiresAt],
  );
}

/** Revokes the open session of this token hash; true when there was one. */
export async function revokeSessionByTokenHash(
  db: SqlClient,
  tokenHash: string,
  now: Date,
): Promise<boolean> {
  const rows = await db.query(
    'update session set revoked_at = $2 where token_hash = $1 and revoked_at is null returning id',
    [tokenHash, now],
  );
  return rows.length > 0;
}

/** The live session of a token hash and its unsuspended person: one indexed query. */
export async function viewerBySessionHash(
  db: SqlClient,
  tokenHash: string,
  now: Date,
): Promise<{ session_id: number; user_id: number; roles: Role[] } | null> {
  const [row] = await db.query<{ session_id: number; user_id: number; roles: Role[] }>(
    `select s.id as session_id, u.id as user_id, u.roles
       from session s join app_user u on u.id = s.user_id
      where s.token_hash = $1 and s.revoked_at is null and s.expires_at > $2 and u.suspended_at is null`,
    [tokenHash, now],
  );
  return row ?? null;
}
