import type { SqlClient } from '../../db/sql.js';

import { VENUE_COLUMNS, type VenueRow } from './catalog.rows.js';
import type { OffererStatus } from './offerer.entity.js';

/** Pros' structures: offerers, their members and venues. The catalogue owns these tables; pro/ asks here. */

export interface ProVenueRow extends VenueRow {
  siret: string | null;
  bookingEmail: string | null;
}

const PRO_VENUE_COLUMNS = `${VENUE_COLUMNS}, v.siret, v.booking_email as "bookingEmail"`;

/** The offerer (its SIREN and status) when the person is a validated member of it; else null. */
export async function validatedMembership(
  db: SqlClient,
  userId: number,
  offererId: number,
): Promise<{ siren: string; status: OffererStatus } | null> {
  const [row] = await db.query<{ siren: string; status: OffererStatus }>(
    `select f.siren, f.status from offerer f
       join offerer_membership m on m.offerer_id = f.id and m.user_id = $1 and m.status = 'VALIDATED'
      where f.id = $2`,
    [userId, offererId],
  );
  return row ?? null;
}

/** The venue when the person is a validated member of its offerer; else null. */
export async function ownVenue(
  db: SqlClient,
  userId: number,
  venueId: number,
): Promise<{ venueId: number; offererId: number; isVirtual: boolean } | null> {
  const [row] = await db.query<{ venueId: number; offererId: number; isVirtual: boolean }>(
    `select v.id as "venueId", v.offerer_id as "offererId", v.is_virtual as "isVirtual"
       from venue v
       join offerer_membership m on m.offerer_id = v.offerer_id and m.user_id = $1 and m.status = 'VALIDATED'
      where v.id = $2`,
    [userId, venueId],
  );
  return row ?? null;
}

/** Unique violations that mean "already registered". */
export const OFFERER_SIREN_CONSTRAINT = 'offerer_siren_unique';
export const VENUE_SIRET_CONSTRAINT = 'venue_siret_unique';

/** A new offerer (NEW), its creator as first validated member, and its virtual venue. */
export async function insertOffererWithCreator(
  tx: SqlClient,
  creatorId: number,
  siren: string,
  name: string,
): Promise<number> {
  const [offerer] = await tx.query<{ id: number }>(
    `insert into offerer (siren, name, status) values ($1, $2, 'NEW') returning id`,
    [siren, name],
  );
  await tx.query(
    `insert into offerer_membership (user_id, offerer_id, status) values ($1, $2, 'VALIDATED')`,
    [creatorId, offerer!.id],
  );
  await tx.query(
    `insert into venue (offerer_id, name, is_virtual, venue_type) values ($1, $2, true, 'DIGITAL')`,
    [offerer!.id, `${name} (offres numériques)`.slice(0, 200)],
  );
  return offerer!.id;
}

export async function offererIdBySiren(db: SqlClient, siren: string): Promise<number | null> {
  const [row] = await db.query<{ id: number }>('select id from offerer where siren = $1', [siren]);
  return row?.id ?? null;
}

/** Asks to join: a NEW membership, unless the person already has one. */
export async function insertMembershipRequest(
  db: SqlClient,
  userId: number,
  offererId: number,
): Promise<void> {
  await db.query(
    `insert into offerer_membership (user_id, offerer_id, status) values ($1, $2, 'NEW')
     on conflict (user_id, offerer_id) do nothing`,
    [userId, offererId],
  );
}

export interface OffererMembershipRow {
  id: number;
  siren: string;
  name: string;
  status: OffererStatus;
  membershipStatus: OffererStatus;
}

export async function offerersOfMember(
  db: SqlClient,
  userId: number,
  onlyOffererId: number | null,
): Promise<OffererMembershipRow[]> {
  return db.query<OffererMembershipRow>(
    `select f.id, f.siren, f.name, f.status, m.status as "membershipStatus"
       from offerer_membership m join offerer f on f.id = m.offerer_id
      where m.user_id = $1 and ($2::int is null or f.id = $2)
      order by f.name, f.id`,
    [userId, onlyOffererId],
  );
}

