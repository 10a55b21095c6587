/**
 * Writes a demo dataset with a handful of set-based statements: ids are taken
 * from the tables' sequences first, then each table gets one
 * `insert … select … from json_to_recordset(…)` per chunk of rows. Few round
 * trips matter on the embedded database, where each one is costly.
 */
import type { SqlClient } from '../src/db/sql.js';
import { at, type DemoDataset } from './demo-model.js';

type Column = readonly [name: string, type: string];

interface JsonInsert {
  table: string;
  /** Columns read from the JSON rows and inserted as they are. */
  columns: readonly Column[];
  /** JSON fields only used by computed columns. */
  extraFields?: readonly Column[];
  /** Columns computed from the JSON row `r`. */
  computed?: ReadonlyArray<readonly [name: string, expression: string]>;
}

const ROWS_PER_STATEMENT = 2500;

async function insertJson(tx: SqlClient, spec: JsonInsert, rows: readonly object[]): Promise<void> {
  const computed = spec.computed ?? [];
  const targets = [...spec.columns.map(([name]) => name), ...computed.map(([name]) => name)];
  const values = [
    ...spec.columns.map(([name]) => `r."${name}"`),
    ...computed.map(([, expression]) => expression),
  ];
  const fields = [...spec.columns, ...(spec.extraFields ?? [])].map(
    ([name, type]) => `"${name}" ${type}`,
  );
  const sql =
    `insert into "${spec.table}" (${targets.map((t) => `"${t}"`).join(', ')}) ` +
    `select ${values.join(', ')} from json_to_recordset($1::json) as r(${fields.join(', ')})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    await tx.query(sql, [JSON.stringify(rows.slice(start, start + ROWS_PER_STATEMENT))]);
  }
}

type IdTable = 'app_user' | 'offerer' | 'venue' | 'offer' | 'stock' | 'deposit';

/** Takes `count` ids from each table's sequence in one statement. */
async function allocateIds(
  tx: SqlClient,
  counts: Record<IdTable, number>,
): Promise<Record<IdTable, number[]>> {
  const tables = Object.keys(counts) as IdTable[];
  const selects = tables.map(
    (table, i) =>
      `array(select nextval(pg_get_serial_sequence('"${table}"', 'id'))::int from generate_series(1, $${i + 1}::int)) as "${table}"`,
  );
  const [row] = await tx.query<Record<IdTable, number[]>>(
    `select ${selects.join(', ')}`,
    tables.map((table) => counts[table]),
  );
  if (!row) throw new Error('Demo seed: could not allocate ids');
  for (const table of tables) {
    if (row[table].length !== counts[table]) {
      throw new Error(`Demo seed: got ${row[table].length} ids for ${table}`);
    }
  }
  return row;
}

const USERS: JsonInsert = {
  table: 'app_user',
  columns: [
    ['id', 'int'],
    ['email', 'text'],
    ['password_hash', 'text'],
    ['first_name', 'text'],
    ['last_name', 'text'],
    ['birth_date', 'date'],
    ['postal_code', 'text'],
    ['department_code', 'text'],
    ['roles', 'text[]'],
    ['activation_status', 'text'],
    ['activation_requested_at', 'timestamptz'],
    ['created_at', 'timestamptz'],
  ],
};

const OFFERERS: JsonInsert = {
  table: 'offerer',
  columns: [
    ['id', 'int'],
    ['siren', 'text'],
    ['name', 'text'],
    ['status', 'text'],
    ['created_at', 'timestamptz'],
    ['validated_at', 'timestamptz'],
  ],
};

const MEMBERSHIPS: JsonInsert = {
  table: 'offerer_membership',
  columns: [
    ['user_id', 'int'],
    ['offerer_id', 'int'],
    ['status', 'text'],
    ['created_at', 'timestamptz'],
  ],
};

const VENUES: JsonInsert = {
  table: 'venue',
  columns: [
    ['id', 'int'],
    ['offerer_id', 'int'],
    ['siret', 'text'],
    ['name', 'text'],
    ['public_name', 'text'],
    ['address', 'text'],
    ['postal_code', 'text'],
    ['city', 'text'],
    ['department_code', 'text'],
    ['venue_type', 'text'],
    ['is_virtual', 'boolean'],
    ['motor_accessible', 'boolean'],
    ['visual_accessible', 'boolean'],
    ['hearing_accessible', 'boolean'],
    ['mental_accessible', 'boolean'],
    ['booking_email', 'text'],
    ['created_at', 'timestamptz'],
  ],
  extraFields: [
    ['longitude', 'float8'],
    ['latitude', 'float8'],
  ],
  computed: [
    [
      'location',
      'case when r."longitude" is null then null ' +
        'else ST_SetSRID(ST_MakePoint(r."longitude", r."latitude"), 4326)::geography end',
    ],
  ],
};

const OFFERS: JsonInsert = {
  table: 'offer',
  columns: [
    ['id', 'int'],
    ['venue_id', 'int'],
    ['subcategory_id', 'text'],
    ['name', 'text'],
    ['description', 'text'],
    ['url', 'text'],
    ['is_duo', 'boolean'],
    ['is_active', 'boolean'],
    ['validation', 'text'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
    ['author', 'text'],
    ['performer', 'text'],
  ],
};

/** Booked quantities start at 0: the booking ledger trigger counts the bookings inserted next. */
const STOCKS: JsonInsert = {
  table: 'stock',
  columns: [
    ['id', 'int'],
    ['offer_id', 'int'],
    ['price_cents', 'int'],
    ['quantity', 'int'],
    ['begins_at', 'timestamptz'],
    ['booking_limit_at', 'timestamptz'],
    ['is_soft_deleted', 'boolean'],
    ['created_at', 'timestamptz'],
  ],
};

const DEPOSITS: JsonInsert = {
  table: 'deposit',
  columns: [
    ['id', 'int'],
    ['user_id', 'int'],
    ['policy_code', 'text'],
    ['amount_cents', 'int'],
    ['digital_cap_cents', 'int'],
    ['physical_cap_cents', 'int'],
    ['created_at', 'timestamptz'],
    ['expires_at', 'timestamptz'],
  ],
};

const BOOKINGS: JsonInsert = {
  table: 'booking',
  columns: [
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
    ['booked_at', 'timestamptz'],
    ['cancellation_limit_at', 'timestamptz'],
    ['used_at', 'timestamptz'],
    ['cancelled_at', 'timestamptz'],
  ],
};

const FAVORITES: JsonInsert = {
  table: 'favorite',
  columns: [
    ['user_id', 'int'],
    ['offer_id', 'int'],
    ['created_at', 'timestamptz'],
  ],
};

/** Writes every row of the dataset; every user gets the same password hash. Run it in a transaction. */
export async function writeDemoDataset(
  tx: SqlClient,
  data: DemoDataset,
  passwordHash: string,
): Promise<void> {
  const ids = await allocateIds(tx, {
    app_user: data.users.length,
    offerer: data.offerers.length,
    venue: data.venues.length,
    offer: data.offers.length,
    stock: data.stocks.length,
    deposit: data.deposits.length,
  });
  const id = (table: IdTable, index: number) => at(ids[table], index);

  await insertJson(
    tx,
    USERS,
    data.users.map((u, i) => ({
      id: id('app_user', i),
      email: u.email,
      password_hash: passwordHash,
      first_name: u.firstName,
      last_name: u.lastName,
      birth_date: u.birthDate,
      postal_code: u.postalCode,
      department_code: u.departmentCode,
      roles: u.roles,
      activation_status: u.activationStatus,
      activation_requested_at: u.activationRequestedAt,
      created_at: u.createdAt,
    })),
  );
  await insertJson(
    tx,
    OFFERERS,
    data.offerers.map((o, i) => ({
      id: id('offerer', i),
      siren: o.siren,
      name: o.name,
      status: o.status,
      created_at: o.createdAt,
      validated_at: o.validatedAt,
    })),
  );
  await insertJson(
    tx,
    MEMBERSHIPS,
    data.memberships.map((m) => ({
      user_id: id('app_user', m.user),
      offerer_id: id('offerer', m.offerer),
      status: m.status,
      created_at: m.createdAt,
    })),
  );
  await insertJson(
    tx,
    VENUES,
    data.venues.map((v, i) => ({
      id: id('venue', i),
      offerer_id: id('offerer', v.offerer),
      siret: v.siret,
      name: v.name,
      public_name: v.publicName,
      address: v.address,
      postal_code: v.postalCode,
      city: v.city,
      department_code: v.departmentCode,
      venue_type: v.venueType,
      is_virtual: v.isVirtual,
      motor_accessible: v.motorAccessible,
      visual_accessible: v.visualAccessible,
      hearing_accessible: v.hearingAccessible,
      mental_accessible: v.mentalAccessible,
      booking_email: v.bookingEmail,
      created_at: v.createdAt,
      longitude: v.longitude,
      latitude: v.latitude,
    })),
  );
  await insertJson(
    tx,
    OFFERS,
    data.offers.map((o, i) => ({
      id: id('offer', i),
      venue_id: id('venue', o.venue),
      subcategory_id: o.subcategoryId,
      name: o.name,
      description: o.description,
      url: o.url,
      is_duo: o.isDuo,
      is_active: o.isActive,
      validation: o.validation,
      created_at: o.createdAt,
      updated_at: o.createdAt,
      author: o.author ?? null,
      performer: o.performer ?? null,
    })),
  );
  await insertJson(
    tx,
    STOCKS,
    data.stocks.map((s, i) => ({
      id: id('stock', i),
      offer_id: id('offer', s.offer),
      price_cents: s.priceCents,
      quantity: s.quantity,
      begins_at: s.beginsAt,
      booking_limit_at: s.bookingLimitAt,
      is_soft_deleted: s.isSoftDeleted,
      created_at: s.createdAt,
    })),
  );
  await insertJson(
    tx,
    DEPOSITS,
    data.deposits.map((d, i) => ({
      id: id('deposit', i),
      user_id: id('app_user', d.user),
      policy_code: d.policyCode,
      amount_cents: d.amountCents,
      digital_cap_cents: d.digitalCapCents,
      physical_cap_cents: d.physicalCapCents,
      created_at: d.createdAt,
      expires_at: d.expiresAt,
    })),
  );
  await insertJson(
    tx,
    BOOKINGS,
    data.bookings.map((b) => ({
      user_id: id('app_user', b.user),
      deposit_id: b.deposit === null ? null : id('deposit', b.deposit),
      stock_id: id('stock', b.stock),
      offer_id: id('offer', b.offer),
      token: b.token,
      quantity: b.quantity,
      amount_cents: b.amountCents,
      cap_family: b.capFamily,
      status: b.status,
      cancellation_reason: b.cancellationReason,
      booked_at: b.bookedAt,
      cancellation_limit_at: b.cancellationLimitAt,
      used_at: b.usedAt,
      cancelled_at: b.cancelledAt,
    })),
  );
  await insertJson(
    tx,
    FAVORITES,
    data.favorites.map((f) => ({
      user_id: id('app_user', f.user),
      offer_id: id('offer', f.offer),
      created_at: f.createdAt,
    })),
  );
}
