import { hashPassword } from '../../src/modules/identity/password.js';
import { TOKEN_ALPHABET } from '../../src/modules/booking/token.js';
import { luhnCheckDigit } from '../../seeds/identifiers.js';
import type { TestServer } from './server.js';

/** Builders that write rows straight to the test database, around the services. */

export const TEST_PASSWORD = 'mot de passe de test';
let passwordHash: Promise<string> | undefined;

export async function insertUser(
  api: TestServer,
  fields: {
    email: string;
    roles?: string[];
    departmentCode?: string;
    activationStatus?: string | null;
  },
): Promise<number> {
  passwordHash ??= hashPassword(TEST_PASSWORD, 10);
  const [row] = await api.sql<{ id: number }>(
    `insert into app_user (email, password_hash, first_name, last_name, roles, department_code, activation_status)
     values ($1, $2, 'Prénom', 'Nom', $3, $4, $5) returning id`,
    [
      fields.email,
      await passwordHash,
      `{${(fields.roles ?? []).join(',')}}`,
      fields.departmentCode ?? null,
      fields.activationStatus ?? null,
    ],
  );
  return row!.id;
}

export async function logInAs(api: TestServer, email: string): Promise<string> {
  const res = await api.gql<{ logIn: { token: string } }>(
    'mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }',
    { e: email, p: TEST_PASSWORD },
  );
  if (!res.data) throw new Error(`log in failed: ${JSON.stringify(res.errors)}`);
  return res.data.logIn.token;
}

export async function insertDeposit(
  api: TestServer,
  userId: number,
  fields: {
    amountCents?: number;
    digitalCapCents?: number | null;
    physicalCapCents?: number | null;
    expiresAt?: Date;
  } = {},
): Promise<number> {
  const [row] = await api.sql<{ id: number }>(
    `insert into deposit (user_id, policy_code, amount_cents, digital_cap_cents, physical_cap_cents, expires_at)
     values ($1, 'GRANT_2019', $2, $3, $4, $5) returning id`,
    [
      userId,
      fields.amountCents ?? 50_000,
      fields.digitalCapCents === undefined ? 20_000 : fields.digitalCapCents,
      fields.physicalCapCents === undefined ? 20_000 : fields.physicalCapCents,
      fields.expiresAt ?? new Date(Date.now() + 365 * 86_400_000),
    ],
  );
  return row!.id;
}

let sirenCounter = 10_000_000;

/** The payload followed by the digit that makes it Luhn-valid (a SIREN or SIRET key). */
export function withLuhnKey(payload: string): string {
  return payload + luhnCheckDigit(payload);
}

/** An offerer (validated unless told) with one venue in Saint-Denis. */
export async function insertVenue(
  api: TestServer,
  offererStatus: 'NEW' | 'VALIDATED' | 'REJECTED' = 'VALIDATED',
): Promise<{ offererId: number; venueId: number }> {
  // Luhn-valid identifiers, as the pro operations check them.
  const siren = withLuhnKey(String(sirenCounter++));
  const [offerer] = await api.sql<{ id: number }>(
    `insert into offerer (siren, name, status) values ($1, 'Structure test', $2) returning id`,
    [siren, offererStatus],
  );
  const [venue] = await api.sql<{ id: number }>(
    `insert into venue (offerer_id, siret, name, postal_code, city, department_code, location, venue_type)
     values ($1, $2, 'Lieu test', '93200', 'Saint-Denis', '93', 'SRID=4326;POINT(2.3574 48.9362)', 'BOOKSTORE')
     returning id`,
    [offerer!.id, withLuhnKey(`${siren}0001`)],
  );
  return { offererId: offerer!.id, venueId: venue!.id };
}

export interface OfferFixture {
  subcategoryId: string;
  priceCents: number;
  quantity?: number | null;
  isDuo?: boolean;
  isActive?: boolean;
  validation?: 'DRAFT' | 'PENDING' | 'APPROVED' | 'REJECTED';
  beginsAt?: Date | null;
  bookingLimitAt?: Date | null;
  isSoftDeleted?: boolean;
  name?: string;
}

export async function insertOfferWithStock(
  api: TestServer,
  venueId: number,
  fields: OfferFixture,
): Promise<{ offerId: number; stockId: number }> {
  const [offer] = await api.sql<{ id: number }>(
    `insert into offer (venue_id, subcategory_id, name, validation, is_duo, is_active)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [
      venueId,
      fields.subcategoryId,
      fields.name ?? 'Offre test',
      fields.validation ?? 'APPROVED',
      fields.isDuo ?? false,
      fields.isActive ?? true,
    ],
  );
  const stockId = await insertStock(api, offer!.id, fields);
  return { offerId: offer!.id, stockId };
}

export async function insertStock(
  api: TestServer,
  offerId: number,
  fields: Pick<
    OfferFixture,
    'priceCents' | 'quantity' | 'beginsAt' | 'bookingLimitAt' | 'isSoftDeleted'
  >,
): Promise<number> {
  const [stock] = await api.sql<{ id: number }>(
    `insert into stock (offer_id, price_cents, quantity, begins_at, booking_limit_at, is_soft_deleted)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [
      offerId,
      fields.priceCents,
      fields.quantity === undefined ? 100 : fields.quantity,
      fields.beginsAt ?? null,
      fields.bookingLimitAt ?? null,
      fields.isSoftDeleted ?? false,
    ],
  );
  return stock!.id;
}