export async function venuesOfOfferers(
  db: SqlClient,
  offererIds: readonly number[],
): Promise<ProVenueRow[]> {
  return db.query<ProVenueRow>(
    `select ${PRO_VENUE_COLUMNS} from venue v
      where v.offerer_id = any($1::int[])
      order by v.is_virtual desc, coalesce(v.public_name, v.name), v.id`,
    [offererIds],
  );
}

export async function proVenueById(db: SqlClient, venueId: number): Promise<ProVenueRow | null> {
  const [row] = await db.query<ProVenueRow>(
    `select ${PRO_VENUE_COLUMNS} from venue v where v.id = $1`,
    [venueId],
  );
  return row ?? null;
}

/**
 * A venue's details in column order: name, public name, address, postal code, city,
 * department, longitude, latitude, type, booking email, four accessibility flags.
 */
export type VenueValues = readonly unknown[];

export async function insertVenue(
  db: SqlClient,
  offererId: number,
  siret: string,
  values: VenueValues,
): Promise<number> {
  const [venue] = await db.query<{ id: number }>(
    `insert into venue (offerer_id, siret, name, public_name, address, postal_code, city,
                        department_code, location, venue_type, booking_email,
                        motor_accessible, visual_accessible, hearing_accessible, mental_accessible)
     values ($1, $2, $3, $4, $5, $6, $7, $8, ST_SetSRID(ST_MakePoint($9, $10), 4326)::geography,
             $11, $12, $13, $14, $15, $16)
     returning id`,
    [offererId, siret, ...values],
  );
  return venue!.id;
}

export async function updateVenueDetails(
  db: SqlClient,
  venueId: number,
  values: VenueValues,
): Promise<void> {
  await db.query(
    `update venue set name = $2, public_name = $3, address = $4, postal_code = $5, city = $6,
            department_code = $7, location = ST_SetSRID(ST_MakePoint($8, $9), 4326)::geography,
            venue_type = $10, booking_email = $11, motor_accessible = $12, visual_accessible = $13,
            hearing_accessible = $14, mental_accessible = $15
      where id = $1`,
    [venueId, ...values],
  );
}

export async function lockOffererStatus(tx: SqlClient, offererId: number): Promise<string | null> {
  const [row] = await tx.query<{ status: string }>(
    'select status from offerer where id = $1 for update',
    [offererId],
  );
  return row?.status ?? null;
}

export async function setOffererStatus(
  tx: SqlClient,
  offererId: number,
  decision: 'VALIDATED' | 'REJECTED',
  at: Date,
): Promise<void> {
  await tx.query(
    `update offerer set status = $1, validated_at = case when $1 = 'VALIDATED' then $2::timestamptz end
      where id = $3`,
    [decision, at, offererId],
  );
}

export async function lockMembership(
  tx: SqlClient,
  membershipId: number,
): Promise<{ status: string; user_id: number; offerer_id: number } | null> {
  const [row] = await tx.query<{ status: string; user_id: number; offerer_id: number }>(
    'select status, user_id, offerer_id from offerer_membership where id = $1 for update',
    [membershipId],
  );
  return row ?? null;
}

export async function setMembershipStatus(
  tx: SqlClient,
  membershipId: number,
  decision: 'VALIDATED' | 'REJECTED',
): Promise<void> {
  await tx.query('update offerer_membership set status = $1 where id = $2', [
    decision,
    membershipId,
  ]);
}

/** An API key's account, a validated member of the key's offerer from the start. */
export async function insertValidatedMembership(
  tx: SqlClient,
  userId: number,
  offererId: number,
): Promise<void> {
  await tx.query(
    `insert into offerer_membership (user_id, offerer_id, status) values ($1, $2, 'VALIDATED')`,
    [userId, offererId],
  );
}

/** Revoked API keys' accounts leave their offerers. */
export async function deleteMembershipsOf(
  tx: SqlClient,
  userIds: readonly number[],
): Promise<void> {
  if (userIds.length === 0) return;
  await tx.query('delete from offerer_membership where user_id = any($1::int[])', [userIds]);
}
