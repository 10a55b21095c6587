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
  emailConfirmed: boolean;
}

const ACCOUNT_COLUMNS = `id, email, first_name as "firstName", last_name as "lastName", roles,
  department_code as "departmentCode", activation_status as "activationStatus",
  email_confirmed_at is not null as "emailConfirmed"`;

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

/** A pending confirmation link: the SHA-256 of its token and when it stops working. */
export interface ConfirmationLink {
  tokenHash: string;
  expiresAt: Date;
}

/** Unique violation on the email: the address already has a confirmed account. */
export const EMAIL_UNIQUE_CONSTRAINT = 'app_user_email_unique';

/**
 * A sign-up's account: unconfirmed, with the hash of its confirmation link's token, or with
 * none when the address belongs to a confirmed account already (it can never be confirmed).
 */
export async function insertUnconfirmedAccount(
  db: SqlClient,
  account: NewAccount,
  link: ConfirmationLink | null,
): Promise<AccountRow> {
  const [row] = await db.query<AccountRow>(
    `insert into app_user (email, password_hash, first_name, last_name, birth_date, postal_code,
                           department_code, roles, activation_status, created_at,
                           email_confirmed_at, email_confirmation_token_hash, email_confirmation_expires_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, null, $11, $12)
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
      link?.tokenHash ?? null,
      link?.expiresAt ?? null,
    ],
  );
  return row!;
}

/** The confirmed account of an address, if any. */
export async function confirmedAccountIdByEmail(
  db: SqlClient,
  email: string,
): Promise<number | null> {
  const [row] = await db.query<{ id: number }>(
    'select id from app_user where email = $1 and email_confirmed_at is not null',
    [email],
  );
  return row?.id ?? null;
}

/** The unconfirmed account of a live confirmation link, with what a confirmation checks. */
export async function accountOfConfirmationLink(
  db: SqlClient,
  tokenHash: string,
  now: Date,
): Promise<{ id: number; passwordHash: string } | null> {
  const [row] = await db.query<{ id: number; passwordHash: string }>(
    `select id, password_hash as "passwordHash" from app_user
      where email_confirmation_token_hash = $1 and email_confirmation_expires_at > $2
        and email_confirmed_at is null and suspended_at is null and anonymised_at is null`,
    [tokenHash, now],
  );
  return row ?? null;
}

/**
 * Confirms the account of a live link, once: the link is spent in the same statement. Null
 * when the link is unknown, expired or already used (a parallel confirmation won).
 */
export async function confirmAccount(
  db: SqlClient,
  userId: number,
  tokenHash: string,
  now: Date,
): Promise<AccountRow | null> {
  const [row] = await db.query<AccountRow>(
    `update app_user
        set email_confirmed_at = $3, email_confirmation_token_hash = null,
            email_confirmation_expires_at = null
      where id = $1 and email_confirmation_token_hash = $2 and email_confirmation_expires_at > $3
        and email_confirmed_at is null
      returning ${ACCOUNT_COLUMNS}`,
    [userId, tokenHash, now],
  );
  return row ?? null;
}

/**
 * The other unconfirmed accounts of an address that has just been confirmed: they can never
 * be confirmed now, and go at once (with their sessions and favourites).
 */
export async function deleteOtherUnconfirmedAccounts(
  db: SqlClient,
  email: string,
  keptId: number,
): Promise<number> {
  const rows = await db.query(
    `delete from app_user u
      where u.email = $1 and u.id <> $2 and u.email_confirmed_at is null
        and not exists (select 1 from booking b where b.user_id = u.id)
      returning u.id`,
    [email, keptId],
  );
  return rows.length;
}

/** An unconfirmed account, locked until the transaction ends; null when confirmed or unknown. */
export async function lockUnconfirmedAccount(
  db: SqlClient,
  userId: number,
): Promise<{ id: number; email: string } | null> {
  const [row] = await db.query<{ id: number; email: string }>(
    `select id, email from app_user where id = $1 and email_confirmed_at is null for update`,
    [userId],
  );
  return row ?? null;
}

/** A new confirmation link replaces the account's previous one (which stops working). */
export async function replaceConfirmationLink(
  db: SqlClient,
  userId: number,
  link: ConfirmationLink,
): Promise<void> {
  await db.query(
    `update app_user set email_confirmation_token_hash = $2, email_confirmation_expires_at = $3
      where id = $1 and email_confirmed_at is null`,
    [userId, link.tokenHash, link.expiresAt],
  );
}

/** Whether the person confirmed their address (false for unknown ids). */
export async function isEmailConfirmed(db: SqlClient, userId: number): Promise<boolean> {
  const [row] = await db.query<{ confirmed: boolean }>(
    'select email_confirmed_at is not null as confirmed from app_user where id = $1',
    [userId],
  );
  return row?.confirmed ?? false;
}

/**
 * Deletes the accounts left unconfirmed since before `createdBefore` (sessions, favourites and
 * preferences go with them by cascade; they cannot have booked).
 */
export async function purgeUnconfirmedAccounts(
  db: SqlClient,
  createdBefore: Date,
): Promise<number> {
  const rows = await db.query(
    `delete from app_user u
      where u.email_confirmed_at is null and u.created_at < $1
        and not exists (select 1 from booking b where b.user_id = u.id)
      returning u.id`,
    [createdBefore],
  );
  return rows.length;
}

export async function accountById(db: SqlClient, userId: number): Promise<AccountRow | null> {
  const [row] = await db.query<AccountRow>(
    `select ${ACCOUNT_COLUMNS} from app_user where id = $1`,
    [userId],
  );
  return row ?? null;
}

/**
 * What a log-in needs: the address's confirmed account, its hash, and whether it is
 * suspended. Unconfirmed accounts never log in by password (their owner has the sign-up's
 * session, and the confirmation link): were they to, a sign-up followed by a log-in would
 * tell whether the address was taken.
 */
export async function credentialsByEmail(
  db: SqlClient,
  email: string,
): Promise<(AccountRow & { passwordHash: string; suspended: boolean }) | null> {
  const [row] = await db.query<AccountRow & { passwordHash: string; suspended: boolean }>(
    `select ${ACCOUNT_COLUMNS}, password_hash as "passwordHash", suspended_at is not null as suspended
       from app_user where email = $1 and email_confirmed_at is not null`,
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
    // Every signed-in request asks it.
    { prepare: true },
  );
  return row ?? null;
}

/** Back-office writes on accounts (the back office asks identity, which owns them). */

export async function grantProRole(tx: SqlClient, userId: number): Promise<void> {
  await tx.query(
    `update app_user set roles = array_append(roles, 'PRO') where id = $1 and not ('PRO' = any(roles))`,
    [userId],
  );
}

export async function lockUserSuspension(
  tx: SqlClient,
  userId: number,
): Promise<{ suspended_at: Date | null } | null> {
  const [row] = await tx.query<{ suspended_at: Date | null }>(
    'select suspended_at from app_user where id = $1 for update',
    [userId],
  );
  return row ?? null;
}

/** Suspends the account and revokes its sessions. */
export async function suspendUser(
  tx: SqlClient,
  userId: number,
  reason: string,
  at: Date,
): Promise<void> {
  await tx.query('update app_user set suspended_at = $1, suspension_reason = $2 where id = $3', [
    at,
    reason,
    userId,
  ]);
  await tx.query('update session set revoked_at = $1 where user_id = $2 and revoked_at is null', [
    at,
    userId,
  ]);
}

/** Lifts a suspension; false when the account was not suspended. */
export async function liftSuspension(tx: SqlClient, userId: number): Promise<boolean> {
  const rows = await tx.query<{ id: number }>(
    `update app_user set suspended_at = null, suspension_reason = null
      where id = $1 and suspended_at is not null returning id`,
    [userId],
  );
  return rows.length > 0;
}

/** Account changes asked by the account module (password, deletion). */

export async function setPasswordHash(tx: SqlClient, userId: number, hash: string): Promise<void> {
  await tx.query('update app_user set password_hash = $2 where id = $1', [userId, hash]);
}

/** Revokes every open session of the person but the one of this token hash; their number. */
export async function revokeOtherSessions(
  tx: SqlClient,
  userId: number,
  keptTokenHash: string,
  now: Date,
): Promise<number> {
  const revoked = await tx.query(
    `update session set revoked_at = $2
      where user_id = $1 and revoked_at is null and token_hash <> $3 returning id`,
    [userId, now, keptTokenHash],
  );
  return revoked.length;
}

/**
 * Empties a deleted account's row of who the person was and closes its sessions;
 * `disabledHash` opens nothing. The row stays, anonymous, for the venues' reimbursements.
 */
export async function anonymiseAccount(
  tx: SqlClient,
  userId: number,
  disabledHash: string,
  now: Date,
): Promise<void> {
  await tx.query('delete from session where user_id = $1', [userId]);
  await tx.query(
    `update app_user
        set email = 'supprime-' || id || '@compte-supprime.invalid', first_name = 'Compte',
            last_name = 'supprimé', birth_date = null, postal_code = null, roles = '{}',
            activation_status = null, activation_requested_at = null,
            email_confirmation_token_hash = null, email_confirmation_expires_at = null,
            password_hash = $2, anonymised_at = $3
      where id = $1`,
    [userId, disabledHash, now],
  );
}

/**
 * The account an API key acts through (asked by the apikey module): no password opens it,
 * and it is confirmed (its address is made up, unique).
 */
export async function insertKeyAccount(
  tx: SqlClient,
  email: string,
  name: string,
  roles: readonly string[],
): Promise<number> {
  const [account] = await tx.query<{ id: number }>(
    `insert into app_user (email, password_hash, first_name, last_name, roles)
     values ($1, '!', 'Clé API', $2, $3) returning id`,
    [email, name, roles],
  );
  return account!.id;
}
