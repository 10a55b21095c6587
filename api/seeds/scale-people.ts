/**
 * Young people and their bookings for the national-scale seed. Beneficiaries
 * live all over France (drawn by department population), each with a deposit
 * of the chosen grant policy granted during the last year. Bookings are drawn
 * from the stocks open to bookings, mostly near home, some digital, and kept
 * within every rule the booking ledger enforces: one live booking per user and
 * offer, places left, total and caps of the deposit, amount = stock price.
 */
import { SUBCATEGORIES } from '../src/modules/catalog/categories.js';
import { BookingStatus, CancellationReason } from '../src/modules/booking/booking.entity.js';
import { ActivationStatus } from '../src/modules/identity/user.entity.js';
import { Role } from '../src/modules/identity/roles.js';
import { cancellationLimit, slugify } from './demo-builder.js';
import { LAST_NAMES, REGIONAL_LAST_NAMES, YOUNG_FIRST_NAMES } from './demo-data.js';
import { generateToken } from './identifiers.js';
import type { Random } from './random.js';
import {
  addMonths,
  birthDateFor,
  DAY_MS,
  HOUR_MS,
  localDateOf,
  PARIS_TIME_ZONE,
} from '../src/shared/time.js';
import { DEPARTMENT_INDEX, type BookableStocks } from './scale-offers.js';
import type { PlacePicker } from './scale-places.js';
import {
  fromEpoch,
  IdPool,
  insertRows,
  Pipeline,
  type InsertSpec,
  type Queryable,
} from './scale-sql.js';
import { apportion } from './scale-weights.js';

/** Every account this seed creates has an address at this domain: `--reset` deletes them. */
export const SCALE_EMAIL_DOMAIN = 'jeunes.scale.test';

export interface GrantPolicy {
  code: string;
  amountCents: number;
  validityMonths: number;
  digitalCapCents: number | null;
  physicalCapCents: number | null;
}

/** The deposit figures of an 18-year-old under the policy (rows of the initial migration). */
export async function readGrantPolicy(db: Queryable, code: string): Promise<GrantPolicy> {
  const { rows } = await db.query<{
    amount_cents: number | null;
    validity_months: number | null;
    digital_cap_cents: number | null;
    physical_cap_cents: number | null;
  }>(
    `select (amounts_by_age ->> '18')::int as amount_cents, validity_months,
            digital_cap_cents, physical_cap_cents
       from grant_policy where code = $1`,
    [code],
  );
  const row = rows[0];
  if (!row || row.amount_cents === null || row.validity_months === null) {
    throw new Error(`Scale seed: grant policy ${code} is missing or has no 18-year-old amount`);
  }
  return {
    code,
    amountCents: row.amount_cents,
    validityMonths: row.validity_months,
    digitalCapCents: row.digital_cap_cents,
    physicalCapCents: row.physical_cap_cents,
  };
}

// ---------------------------------------------------------------- beneficiaries

/** What the booking phase needs to know of each beneficiary, by rank. */
export interface Beneficiaries {
  count: number;
  userId: Int32Array;
  depositId: Int32Array;
  /** Index in DEPARTMENTS. */
  department: Int16Array;
  /** Epoch seconds. */
  depositCreatedAt: Float64Array;
}

const USERS: InsertSpec = {
  table: 'app_user',
  fields: [
    ['id', 'int'],
    ['email', 'text'],
    ['password_hash', 'text'],
    ['first_name', 'text'],
    ['last_name', 'text'],
    ['birth_date', 'date'],
    ['postal_code', 'text'],
    ['department_code', 'text'],
    ['roles', 'text', `array[r.roles]`],
    ['activation_status', 'text'],
    ['activation_requested_at', 'float8', fromEpoch('activation_requested_at')],
    ['created_at', 'float8', fromEpoch('created_at')],
  ],
};

const DEPOSITS: InsertSpec = {
  table: 'deposit',
  fields: [
    ['id', 'int'],
    ['user_id', 'int'],
    ['policy_code', 'text'],
    ['amount_cents', 'int'],
    ['digital_cap_cents', 'int'],
    ['physical_cap_cents', 'int'],
    ['created_at', 'float8', fromEpoch('created_at')],
    ['expires_at', 'float8', fromEpoch('expires_at')],
  ],
};

function lastNameFor(random: Random, departmentCode: string): string {
  const regional = REGIONAL_LAST_NAMES[departmentCode];
  return regional && random.chance(0.35) ? random.pick(regional) : random.pick(LAST_NAMES);
}

