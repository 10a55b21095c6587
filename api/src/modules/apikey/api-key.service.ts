import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Database, SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import type { RateLimiter } from '../../shared/rate-limiter.js';
import type { Viewer } from '../identity/identity.service.js';
import { Role } from '../identity/roles.js';
import { notFound } from '../catalog/pro-access.queries.js';
import { validatedMembership } from '../catalog/structure.queries.js';
import {
  countLiveKeys,
  insertKeyWithAccount,
  keyById,
  keysOfOfferer,
  liveKeyBySecretHash,
  lockKeyOfMember,
  revokeKeys,
  touchKey,
  type ApiKeyRow,
} from './api-key.queries.js';

export type { ApiKeyRow } from './api-key.queries.js';

/** Keys are told from session tokens by this prefix (and found in leaked code by scanners). */
export const API_KEY_PREFIX = 'pck_';
/** Writing the last use at most this often keeps a busy key from writing on every call. */
const LAST_USE_RESOLUTION_MS = 60_000;
const MAX_KEYS_PER_OFFERER = 20;

export function isApiKey(token: string): boolean {
  return token.startsWith(API_KEY_PREFIX);
}

export function hashApiKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function keyNotFound(): AppError {
  return new AppError(ErrorCode.NOT_FOUND, 'Cette clé est introuvable.');
}

async function requireMembership(db: SqlClient, userId: number, offererId: number): Promise<void> {
  if (!(await validatedMembership(db, userId, offererId))) throw notFound('offerer');
}

/**
 * A pro's keys for their offerers. Each key gets its own PRO account, a validated member
 * of that one offerer (see ApiKey): a key caller is then scoped by the ordinary ownership
 * checks. The secret is returned once, at creation; only its hash is kept.
 */
export class ApiKeyService {
  constructor(private readonly db: Database) {}

  async create(
    viewer: Viewer,
    offererId: number,
    rawName: string,
  ): Promise<{ key: ApiKeyRow; secret: string }> {
    const name = rawName.trim();
    if (!name || name.length > 100) {
      const message = 'Donnez à la clé un nom de 1 à 100 caractères.';
      throw new AppError(ErrorCode.BAD_USER_INPUT, message, { fields: { name: message } });
    }
    return this.db.transaction(async (tx) => {
      await requireMembership(tx, viewer.userId, offererId);
      if ((await countLiveKeys(tx, offererId)) >= MAX_KEYS_PER_OFFERER) {
        throw new AppError(
          ErrorCode.BAD_USER_INPUT,
          `Une structure a au plus ${MAX_KEYS_PER_OFFERER} clés actives : révoquez celles qui ne servent plus.`,
        );
      }
      const secret = API_KEY_PREFIX + randomBytes(32).toString('base64url');
      const key = await insertKeyWithAccount(tx, {
        offererId,
        creatorId: viewer.userId,
        name,
        accountEmail: `cle-${randomUUID()}@api-keys.invalid`,
        accountRoles: [Role.PRO],
        displayPrefix: secret.slice(0, 12),
        secretHash: hashApiKey(secret),
      });
      return { key, secret };
    });
  }

  /** Every key of the offerer, revoked ones too (newest first). */
  async list(viewer: Viewer, offererId: number): Promise<ApiKeyRow[]> {
    await requireMembership(this.db, viewer.userId, offererId);
    return keysOfOfferer(this.db, offererId);
  }

  /** Takes effect on the key's next call; revoking twice is harmless. */
  async revoke(viewer: Viewer, keyId: number, now = new Date()): Promise<ApiKeyRow> {
    return this.db.transaction(async (tx) => {
      if (!(await lockKeyOfMember(tx, keyId, viewer.userId))) throw keyNotFound();
      await revokeKeys(tx, { keyId }, now);
      return (await keyById(tx, keyId))!;
    });
  }
}

/**
 * Revokes the keys a person created, for one offerer or (null) all of them: call it in
 * the transaction that deletes their account or ends their membership of the offerer.
 * Returns how many keys were live.
 */
export function revokeKeysCreatedBy(
  tx: SqlClient,
  creatorId: number,
  offererId: number | null,
  now = new Date(),
): Promise<number> {
  return revokeKeys(tx, { creatorId, offererId }, now);
}

/**
 * The caller of an API key: its account, while the key is live and whoever created it is
 * still an active, validated member of the offerer. The call is counted against the key's
 * rate limit before it is judged, and the last use is recorded.
 */
export async function findKeyViewer(
  db: SqlClient,
  secret: string,
  calls: RateLimiter,
  now = new Date(),
): Promise<Viewer | null> {
  const row = await liveKeyBySecretHash(db, hashApiKey(secret));
  if (!row) return null;
  if (!(await calls.take(String(row.id)))) {
    throw new AppError(
      ErrorCode.RATE_LIMITED,
      'Trop d’appels avec cette clé : réessayez dans une minute.',
    );
  }
  if (
    !row.last_used_at ||
    now.getTime() - new Date(row.last_used_at).getTime() > LAST_USE_RESOLUTION_MS
  ) {
    await touchKey(db, row.id, now);
  }
  return { userId: row.account_id, sessionId: 0, roles: [Role.PRO], apiKeyId: row.id };
}

/**
 * What a key may call: its offerer's venues, offers and stocks, bookings and the counter.
 * Not structures, memberships, keys, or anything of an account.
 */
export const API_KEY_OPERATIONS: ReadonlySet<string> = new Set([
  'me',
  'myOfferers',
  'proVenue',
  'proOffers',
  'proOffer',
  'createOfferDraft',
  'updateOffer',
  'publishOffer',
  'setOfferActive',
  'addStocks',
  'updateStock',
  'deleteStock',
  'proBookings',
  'bookingByToken',
  'useBooking',
  'unuseBooking',
  'upsertOffer',
]);