export async function insertMembership(
  api: TestServer,
  userId: number,
  offererId: number,
  status: 'NEW' | 'VALIDATED' | 'REJECTED' = 'VALIDATED',
): Promise<void> {
  await api.sql(
    'insert into offerer_membership (user_id, offerer_id, status) values ($1, $2, $3)',
    [userId, offererId, status],
  );
}

/** A beneficiary with a live GRANT_2019 deposit, logged in. */
export async function insertBeneficiary(
  api: TestServer,
  email: string,
  deposit: Parameters<typeof insertDeposit>[2] = {},
): Promise<{ userId: number; depositId: number; token: string }> {
  const userId = await insertUser(api, {
    email,
    roles: ['BENEFICIARY'],
    departmentCode: '93',
    activationStatus: 'ACTIVATED',
  });
  const depositId = await insertDeposit(api, userId, deposit);
  return { userId, depositId, token: await logInAs(api, email) };
}

/** A pro, validated member of the offerer, logged in. */
export async function insertPro(
  api: TestServer,
  email: string,
  offererId: number,
): Promise<{ userId: number; token: string }> {
  const userId = await insertUser(api, { email, roles: ['PRO'] });
  await insertMembership(api, userId, offererId);
  return { userId, token: await logInAs(api, email) };
}

/** Checks the ledger against the bookings: booked quantities and deposit sums. */
export async function ledgerViolations(api: TestServer): Promise<number> {
  const [row] = await api.sql<{
    stocks: string;
    deposits: string;
    overspent: string;
    oversold: string;
  }>(
    `select
       (select count(*) from stock s where s.booked_quantity <> coalesce(
          (select sum(quantity) from booking b where b.stock_id = s.id and b.status <> 'CANCELLED'), 0)) as stocks,
       (select count(*) from deposit d where d.spent_cents <> coalesce(
          (select sum(amount_cents * quantity) from booking b where b.deposit_id = d.id and b.status <> 'CANCELLED'), 0)
          or d.digital_spent_cents <> coalesce((select sum(amount_cents * quantity) from booking b
               where b.deposit_id = d.id and b.status <> 'CANCELLED' and b.cap_family = 'DIGITAL'), 0)
          or d.physical_spent_cents <> coalesce((select sum(amount_cents * quantity) from booking b
               where b.deposit_id = d.id and b.status <> 'CANCELLED' and b.cap_family = 'PHYSICAL'), 0)) as deposits,
       (select count(*) from deposit d where d.spent_cents > d.amount_cents
          or d.digital_spent_cents > coalesce(d.digital_cap_cents, d.digital_spent_cents)
          or d.physical_spent_cents > coalesce(d.physical_cap_cents, d.physical_spent_cents)) as overspent,
       (select count(*) from stock s where s.quantity is not null and s.booked_quantity > s.quantity) as oversold`,
  );
  return (
    Number(row!.stocks) + Number(row!.deposits) + Number(row!.overspent) + Number(row!.oversold)
  );
}

let tokenCounter = 0;

function nextToken(): string {
  let n = tokenCounter++;
  let token = '';
  for (let i = 0; i < 6; i++) {
    token += TOKEN_ALPHABET[n % 30];
    n = Math.floor(n / 30);
  }
  return token;
}

export async function insertBooking(
  api: TestServer,
  fields: {
    userId: number;
    depositId: number | null;
    stockId: number;
    offerId: number;
    amountCents: number;
    quantity?: number;
    capFamily?: 'DIGITAL' | 'PHYSICAL' | null;
    status?: 'CONFIRMED' | 'USED' | 'CANCELLED';
  },
): Promise<number> {
  const status = fields.status ?? 'CONFIRMED';
  const quantity = fields.quantity ?? 1;
  const cancelled = status === 'CANCELLED';
  const [row] = await api.sql<{ id: number }>(
    `insert into booking (user_id, deposit_id, stock_id, offer_id, token, quantity, amount_cents, cap_family,
                          status, cancelled_at, cancellation_reason, used_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) returning id`,
    [
      fields.userId,
      fields.depositId,
      fields.stockId,
      fields.offerId,
      nextToken(),
      quantity,
      fields.amountCents,
      fields.capFamily ?? null,
      status,
      cancelled ? new Date() : null,
      cancelled ? 'BENEFICIARY' : null,
      status === 'USED' ? new Date() : null,
    ],
  );
  // The database's ledger trigger moves the stock's booked quantity and the deposit's sums.
  return row!.id;
}

/** The token of the latest confirmation link emailed to an address (read from the outbox). */
export async function confirmationTokenOf(api: TestServer, email: string): Promise<string> {
  const [row] = await api.sql<{ token: string }>(
    `select payload->>'token' as token from outbox_message
      where kind = 'EMAIL_CONFIRMATION' and recipient = $1 order by id desc limit 1`,
    [email.toLowerCase()],
  );
  if (!row) throw new Error(`no confirmation email for ${email}`);
  return row.token;
}

/** Confirms the address of a freshly signed-up account through its emailed link. */
export async function confirmEmail(api: TestServer, email: string, session: string): Promise<void> {
  const res = await api.gql(
    'mutation($t: String!) { confirmEmail(token: $t) { user { emailConfirmed } } }',
    { t: await confirmationTokenOf(api, email) },
    { token: session },
  );
  if (!res.data) throw new Error(`confirmation failed: ${JSON.stringify(res.errors)}`);
}
