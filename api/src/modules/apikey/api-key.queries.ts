import type { SqlClient } from '../../db/sql.js';
import { deleteMembershipsOf, insertValidatedMembership } from '../catalog/structure.queries.js';
import { insertKeyAccount } from '../identity/identity.queries.js';

export interface ApiKeyRow {
  id: number;
  offererId: number;
  name: string;
  displayPrefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const API_KEY_COLUMNS = `k.id, k.offerer_id as "offererId", k.name, k.display_prefix as "displayPrefix",
  k.created_at as "createdAt", k.last_used_at as "lastUsedAt", k.revoked_at as "revokedAt"`;

export async function countLiveKeys(tx: SqlClient, offererId: number): Promise<number> {
  const [row] = await tx.query<{ count: number }>(
    'select count(*)::int as count from api_key where offerer_id = $1 and revoked_at is null',
    [offererId],
  );
  return row!.count;
}

/**
 * A key and its own account: a PRO that cannot log in (its password hash matches no
 * password), a validated member of the one offerer.
 */
export async function insertKeyWithAccount(
  tx: SqlClient,
  key: {
    offererId: number;
    creatorId: number;
    name: string;
    accountEmail: string;
    accountRoles: string[];
    displayPrefix: string;
    secretHash: string;
  },
): Promise<ApiKeyRow> {
  const accountId = await insertKeyAccount(tx, key.accountEmail, key.name, key.accountRoles);
  await insertValidatedMembership(tx, accountId, key.offererId);
  const [row] = await tx.query<ApiKeyRow>(
    `insert into api_key (offerer_id, created_by_id, account_id, name, display_prefix, secret_hash)
     values ($1, $2, $3, $4, $5, $6)
     returning ${API_KEY_COLUMNS.replaceAll('k.', '')}`,
    [key.offererId, key.creatorId, accountId, key.name, key.displayPrefix, key.secretHash],
  );
  return row!;
}

export async function keysOfOfferer(db: SqlClient, offererId: number): Promise<ApiKeyRow[]> {
  return db.query<ApiKeyRow>(
    `select ${API_KEY_COLUMNS} from api_key k where k.offerer_id = $1 order by k.id desc`,
    [offererId],
  );
}

/** The key, locked, when the person is a validated member of its offerer; else null. */
export async function lockKeyOfMember(
  tx: SqlClient,
  keyId: number,
  userId: number,
): Promise<{ accountId: number } | null> {
  const [row] = await tx.query<{ accountId: number }>(
    `select k.account_id as "accountId" from api_key k
      where k.id = $1 and exists (select 1 from offerer_membership m
        where m.offerer_id = k.offerer_id and m.user_id = $2 and m.status = 'VALIDATED')
      for update`,
    [keyId, userId],
  );
  return row ?? null;
}

export async function keyById(db: SqlClient, keyId: number): Promise<ApiKeyRow | null> {
  const [row] = await db.query<ApiKeyRow>(
    `select ${API_KEY_COLUMNS} from api_key k where k.id = $1`,
    [keyId],
  );
  return row ?? null;
}

/**
 * Revokes keys (idempotent) and takes their accounts out of every offerer: belt and
 * braces, a revoked key's account reaches nothing even through another path.
 */
export async function revokeKeys(
  tx: SqlClient,
  selection: { keyId: number } | { creatorId: number; offererId: number | null },
  now: Date,
): Promise<number> {
  const revoked =
    'keyId' in selection
      ? await tx.query<{ account_id: number }>(
          `update api_key set revoked_at = coalesce(revoked_at, $2) where id = $1 returning account_id`,
          [selection.keyId, now],
        )
      : await tx.query<{ account_id: number }>(
          `update api_key set revoked_at = $3
            where created_by_id = $1 and ($2::int is null or offerer_id = $2) and revoked_at is null
            returning account_id`,
          [selection.creatorId, selection.offererId, now],
        );
  const accounts = revoked.map((r) => r.account_id);
  await deleteMembershipsOf(tx, accounts);
  return accounts.length;
}

export interface KeyCaller {
  id: number;
  account_id: number;
  last_used_at: Date | null;
}

/**
 * The live key of this secret hash, only while whoever created it is an active person
 * (neither deleted nor suspended) and a validated member of the key's offerer: checked
 * on every call, in this one statement.
 */
export async function liveKeyBySecretHash(
  db: SqlClient,
  secretHash: string,
): Promise<KeyCaller | null> {
  const [row] = await db.query<KeyCaller>(
    `select k.id, k.account_id, k.last_used_at
       from api_key k
       join app_user creator on creator.id = k.created_by_id
                            and creator.suspended_at is null and creator.anonymised_at is null
       join offerer_membership m on m.user_id = k.created_by_id and m.offerer_id = k.offerer_id
                                and m.status = 'VALIDATED'
      where k.secret_hash = $1 and k.revoked_at is null`,
    [secretHash],
  );
  return row ?? null;
}

export async function touchKey(db: SqlClient, keyId: number, now: Date): Promise<void> {
  await db.query('update api_key set last_used_at = $2 where id = $1', [keyId, now]);
}
