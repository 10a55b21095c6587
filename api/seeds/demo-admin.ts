import type { SqlClient } from '../src/db/sql.js';
import { generateToken } from '../src/modules/booking/token.js';
import { refreshUptake } from '../src/modules/insights/uptake-dashboard.service.js';
import { addMonths, DAY_MS, HOUR_MS } from '../src/shared/time.js';
import BACKOFFICE from './data/demo/backoffice.json' with { type: 'json' };

/** Demo accounts and data the back office works on (web-admin journeys use them). */
export const DEMO_ADMIN_EMAILS = {
  /** 18, Lyon (69, closed department), asked for the credit: open 69, then approve. */
  closedDepartmentRequest: BACKOFFICE.closedDepartmentRequest.email,
  /** 19, Saint-Denis, has booked the offer waiting for moderation. */
  pendingOfferBooker: BACKOFFICE.pendingOfferBooker.email,
} as const;

/** The offer the moderation queue holds, booked once. */
export const DEMO_PENDING_OFFER_NAME = BACKOFFICE.pendingOffer.name;

/** Days the booking limit falls before an event, and hours the cancellation window closes before it. */
const BOOKING_LIMIT_DAYS = 3;
const CANCELLATION_HOURS = 48;

/**
 * Back-office demo data (seeds/data/demo/backoffice.json): a request from a closed
 * department, moderation rules, an offer waiting for moderation with a booking, and the
 * uptake rollups refreshed on the demo. Runs inside the demo seed's transaction.
 */
export async function seedDemoAdmin(
  tx: SqlClient,
  { now, passwordHash }: { now: Date; passwordHash: string },
): Promise<void> {
  const monthsAgo = (months: number) => addMonths(now, -months);
  const birthDate = ([years, days]: readonly number[]) => {
    const date = new Date(now.getTime());
    date.setUTCFullYear(date.getUTCFullYear() - (years ?? 0));
    date.setUTCDate(date.getUTCDate() - (days ?? 0));
    return date.toISOString().slice(0, 10);
  };

  const request = BACKOFFICE.closedDepartmentRequest;
  await tx.query(
    `insert into app_user (email, password_hash, first_name, last_name, birth_date, postal_code, department_code,
                           activation_status, activation_requested_at, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, 'REQUESTED', $8, $9)`,
    [
      request.email,
      passwordHash,
      request.firstName,
      request.lastName,
      birthDate(request.age),
      request.postalCode,
      request.departmentCode,
      now,
      monthsAgo(request.createdMonthsAgo),
    ],
  );

  await tx.query(
    `insert into moderation_rule (label, kind, price_threshold_cents, words, subcategory_ids)
     select label, kind, price_threshold_cents, words, subcategory_ids
       from json_to_recordset($1::json)
         as r(label text, kind text, price_threshold_cents int, words text[], subcategory_ids text[])`,
    [
      JSON.stringify(
        BACKOFFICE.moderationRules.map((rule) => ({
          label: rule.label,
          kind: rule.kind,
          price_threshold_cents: rule.priceThresholdCents ?? null,
          words: rule.words ?? null,
          subcategory_ids: rule.subcategoryIds ?? null,
        })),
      ),
    ],
  );

  const pending = BACKOFFICE.pendingOffer;
  const [venue] = await tx.query<{ id: number }>(
    `select v.id from venue v join offerer o on o.id = v.offerer_id
      where o.status = 'VALIDATED' and not v.is_virtual and v.department_code = $1
      order by v.id limit 1`,
    [pending.departmentCode],
  );
  if (!venue) throw new Error(`Demo seed: no validated venue in ${pending.departmentCode}`);
  const [offer] = await tx.query<{ id: number }>(
    `insert into offer (venue_id, subcategory_id, name, description, validation, created_at, updated_at)
     values ($1, $2, $3, $4, 'PENDING', $5, $6) returning id`,
    [
      venue.id,
      pending.subcategoryId,
      pending.name,
      pending.description,
      monthsAgo(pending.createdMonthsAgo),
      now,
    ],
  );
  const beginsAt = new Date(now.getTime() + pending.beginsInDays * DAY_MS);
  const [stock] = await tx.query<{ id: number }>(
    `insert into stock (offer_id, price_cents, quantity, begins_at, booking_limit_at)
     values ($1, $2, $3, $4, $5) returning id`,
    [
      offer!.id,
      pending.priceCents,
      pending.quantity,
      beginsAt,
      new Date(beginsAt.getTime() - BOOKING_LIMIT_DAYS * DAY_MS),
    ],
  );

  const booker = BACKOFFICE.pendingOfferBooker;
  const [young] = await tx.query<{ id: number }>(
    `insert into app_user (email, password_hash, first_name, last_name, birth_date, postal_code, department_code,
                           roles, activation_status, activation_requested_at, activation_decided_at, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, '{BENEFICIARY}', 'ACTIVATED', $8, $9, $10) returning id`,
    [
      booker.email,
      passwordHash,
      booker.firstName,
      booker.lastName,
      birthDate(booker.age),
      booker.postalCode,
      booker.departmentCode,
      monthsAgo(booker.activatedMonthsAgo),
      monthsAgo(booker.activatedMonthsAgo),
      monthsAgo(booker.createdMonthsAgo),
    ],
  );
  const [deposit] = await tx.query<{ id: number }>(
    `insert into deposit (user_id, policy_code, amount_cents, digital_cap_cents, physical_cap_cents, created_at, expires_at)
     select $1::int, code, (amounts_by_age ->> '18')::int, digital_cap_cents, physical_cap_cents, $2::timestamptz, $3::timestamptz
       from grant_policy where code = 'GRANT_2019' returning id`,
    [
      young!.id,
      monthsAgo(booker.activatedMonthsAgo),
      addMonths(monthsAgo(booker.activatedMonthsAgo), 24),
    ],
  );
  // A token no other demo booking took.
  let token = generateToken();
  while ((await tx.query('select 1 from booking where token = $1', [token])).length > 0) {
    token = generateToken();
  }
  await tx.query(
    `insert into booking (user_id, deposit_id, stock_id, offer_id, token, quantity, amount_cents, booked_at,
                          cancellation_limit_at)
     values ($1, $2, $3, $4, $5, 1, $6, $7, $8)`,
    [
      young!.id,
      deposit!.id,
      stock!.id,
      offer!.id,
      token,
      pending.priceCents,
      monthsAgo(booker.bookedMonthsAgo),
      new Date(beginsAt.getTime() - CANCELLATION_HOURS * HOUR_MS),
    ],
  );
  await refreshUptake((sql) => tx.query(sql));
}
