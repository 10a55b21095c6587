import type { SqlClient } from '../../db/sql.js';

/** The `image` table's SQL: this module is its only writer. */

export interface ImageRow {
  id: number;
  offerId: number | null;
  venueId: number | null;
  key: string;
  originalKey: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  credit: string | null;
}

/** An image row's columns as ImageRow names them (other modules read cards' images with them). */
export const IMAGE_COLUMNS = `id, offer_id as "offerId", venue_id as "venueId", key, original_key as "originalKey",
  width, height, bytes, alt, credit`;

/** Namespaces of this module's transaction-scoped advisory locks. */
const OFFERER_ALLOWANCE_LOCK = 1_717_001;
const IMAGE_KEY_LOCK = 1_717_002;

export function imagesOfOffers(db: SqlClient, offerIds: readonly number[]): Promise<ImageRow[]> {
  return db.query<ImageRow>(`select ${IMAGE_COLUMNS} from image where offer_id = any($1::int[])`, [
    offerIds,
  ]);
}

export function imagesOfVenues(db: SqlClient, venueIds: readonly number[]): Promise<ImageRow[]> {
  return db.query<ImageRow>(`select ${IMAGE_COLUMNS} from image where venue_id = any($1::int[])`, [
    venueIds,
  ]);
}

/**
 * Serialises the uploads of one offerer until the transaction ends: the allowance is
 * read and a new image counted against it by one upload at a time.
 */
export async function lockOffererAllowance(tx: SqlClient, offererId: number): Promise<void> {
  await tx.query('select pg_advisory_xact_lock($1, $2)', [OFFERER_ALLOWANCE_LOCK, offererId]);
}

/** Serialises writing and removing one key's files, so a removal never takes a file just reused. */
export async function lockImageKey(tx: SqlClient, key: string): Promise<void> {
  await tx.query('select pg_advisory_xact_lock($1, hashtext($2))', [IMAGE_KEY_LOCK, key]);
}

export async function storedBytesOf(tx: SqlClient, offererId: number): Promise<number> {
  const [row] = await tx.query<{ bytes: string }>(
    'select coalesce(sum(bytes), 0) as bytes from image where offerer_id = $1',
    [offererId],
  );
  return Number(row?.bytes ?? 0);
}

export type ImageTarget = { offerId: number } | { venueId: number };

function targetCondition(target: ImageTarget): [string, number] {
  return 'offerId' in target
    ? ['offer_id = $1', target.offerId]
    : ['venue_id = $1', target.venueId];
}

/** The target's image row, removed; null when it had none. */
export async function deleteImageOf(tx: SqlClient, target: ImageTarget): Promise<ImageRow | null> {
  const [condition, id] = targetCondition(target);
  const [row] = await tx.query<ImageRow>(
    `delete from image where ${condition} returning ${IMAGE_COLUMNS}`,
    [id],
  );
  return row ?? null;
}

export async function insertImage(
  tx: SqlClient,
  image: {
    offererId: number;
    target: ImageTarget;
    uploadedBy: number | null;
    key: string;
    originalKey: string;
    width: number;
    height: number;
    bytes: number;
    alt: string;
    credit: string | null;
  },
): Promise<ImageRow> {
  const [row] = await tx.query<ImageRow>(
    `insert into image (offerer_id, offer_id, venue_id, uploaded_by_id, key, original_key, width, height, bytes, alt, credit)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning ${IMAGE_COLUMNS}`,
    [
      image.offererId,
      'offerId' in image.target ? image.target.offerId : null,
      'venueId' in image.target ? image.target.venueId : null,
      image.uploadedBy,
      image.key,
      image.originalKey,
      image.width,
      image.height,
      image.bytes,
      image.alt,
      image.credit,
    ],
  );
  return row!;
}

/** Whether any image still names these files. */
export async function isKeyUsed(tx: SqlClient, key: string): Promise<boolean> {
  const [row] = await tx.query<{ used: boolean }>(
    'select exists (select 1 from image where key = $1 or original_key = $1) as used',
    [key],
  );
  return row?.used ?? false;
}

/** Which of these keys an image names (as its key or its original's). */
export async function usedKeys(db: SqlClient, keys: readonly string[]): Promise<Set<string>> {
  const rows = await db.query<{ key: string }>(
    `select key from image where key = any($1::text[])
     union select original_key from image where original_key = any($1::text[])`,
    [[...keys]],
  );
  return new Set(rows.map((r) => r.key));
}

export interface SharedImage {
  key: string;
  originalKey: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  credit: string | null;
}

/**
 * Gives one image (files already stored) to every offer of these subcategories that has
 * none, one offer in `everyNth` (by id) left without: for generated catalogues (the
 * seeds), in one statement whatever their number.
 */
export async function attachToOffersWithoutImage(
  tx: SqlClient,
  image: SharedImage,
  subcategoryIds: readonly string[],
  everyNth: number,
): Promise<number> {
  const rows = await tx.query<{ count: string }>(
    `with added as (
       insert into image (offerer_id, offer_id, key, original_key, width, height, bytes, alt, credit)
       select v.offerer_id, o.id, $1, $2, $3, $4, $5, $6, $7
         from offer o join venue v on v.id = o.venue_id
        where o.subcategory_id = any($8::text[]) and o.id % $9 <> 0
          and not exists (select 1 from image i where i.offer_id = o.id)
       returning 1)
     select count(*) as count from added`,
    [
      image.key,
      image.originalKey,
      image.width,
      image.height,
      image.bytes,
      image.alt,
      image.credit,
      subcategoryIds,
      everyNth,
    ],
  );
  return Number(rows[0]?.count ?? 0);
}