/** Writes `count` activated beneficiaries with a deposit each, `batchSize` per statement. */
export async function writeBeneficiaries(
  db: Queryable,
  options: {
    count: number;
    random: Random;
    places: PlacePicker;
    now: Date;
    policy: GrantPolicy;
    passwordHash: string;
    batchSize: number;
    onProgress: (done: number) => void;
  },
): Promise<Beneficiaries> {
  const { count, random: r, places, policy, batchSize } = options;
  const now = options.now.getTime();
  const result: Beneficiaries = {
    count,
    userId: new Int32Array(count),
    depositId: new Int32Array(count),
    department: new Int16Array(count),
    depositCreatedAt: new Float64Array(count),
  };
  const userIds = new IdPool(db, 'app_user', 0);
  const depositIds = new IdPool(db, 'deposit', 0);
  await userIds.reserve(count);
  await depositIds.reserve(count);
  const pipeline = new Pipeline();
  for (let start = 0; start < count; start += batchSize) {
    const end = Math.min(count, start + batchSize);
    const users: Record<string, unknown>[] = [];
    const deposits: Record<string, unknown>[] = [];
    for (let i = start; i < end; i++) {
      const place = places.placeIn(r, places.department(r));
      const firstName = r.pick(YOUNG_FIRST_NAMES);
      const lastName = lastNameFor(r, place.departmentCode);
      // Granted during the last year, so every deposit is still live.
      const grantedAt = now - r.int(1, 360) * DAY_MS - r.int(0, 86_399) * 1000;
      const requestedAt = grantedAt - r.int(2, 72) * HOUR_MS;
      const userId = userIds.take();
      const depositId = depositIds.take();
      users.push({
        id: userId,
        email: `${slugify(firstName)}.${slugify(lastName)}.${i + 1}@${SCALE_EMAIL_DOMAIN}`,
        password_hash: options.passwordHash,
        first_name: firstName,
        last_name: lastName,
        // 18 on the day the credit was granted.
        birth_date: birthDateFor(
          localDateOf(new Date(grantedAt), PARIS_TIME_ZONE),
          18,
          r.int(1, 300),
        ),
        postal_code: place.postalCode,
        department_code: place.departmentCode,
        roles: Role.BENEFICIARY,
        activation_status: ActivationStatus.ACTIVATED,
        activation_requested_at: requestedAt / 1000,
        created_at: (requestedAt - r.int(1, 40) * DAY_MS) / 1000,
      });
      deposits.push({
        id: depositId,
        user_id: userId,
        policy_code: policy.code,
        amount_cents: policy.amountCents,
        digital_cap_cents: policy.digitalCapCents,
        physical_cap_cents: policy.physicalCapCents,
        created_at: grantedAt / 1000,
        expires_at: addMonths(new Date(grantedAt), policy.validityMonths).getTime() / 1000,
      });
      result.userId[i] = userId;
      result.depositId[i] = depositId;
      result.department[i] = DEPARTMENT_INDEX.get(place.departmentCode)!;
      result.depositCreatedAt[i] = grantedAt / 1000;
    }
    await pipeline.push(async () => {
      await insertRows(db, USERS, users);
      await insertRows(db, DEPOSITS, deposits);
      options.onProgress(end);
    });
  }
  await pipeline.drain();
  return result;
}

// ---------------------------------------------------------------- bookings

const BOOKINGS: InsertSpec = {
  table: 'booking',
  fields: [
    ['user_id', 'int'],
    ['deposit_id', 'int'],
    ['stock_id', 'int'],
    ['offer_id', 'int'],
    ['token', 'text'],
    ['quantity', 'int'],
    ['amount_cents', 'int'],
    ['cap_family', 'text'],
    ['status', 'text'],
    ['cancellation_reason', 'text'],
    ['booked_at', 'float8', fromEpoch('booked_at')],
    ['cancellation_limit_at', 'float8', fromEpoch('cancellation_limit_at')],
    ['used_at', 'float8', fromEpoch('used_at')],
    ['cancelled_at', 'float8', fromEpoch('cancelled_at')],
    ['reimbursed_at', 'float8', fromEpoch('reimbursed_at')],
  ],
};

interface BookingRow {
  user_id: number;
  deposit_id: number;
  stock_id: number;
  offer_id: number;
  token: string;
  quantity: number;
  amount_cents: number;
  cap_family: string | null;
  status: BookingStatus;
  cancellation_reason: CancellationReason | null;
  booked_at: number;
  cancellation_limit_at: number | null;
  used_at: number | null;
  cancelled_at: number | null;
  reimbursed_at: number | null;
}

/** Where a beneficiary looks for an offer. */
interface StockLists {
  byDepartment: Int32Array[];
  digital: Int32Array;
  physical: Int32Array;
  free: Int32Array;
}

