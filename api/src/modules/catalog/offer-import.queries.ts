import type { SqlClient } from '../../db/sql.js';
import { CATALOGUE_DETAIL_COLUMNS, type CatalogueDetails } from './catalog.rows.js';
import { memberOfVenueSql } from './pro-access.queries.js';

/** The venues of the offerers a user is a validated member of. */
export async function venuesOfMember(
  db: SqlClient,
  userId: number,
): Promise<
  { id: number; siret: string | null; isVirtual: boolean; departmentCode: string | null }[]
> {
  return db.query(
    `select v.id, v.siret, v.is_virtual as "isVirtual", v.department_code as "departmentCode"
       from venue v where ${memberOfVenueSql('$1')}`,
    [userId],
  );
}

export interface ImportedOffer extends CatalogueDetails {
  id: number;
  venueId: number;
  externalRef: string | null;
  ean: string | null;
  subcategoryId: string;
  name: string;
  description: string | null;
}

export interface ImportedStock {
  id: number;
  offerId: number;
  priceCents: number;
  quantity: number | null;
  bookedQuantity: number;
  beginsAt: string | Date | null;
}

/**
 * The offers the lines name (by venue and reference, or venue and EAN), locked when
 * asked. Two index lookups rather than one join on an OR.
 */
export async function offersNamedBy(
  db: SqlClient,
  keys: { venue: number; ref: string | null; ean: string | null }[],
  lock: boolean,
): Promise<ImportedOffer[]> {
  return db.query<ImportedOffer>(
    `with x as (select * from jsonb_to_recordset($1::jsonb) as x(venue int, ref text, ean text))
     select o.id, o.venue_id as "venueId", o.external_ref as "externalRef", o.ean,
            o.subcategory_id as "subcategoryId", o.name, o.description, ${CATALOGUE_DETAIL_COLUMNS}
       from offer o
      where o.id in (select f.id from offer f join x on f.venue_id = x.venue and f.external_ref = x.ref
                     union
                     select f.id from offer f join x on f.venue_id = x.venue and f.ean = x.ean)
      order by o.id ${lock ? 'for no key update of o' : ''}`,
    [JSON.stringify(keys)],
  );
}

/** Live stocks of offers, locked when asked. */
export async function liveStocksForImport(
  db: SqlClient,
  offerIds: number[],
  lock: boolean,
): Promise<ImportedStock[]> {
  return db.query<ImportedStock>(
    `select s.id, s.offer_id as "offerId", s.price_cents as "priceCents", s.quantity,
            s.booked_quantity as "bookedQuantity", s.begins_at as "beginsAt"
       from stock s where s.offer_id = any($1::int[]) and not s.is_soft_deleted
      order by s.id ${lock ? 'for update' : ''}`,
    [offerIds],
  );
}

/** New draft offers, one statement. */
/** The catalogue fields besides the EAN, as jsonb_to_recordset columns and their names. */
const DETAIL_RECORD = `author text, performer text, "stageDirector" text, "durationMinutes" int,
  language text, "ageAdvice" text`;

type ImportedDetails = Omit<CatalogueDetails, 'ean'>;

export async function insertImportedOffers(
  tx: SqlClient,
  offers: ({
    venue: number;
    subcategory: string;
    name: string;
    description: string | null;
    ref: string | null;
    ean: string | null;
  } & ImportedDetails)[],
): Promise<{ id: number; venueId: number; externalRef: string | null; ean: string | null }[]> {
  return tx.query(
    `insert into offer (venue_id, subcategory_id, name, description, external_ref, ean, validation,
                        author, performer, stage_director, duration_minutes, language, age_advice)
     select x.venue, x.subcategory, x.name, x.description, x.ref, x.ean, 'DRAFT',
            x.author, x.performer, x."stageDirector", x."durationMinutes", x.language, x."ageAdvice"
       from jsonb_to_recordset($1::jsonb)
         as x(venue int, subcategory text, name text, description text, ref text, ean text, ${DETAIL_RECORD})
     returning id, venue_id as "venueId", external_ref as "externalRef", ean`,
    [JSON.stringify(offers)],
  );
}

/** New name, description and catalogue fields (all of them, merged by the caller). */
export async function updateImportedOfferDetails(
  tx: SqlClient,
  changes: ({ id: number; name: string; description: string | null } & ImportedDetails)[],
): Promise<void> {
  await tx.query(
    `update offer o set name = x.name, description = x.description, author = x.author,
            performer = x.performer, stage_director = x."stageDirector",
            duration_minutes = x."durationMinutes", language = x.language, age_advice = x."ageAdvice",
            updated_at = now()
       from jsonb_to_recordset($1::jsonb) as x(id int, name text, description text, ${DETAIL_RECORD})
      where o.id = x.id`,
    [JSON.stringify(changes)],
  );
}

export async function insertImportedStocks(
  tx: SqlClient,
  stocks: {
    offer: number | undefined;
    price: number;
    quantity: number | null;
    begins: Date | null;
    limit_at: Date | null;
  }[],
): Promise<void> {
  await tx.query(
    `insert into stock (offer_id, price_cents, quantity, begins_at, booking_limit_at)
     select x.offer, x.price, x.quantity, x.begins, x.limit_at
       from jsonb_to_recordset($1::jsonb) as x(offer int, price int, quantity int, begins timestamptz, limit_at timestamptz)`,
    [JSON.stringify(stocks)],
  );
}

export async function updateImportedStocks(
  tx: SqlClient,
  changes: { id: number; price: number; quantity: number | null }[],
): Promise<void> {
  await tx.query(
    `update stock s set price_cents = x.price, quantity = x.quantity
       from jsonb_to_recordset($1::jsonb) as x(id int, price int, quantity int)
      where s.id = x.id`,
    [JSON.stringify(changes)],
  );
}

/** The venue's offer carrying this external reference (references are kept trimmed). */
export async function offerIdByExternalRef(
  db: SqlClient,
  venueId: number,
  externalRef: string,
): Promise<number | null> {
  const [row] = await db.query<{ id: number }>(
    'select id from offer where venue_id = $1 and external_ref = $2',
    [venueId, externalRef.trim()],
  );
  return row?.id ?? null;
}
