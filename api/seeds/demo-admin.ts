import type { SqlClient } from '../src/db/sql.js';
import { generateToken } from '../src/modules/booking/token.js';
import { refreshUptake } from '../src/modules/insights/uptake-dashboard.service.js';
import { addMonths } from '../src/shared/time.js';

/** Demo accounts and data the back office works on (web-admin journeys use them). */
export const DEMO_ADMIN_EMAILS = {
  /** 18, Lyon (69, closed department), asked for the credit: open 69, then approve. */
  closedDepartmentRequest: 'jeune.lyon@passculture.test',
  /** 19, Saint-Denis, has booked the offer waiting for moderation. */
  pendingOfferBooker: 'jeune.moderation@passculture.test',
} as const;

/** The offer the moderation queue holds, booked once. */
export const DEMO_PENDING_OFFER_NAME = 'Revente de places — concert privé';

/**
 * Back-office demo data: a request from a closed department, moderation rules, an offer
 * waiting for moderation with a booking, and the uptake rollups refreshed on the demo.
 * Runs inside the demo seed's transaction.
 */
export async function seedDemoAdmin(
  tx: SqlClient,
  { now, passwordHash }: { now: Date; passwordHash: string },
): Promise<void> {
  const birthDate = (years: number, days: number) => {
    const date = new Date(now.getTime());
    date.setUTCFullYear(date.getUTCFullYear() - years);
    date.setUTCDate(date.getUTCDate() - days);
    return date.toISOString().slice(0, 10);
  };
  await tx.query(
    `insert into app_user (email, password_hash, first_name, last_name, birth_date, postal_code, department_code,
                           activation_status, activation_requested_at, created_at)
     values ($1, $2, 'Nina', 'Rousseau', $3, '69003', '69', 'REQUESTED', $4, $5)`,
    [
      DEMO_ADMIN_EMAILS.closedDepartmentRequest,
      passwordHash,
      birthDate(18, 40),
      now,
      addMonths(now, -2),
    ],
  );

  await tx.query(`insert into moderation_rule (label, kind, price_threshold_cents, words, subcategory_ids) values
    ('Prix supérieur à 300 €', 'PRICE_ABOVE', 30000, null, null),
    ('Mots signalant une revente ou une arnaque', 'WORDS', null, '{revente,"carte cadeau",gratuit}', null),
    ('Achats d''instruments', 'SUBCATEGORIES', null, null, '{ACHAT_INSTRUMENT}')`);

  const [venue] = await tx.query<{ id: number }>(
    `select v.id from venue v join offerer o on o.id = v.offerer_id
      where o.status = 'VALIDATED' and not v.is_virtual and v.department_code = '93'
      order by v.id limit 1`,
  );
  const [offer] = await tx.query<{ id: number }>(
    `insert into offer (venue_id, subcategory_id, name, description, validation, created_at, updated_at)
     values ($1, 'CONCERT', $2, 'Places achetées en lot, revente à prix coûtant.', 'PENDING', $3, $4) returning id`,
    [venue!.id, DEMO_PENDING_OFFER_NAME, addMonths(now, -1), now],
  );
  const beginsAt = new Date(now.getTime() + 20 * 86_400_000);
  const [stock] = await tx.query<{ id: number }>(
    `insert into stock (offer_id, price_cents, quantity, begins_at, booking_limit_at)
     values ($1, 3000, 50, $2, $3) returning id`,
    [offer!.id, beginsAt, new Date(beginsAt.getTime() - 3 * 86_400_000)],
  );
  const [young] = await tx.query<{ id: number }>(
    `insert into app_user (email, password_hash, first_name, last_name, birth_date, postal_code, department_code,
                           roles, activation_status, activation_requested_at, activation_decided_at, created_at)
     values ($1, $2, 'Yanis', 'Benali', $3, '93200', '93', '{BENEFICIARY}', 'ACTIVATED', $4, $5, $6) returning id`,
    [
      DEMO_ADMIN_EMAILS.pendingOfferBooker,
      passwordHash,
      birthDate(19, 10),
      addMonths(now, -3),
      addMonths(now, -3),
      addMonths(now, -4),
    ],
  );
  const [deposit] = await tx.query<{ id: number }>(
    `insert into deposit (user_id, policy_code, amount_cents, digital_cap_cents, physical_cap_cents, created_at, expires_at)
     select $1::int, code, (amounts_by_age ->> '18')::int, digital_cap_cents, physical_cap_cents, $2::timestamptz, $3::timestamptz
       from grant_policy where code = 'GRANT_2019' returning id`,
    [young!.id, addMonths(now, -3), addMonths(now, 21)],
  );
  // A token no other demo booking took.
  let token = generateToken();
  while ((await tx.query('select 1 from booking where token = $1', [token])).length > 0) {
    token = generateToken();
  }
  await tx.query(
    `insert into booking (user_id, deposit_id, stock_id, offer_id, token, quantity, amount_cents, booked_at,
                          cancellation_limit_at)
     values ($1, $2, $3, $4, $5, 1, 3000, $6, $7)`,
    [
      young!.id,
      deposit!.id,
      stock!.id,
      offer!.id,
      token,
      addMonths(now, -1),
      new Date(beginsAt.getTime() - 48 * 3_600_000),
    ],
  );
  await refreshUptake((sql) => tx.query(sql));
}