function stockLists(stocks: BookableStocks, departments: number): StockLists {
  const byDepartment: number[][] = Array.from({ length: departments }, () => []);
  const digital: number[] = [];
  const physical: number[] = [];
  const free: number[] = [];
  for (let i = 0; i < stocks.length; i++) {
    const department = stocks.department[i]!;
    if (department < 0) digital.push(i);
    else {
      byDepartment[department]!.push(i);
      physical.push(i);
    }
    if (stocks.priceCents[i] === 0) free.push(i);
  }
  return {
    byDepartment: byDepartment.map((list) => Int32Array.from(list)),
    digital: Int32Array.from(digital),
    physical: Int32Array.from(physical),
    free: Int32Array.from(free),
  };
}

/** What is left of a beneficiary's deposit while their bookings are drawn. */
interface Wallet {
  total: number;
  digital: number;
  physical: number;
  offers: Set<number>;
}

function walletOf(policy: GrantPolicy): Wallet {
  return {
    total: policy.amountCents,
    digital: policy.digitalCapCents ?? Number.POSITIVE_INFINITY,
    physical: policy.physicalCapCents ?? Number.POSITIVE_INFINITY,
    offers: new Set(),
  };
}

function fits(wallet: Wallet, cost: number, capFamily: string | null): boolean {
  if (cost > wallet.total) return false;
  if (capFamily === 'DIGITAL' && cost > wallet.digital) return false;
  if (capFamily === 'PHYSICAL' && cost > wallet.physical) return false;
  return true;
}

function spend(wallet: Wallet, cost: number, capFamily: string | null): void {
  wallet.total -= cost;
  if (capFamily === 'DIGITAL') wallet.digital -= cost;
  if (capFamily === 'PHYSICAL') wallet.physical -= cost;
}

interface BookingContext {
  random: Random;
  now: number;
  stocks: BookableStocks;
  lists: StockLists;
  tokens: Set<string>;
}

/** A candidate stock: near home mostly, sometimes digital or anywhere; free when money is short. */
function drawCandidate(ctx: BookingContext, department: number, attempt: number): number {
  const r = ctx.random;
  const pick = (list: Int32Array) => (list.length === 0 ? -1 : list[r.int(0, list.length - 1)]!);
  if (attempt >= 8) return pick(ctx.lists.free);
  const draw = r.float();
  const local = ctx.lists.byDepartment[department]!;
  if (draw < 0.72 && local.length > 0) return pick(local);
  if (draw < 0.86 && ctx.lists.digital.length > 0) return pick(ctx.lists.digital);
  return pick(ctx.lists.physical);
}

/** Status and dates of a booking, following the lifecycle the booking jobs apply. */
function lifecycle(
  ctx: BookingContext,
  stock: number,
  bookedAt: number,
): Pick<
  BookingRow,
  'status' | 'cancellation_reason' | 'used_at' | 'cancelled_at' | 'reimbursed_at'
> & {
  cancellationLimitAt: number | null;
} {
  const r = ctx.random;
  const subcategory = SUBCATEGORIES[ctx.stocks.subcategory[stock]!]!;
  const beginsAt = ctx.stocks.beginsAt[stock]! * 1000;
  const limit = cancellationLimit(new Date(bookedAt), beginsAt ? new Date(beginsAt) : null);
  const cancellationLimitAt = limit ? limit.getTime() : null;
  const none = {
    used_at: null,
    cancelled_at: null,
    reimbursed_at: null,
    cancellation_reason: null,
  };
  const between = (from: number, to: number) =>
    Math.floor(from + r.float() * Math.max(0, to - from));
  if (r.chance(0.08)) {
    const until = Math.min(ctx.now, cancellationLimitAt ?? bookedAt + 2 * DAY_MS);
    return {
      ...none,
      status: BookingStatus.CANCELLED,
      cancellation_reason: CancellationReason.BENEFICIARY,
      cancelled_at: between(bookedAt, until),
      cancellationLimitAt,
    };
  }
  // Events all lie ahead: their bookings wait for the day.
  if (subcategory.isEvent) return { ...none, status: BookingStatus.CONFIRMED, cancellationLimitAt };
  const expiry = subcategory.bookingExpiryDays;
  const expired = expiry !== null && ctx.now - bookedAt > expiry * DAY_MS;
  if (expired && r.chance(0.15)) {
    return {
      ...none,
      status: BookingStatus.CANCELLED,
      cancellation_reason: CancellationReason.EXPIRED,
      cancelled_at: bookedAt + expiry * DAY_MS,
      cancellationLimitAt,
    };
  }
  const usedChance = expired ? 1 : expiry === null ? 0.8 : 0.5;
  if (!r.chance(usedChance))
    return { ...none, status: BookingStatus.CONFIRMED, cancellationLimitAt };
  const usedAt = between(bookedAt, Math.min(ctx.now, bookedAt + (expiry ?? 7) * DAY_MS));
  const reimbursable = subcategory.reimbursementRule !== 'NOT_REIMBURSED';
  if (reimbursable && ctx.now - usedAt > 45 * DAY_MS && r.chance(0.6)) {
    return {
      ...none,
      status: BookingStatus.REIMBURSED,
      used_at: usedAt,
      reimbursed_at: usedAt + r.int(15, 30) * DAY_MS,
      cancellationLimitAt,
    };
  }
  return { ...none, status: BookingStatus.USED, used_at: usedAt, cancellationLimitAt };
}

