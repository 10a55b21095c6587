import { Migration } from '@mikro-orm/migrations';
import { DEPARTMENTS, EXPERIMENT_DEPARTMENTS_2019 } from '../src/modules/territory/departments.js';

const sqlText = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** The whole domain schema, the PostGIS extension, departments and grant policies. */
export class Migration20261126000000_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql('create extension if not exists postgis');
    // PostGIS functions carry planner costs that cross jit_above_cost: JIT would add ~160 ms.
    this.addSql(
      "do $$ begin execute format('alter database %I set jit = off', current_database()); end $$",
    );
    this.addSql(
      `create table "department" ("code" varchar(3) not null, "name" varchar(100) not null, "is_open" boolean not null default false, "opened_at" timestamptz null, constraint "department_pkey" primary key ("code"))`,
    );
    this.addSql(
      `create table "grant_policy" ("code" varchar(32) not null, "label" varchar(200) not null, "amounts_by_age" jsonb not null, "validity_months" int null, "expires_at_age" int null, "digital_cap_cents" int null, "physical_cap_cents" int null, "requires_open_department" boolean not null default false, "in_force_from" date not null, constraint "grant_policy_pkey" primary key ("code"))`,
    );
    this.addSql(
      `create table "offerer" ("id" serial primary key, "siren" varchar(9) not null, "name" varchar(200) not null, "status" text check ("status" in ('NEW', 'VALIDATED', 'REJECTED')) not null default 'NEW', "created_at" timestamptz not null default now(), "validated_at" timestamptz null)`,
    );
    this.addSql(`alter table "offerer" add constraint "offerer_siren_unique" unique ("siren")`);
    this.addSql(
      `create table "app_user" ("id" serial primary key, "email" varchar(320) not null, "password_hash" varchar(255) not null, "first_name" varchar(100) not null, "last_name" varchar(100) not null, "birth_date" date null, "postal_code" varchar(5) null, "department_code" varchar(3) null, "roles" text[] not null default '{}', "activation_status" text check ("activation_status" in ('PRE_REGISTERED', 'REQUESTED', 'ACTIVATED', 'REJECTED')) null, "activation_requested_at" timestamptz null, "created_at" timestamptz not null default now())`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email")`);
    this.addSql(`create index "app_user_department_code_index" on "app_user" ("department_code")`);
    this.addSql(
      `create table "session" ("id" serial primary key, "user_id" int not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "revoked_at" timestamptz null)`,
    );
    this.addSql(`create index "session_user_id_index" on "session" ("user_id")`);
    this.addSql(
      `alter table "session" add constraint "session_token_hash_unique" unique ("token_hash")`,
    );
    this.addSql(
      `create table "offerer_membership" ("id" serial primary key, "user_id" int not null, "offerer_id" int not null, "status" text check ("status" in ('NEW', 'VALIDATED', 'REJECTED')) not null default 'NEW', "created_at" timestamptz not null default now())`,
    );
    this.addSql(
      `create index "offerer_membership_offerer_id_index" on "offerer_membership" ("offerer_id")`,
    );
    this.addSql(
      `alter table "offerer_membership" add constraint "offerer_membership_user_id_offerer_id_unique" unique ("user_id", "offerer_id")`,
    );
    this.addSql(
      `create table "deposit" ("id" serial primary key, "user_id" int not null, "policy_code" varchar(32) not null, "amount_cents" int not null, "digital_cap_cents" int null, "physical_cap_cents" int null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, constraint deposit_amount_positive check (amount_cents > 0))`,
    );
    this.addSql(`create index "deposit_user_id_index" on "deposit" ("user_id")`);
    this.addSql(
      `create table "venue" ("id" serial primary key, "offerer_id" int not null, "siret" varchar(14) null, "name" varchar(200) not null, "public_name" varchar(200) null, "address" varchar(300) null, "postal_code" varchar(5) null, "city" varchar(200) null, "department_code" varchar(3) null, "location" geography(Point,4326) null, "venue_type" text check ("venue_type" in ('MOVIE', 'BOOKSTORE', 'LIBRARY', 'MUSEUM', 'CONCERT_HALL', 'PERFORMING_ARTS', 'RECORD_STORE', 'MUSICAL_INSTRUMENT_STORE', 'CULTURAL_CENTRE', 'FESTIVAL', 'ARTISTIC_COURSE', 'PATRIMONY_TOURISM', 'GAMES', 'VISUAL_ARTS', 'SCIENTIFIC_CULTURE', 'CREATIVE_ARTS_STORE', 'DIGITAL', 'OTHER')) not null default 'OTHER', "is_virtual" boolean not null default false, "motor_accessible" boolean not null default false, "visual_accessible" boolean not null default false, "hearing_accessible" boolean not null default false, "mental_accessible" boolean not null default false, "booking_email" varchar(320) null, "created_at" timestamptz not null default now(), constraint venue_virtual_has_no_place check ((is_virtual and siret is null and location is null) or (not is_virtual and location is not null)))`,
    );
    this.addSql(`create index "venue_offerer_id_index" on "venue" ("offerer_id")`);
    this.addSql(`alter table "venue" add constraint "venue_siret_unique" unique ("siret")`);
    this.addSql(`create index "venue_department_code_index" on "venue" ("department_code")`);
    this.addSql(`create index "venue_location_gist" on "venue" using gist ("location")`);
    this.addSql(
      `create unique index "venue_one_virtual_per_offerer" on "venue" ("offerer_id") where is_virtual`,
    );
    this.addSql(
      `create table "offer" ("id" serial primary key, "venue_id" int not null, "subcategory_id" varchar(64) not null, "name" varchar(140) not null, "description" text null, "url" varchar(2048) null, "is_duo" boolean not null default false, "is_active" boolean not null default true, "validation" text check ("validation" in ('DRAFT', 'PENDING', 'APPROVED', 'REJECTED')) not null default 'DRAFT', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint offer_name_not_blank check (length(btrim(name)) > 0))`,
    );
    this.addSql(`create index "offer_venue_id_index" on "offer" ("venue_id")`);
    this.addSql(`create index "offer_subcategory_id_index" on "offer" ("subcategory_id")`);
    this.addSql(
      `create table "stock" ("id" serial primary key, "offer_id" int not null, "price_cents" int not null, "quantity" int null, "booked_quantity" int not null default 0, "begins_at" timestamptz null, "booking_limit_at" timestamptz null, "is_soft_deleted" boolean not null default false, "created_at" timestamptz not null default now(), constraint stock_booking_limit_before_start check (booking_limit_at is null or begins_at is null or booking_limit_at <= begins_at), constraint stock_booked_within_quantity check (booked_quantity >= 0 and (quantity is null or booked_quantity <= quantity)), constraint stock_quantity_not_negative check (quantity is null or quantity >= 0), constraint stock_price_not_negative check (price_cents >= 0))`,
    );
    this.addSql(`create index "stock_offer_id_index" on "stock" ("offer_id")`);
    this.addSql(
      `create table "favorite" ("id" serial primary key, "user_id" int not null, "offer_id" int not null, "created_at" timestamptz not null default now())`,
    );
    this.addSql(`create index "favorite_offer_id_index" on "favorite" ("offer_id")`);
    this.addSql(
      `alter table "favorite" add constraint "favorite_user_id_offer_id_unique" unique ("user_id", "offer_id")`,
    );
    this.addSql(
      `create table "booking" ("id" serial primary key, "user_id" int not null, "deposit_id" int null, "stock_id" int not null, "offer_id" int not null, "token" varchar(6) not null, "quantity" int not null default 1, "amount_cents" int not null, "cap_family" varchar(8) null, "status" text check ("status" in ('CONFIRMED', 'USED', 'CANCELLED', 'REIMBURSED')) not null default 'CONFIRMED', "cancellation_reason" text check ("cancellation_reason" in ('BENEFICIARY', 'OFFERER', 'EXPIRED', 'FRAUD', 'BACKOFFICE')) null, "booked_at" timestamptz not null default now(), "cancellation_limit_at" timestamptz null, "used_at" timestamptz null, "cancelled_at" timestamptz null, "reimbursed_at" timestamptz null, "idempotency_key" varchar(100) null, constraint booking_cancelled_has_reason check ((status = 'CANCELLED') = (cancelled_at is not null and cancellation_reason is not null)), constraint booking_amount_not_negative check (amount_cents >= 0), constraint booking_quantity_one_or_two check (quantity >= 1 and quantity <= 2))`,
    );
    this.addSql(`create index "booking_deposit_id_index" on "booking" ("deposit_id")`);
    this.addSql(`create index "booking_stock_id_index" on "booking" ("stock_id")`);
    this.addSql(`create index "booking_offer_id_index" on "booking" ("offer_id")`);
    this.addSql(`alter table "booking" add constraint "booking_token_unique" unique ("token")`);
    this.addSql(
      `alter table "booking" add constraint "booking_user_id_idempotency_key_unique" unique ("user_id", "idempotency_key")`,
    );
    this.addSql(
      `create unique index "booking_one_active_per_user_offer" on "booking" ("user_id", "offer_id") where status <> 'CANCELLED'`,
    );
    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "offerer_membership" add constraint "offerer_membership_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "offerer_membership" add constraint "offerer_membership_offerer_id_foreign" foreign key ("offerer_id") references "offerer" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "deposit" add constraint "deposit_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "deposit" add constraint "deposit_policy_code_foreign" foreign key ("policy_code") references "grant_policy" ("code") on update cascade`,
    );
    this.addSql(
      `alter table "venue" add constraint "venue_offerer_id_foreign" foreign key ("offerer_id") references "offerer" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "offer" add constraint "offer_venue_id_foreign" foreign key ("venue_id") references "venue" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "stock" add constraint "stock_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "favorite" add constraint "favorite_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "favorite" add constraint "favorite_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "booking" add constraint "booking_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade`,
    );
    this.addSql(
      `alter table "booking" add constraint "booking_deposit_id_foreign" foreign key ("deposit_id") references "deposit" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "booking" add constraint "booking_stock_id_foreign" foreign key ("stock_id") references "stock" ("id") on update cascade`,
    );
    this.addSql(
      `alter table "booking" add constraint "booking_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on update cascade`,
    );

    const departmentRows = DEPARTMENTS.map(([code, name]) => {
      const open = EXPERIMENT_DEPARTMENTS_2019.includes(code);
      return `(${sqlText(code)}, ${sqlText(name)}, ${open}, ${open ? "'2019-02-01T00:00:00Z'" : 'null'})`;
    });
    this.addSql(
      `insert into "department" ("code", "name", "is_open", "opened_at") values ${departmentRows.join(', ')}`,
    );
    this.addSql(`insert into "grant_policy"
      ("code", "label", "amounts_by_age", "validity_months", "expires_at_age", "digital_cap_cents",
       "physical_cap_cents", "requires_open_department", "in_force_from") values
      ('GRANT_2019', 'Expérimentation 2019 : 500 € à 18 ans', '{"18": 50000}', 24, null, 20000, 20000, true, '2019-02-01'),
      ('GRANT_2021', 'Généralisation 2021 : 300 € à 18 ans', '{"18": 30000}', 24, null, 10000, null, false, '2021-05-20'),
      ('GRANT_2025', 'Réforme 2025 : 50 € à 17 ans, 150 € à 18 ans', '{"17": 5000, "18": 15000}', null, 21, 10000, null, false, '2025-03-01')`);
  }
}
