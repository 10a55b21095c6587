import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import type { RateLimiter } from '../../shared/rate-limiter.js';
import type { Viewer } from '../identity/identity.service.js';
import { Role } from '../identity/roles.js';
import { requireMembership } from '../pro/pro-access.js';

/** Keys are told from session tokens by this prefix (and found in leaked code by scanners). */
export const API_KEY_PREFIX = 'pck_';
/** Writing the last use at most this often keeps a busy key from writing on every call. */
const LAST_USE_RESOLUTION_MS = 60_000;
const MAX_KEYS_PER_OFFERER = 20;

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

export function isApiKey(token: string): boolean {
  return token.startsWith(API_KEY_PREFIX);
}

export function hashApiKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function keyNotFound(): AppError {
  return new AppError(ErrorCode.NOT_FOUND, 'Cette clé est introuvable.');
}

/**
 * A pro's keys for their offerers. Each key gets its own PRO account, a validated member
 * of that one offerer (see ApiKey): a key caller is then scoped by the ordinary ownership
 * checks. The secret is returned once, at creation; only its hash is kept.
 */
export class ApiKeyService {
  constructor(private readonly em: EntityManager) {}

  async create(
    viewer: Viewer,
    offererId: number,
    rawName: string,
  ): Promise<{ key: ApiKeyRow; secret: string }> {
    const name = rawName.trim();
    if (!name || name.length > 100) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        'Donnez à la clé un nom de 1 à 100 caractères.',
        {
          fields: { name: 'Donnez à la clé un nom de 1 à 100 caractères.' },
        },
      );
    }
    return this.em.transactional(async (em) => {
      await requireMembership(em, viewer.userId, offererId);
      const [live] = await em.execute<{ count: number }[]>(
        'select count(*)::int as count from api_key where offerer_id = ? and revoked_at is null',
        [offererId],
      );
      if (live!.count >= MAX_KEYS_PER_OFFERER) {
        throw new AppError(
          ErrorCode.BAD_USER_INPUT,
          `Une structure a au plus ${MAX_KEYS_PER_OFFERER} clés actives : révoquez celles qui ne servent plus.`,
        );
      }
      const secret = API_KEY_PREFIX + randomBytes(32).toString('base64url');
      // The account cannot log in: its password hash matches no password.
      const [account] = await em.execute<{ id: number }[]>(
        `insert into app_user (email, password_hash, first_name, last_name, roles)
         values (?, '!', 'Clé API', ?, ?) returning id`,
        [`cle-${randomUUID()}@api-keys.invalid`, name, `{${Role.PRO}}`],
      );
      await em.execute(
        `insert into offerer_membership (user_id, offerer_id, status) values (?, ?, 'VALIDATED')`,
        [account!.id, offererId],
      );
      const [key] = await em.execute<ApiKeyRow[]>(
        `insert into api_key (offerer_id, created_by_id, account_id, name, display_prefix, secret_hash)
         values (?, ?, ?, ?, ?, ?)
         returning ${API_KEY_COLUMNS.replaceAll('k.', '')}`,
        [offererId, viewer.userId, account!.id, name, secret.slice(0, 12), hashApiKey(secret)],
      );
      return { key: key!, secret };
    });
  }

  /** Every key of the offerer, revoked ones too (newest first). */
  async list(viewer: Viewer, offererId: number): Promise<ApiKeyRow[]> {
    await requireMembership(this.em, viewer.userId, offererId);
    return this.em.execute<ApiKeyRow[]>(
      `select ${API_KEY_COLUMNS} from api_key k where k.offerer_id = ? order by k.id desc`,
      [offererId],
    );
  }

  /** Takes effect on the key's next call; revoking twice is harmless. */
  async revoke(viewer: Viewer, keyId: number): Promise<ApiKeyRow> {
    return this.em.transactional(async (em) => {
      const [key] = await em.execute<{ offererId: number; accountId: number }[]>(
        `select k.offerer_id as "offererId", k.account_id as "accountId" from api_key k
          where k.id = ? and exists (select 1 from offerer_membership m
            where m.offerer_id = k.offerer_id and m.user_id = ? and m.status = 'VALIDATED')
          for update`,
        [keyId, viewer.userId],
      );
      if (!key) throw keyNotFound();
      await em.execute('update api_key set revoked_at = coalesce(revoked_at, now()) where id = ?', [
        keyId,
      ]);
      // Belt and braces: the account loses the offerer too.
      await em.execute('delete from offerer_membership where user_id = ?', [key.accountId]);
      const [row] = await em.execute<ApiKeyRow[]>(
        `select ${API_KEY_COLUMNS} from api_key k where k.id = ?`,
        [keyId],
      );
      return row!;
    });
  }
}

/**
 * The caller of an API key: its account, while the key is live and whoever created it is
 * still a validated, unsuspended member of the offerer. Counts the call against the key's
 * rate limit and records the last use.
 */
export async function findKeyViewer(
  db: SqlClient,
  secret: string,
  calls: RateLimiter,
  now = new Date(),
): Promise<Viewer | null> {
  const [row] = await db.query<{ id: number; account_id: number; last_used_at: Date | null }>(
    `select k.id, k.account_id, k.last_used_at
       from api_key k
       join app_user creator on creator.id = k.created_by_id and creator.suspended_at is null
       join offerer_membership m on m.user_id = k.created_by_id and m.offerer_id = k.offerer_id
                                and m.status = 'VALIDATED'
      where k.secret_hash = $1 and k.revoked_at is null`,
    [hashApiKey(secret)],
  );
  if (!row) return null;
  const limitKey = String(row.id);
  if (await calls.isLimited(limitKey)) {
    throw new AppError(
      ErrorCode.RATE_LIMITED,
      'Trop d’appels avec cette clé : réessayez dans une minute.',
    );
  }
  await calls.record(limitKey);
  if (
    !row.last_used_at ||
    now.getTime() - new Date(row.last_used_at).getTime() > LAST_USE_RESOLUTION_MS
  ) {
    await db.query('update api_key set last_used_at = $2 where id = $1', [row.id, now]);
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