/** One booking of a stock by a beneficiary, or null when it does not fit. */
function tryBooking(
  ctx: BookingContext,
  beneficiaries: Beneficiaries,
  user: number,
  wallet: Wallet,
  stock: number,
): BookingRow | null {
  const r = ctx.random;
  const s = ctx.stocks;
  const offerId = s.offerId[stock]!;
  if (wallet.offers.has(offerId)) return null;
  const quantity = s.duo[stock] && r.chance(0.3) ? 2 : 1;
  const remaining = s.remaining[stock]!;
  if (remaining !== -1 && remaining < quantity) return null;
  const price = s.priceCents[stock]!;
  const capFamily = SUBCATEGORIES[s.subcategory[stock]!]!.capFamily;
  const opensAt = Math.max(beneficiaries.depositCreatedAt[user]!, s.createdAt[stock]!) * 1000;
  const bookedAt = Math.floor(opensAt + r.float() * Math.max(0, ctx.now - 60_000 - opensAt));
  const life = lifecycle(ctx, stock, bookedAt);
  const live = life.status !== BookingStatus.CANCELLED;
  if (live && !fits(wallet, price * quantity, capFamily)) return null;
  if (live) {
    spend(wallet, price * quantity, capFamily);
    if (remaining !== -1) s.remaining[stock] = remaining - quantity;
    wallet.offers.add(offerId);
  }
  const seconds = (ms: number | null) => (ms === null ? null : ms / 1000);
  return {
    user_id: beneficiaries.userId[user]!,
    deposit_id: beneficiaries.depositId[user]!,
    stock_id: s.stockId[stock]!,
    offer_id: offerId,
    token: generateToken(r, ctx.tokens),
    quantity,
    amount_cents: price,
    cap_family: capFamily,
    status: life.status,
    cancellation_reason: life.cancellation_reason,
    booked_at: bookedAt / 1000,
    cancellation_limit_at: seconds(life.cancellationLimitAt),
    used_at: seconds(life.used_at),
    cancelled_at: seconds(life.cancelled_at),
    reimbursed_at: seconds(life.reimbursed_at),
  };
}

/** A beneficiary's bookings, oldest first; fewer than wanted when nothing fits any more. */
function bookingsOf(
  ctx: BookingContext,
  beneficiaries: Beneficiaries,
  policy: GrantPolicy,
  user: number,
  wanted: number,
): BookingRow[] {
  const wallet = walletOf(policy);
  const rows: BookingRow[] = [];
  for (let made = 0; made < wanted; made++) {
    for (let attempt = 0; attempt < 12; attempt++) {
      const stock = drawCandidate(ctx, beneficiaries.department[user]!, attempt);
      if (stock < 0) continue;
      const row = tryBooking(ctx, beneficiaries, user, wallet, stock);
      if (row) {
        rows.push(row);
        break;
      }
    }
  }
  return rows.sort((a, b) => a.booked_at - b.booked_at);
}

/** Writes about `count` bookings spread unevenly over the beneficiaries. */
export async function writeBookings(
  db: Queryable,
  options: {
    count: number;
    random: Random;
    now: Date;
    beneficiaries: Beneficiaries;
    stocks: BookableStocks;
    policy: GrantPolicy;
    batchSize: number;
    onProgress: (done: number) => void;
  },
): Promise<number> {
  const { random: r, beneficiaries, batchSize } = options;
  if (options.count === 0 || beneficiaries.count === 0 || options.stocks.length === 0) return 0;
  const ctx: BookingContext = {
    random: r,
    now: options.now.getTime(),
    stocks: options.stocks,
    lists: stockLists(options.stocks, DEPARTMENT_INDEX.size),
    tokens: new Set(),
  };
  // Some young people book a lot, many a little: exponential appetites.
  const appetites = Array.from({ length: beneficiaries.count }, () => -Math.log(1 - r.float()));
  const wanted = apportion(options.count, appetites);
  const pipeline = new Pipeline();
  let batch: BookingRow[] = [];
  let written = 0;
  const flush = async () => {
    const rows = batch;
    batch = [];
    await pipeline.push(async () => {
      await insertRows(db, BOOKINGS, rows);
      written += rows.length;
      options.onProgress(written);
    });
  };
  for (let user = 0; user < beneficiaries.count; user++) {
    batch.push(...bookingsOf(ctx, beneficiaries, options.policy, user, wanted[user]!));
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
  await pipeline.drain();
  return written;
}
