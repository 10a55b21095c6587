import { Migration } from '@mikro-orm/migrations';
import { SUBCATEGORIES } from '../src/modules/catalog/categories.js';

const sqlText = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * The ministry's back office: the audit log, moderation rules, account suspension,
 * activation decisions, and the uptake rollups (materialised views refreshed by the
 * api's scheduler, with their refresh time shown as "as of").
 */
export class Migration20261126040000_backoffice extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "audit_log" (
      "id" bigserial primary key,
      "admin_id" int not null,
      "action" varchar(64) not null,
      "target_type" varchar(32) not null,
      "target_id" varchar(64) not null,
      "details" jsonb not null default '{}',
      "created_at" timestamptz not null default now())`);
    this.addSql(
      `alter table "audit_log" add constraint "audit_log_admin_id_foreign" foreign key ("admin_id") references "app_user" ("id") on update cascade on delete no action`,
    );
    this.addSql(
      `create index "audit_log_created_at_index" on "audit_log" ("created_at" desc, "id" desc)`,
    );

    this.addSql(`create table "moderation_rule" (
      "id" serial primary key,
      "label" varchar(200) not null,
      "kind" text not null check ("kind" in ('PRICE_ABOVE', 'WORDS', 'SUBCATEGORIES')),
      "price_threshold_cents" int null,
      "words" text[] null,
      "subcategory_ids" text[] null,
      "is_active" boolean not null default true,
      "created_at" timestamptz not null default now(),
      constraint moderation_rule_label_not_blank check (length(btrim(label)) > 0),
      constraint moderation_rule_shape check (
        (kind = 'PRICE_ABOVE' and price_threshold_cents is not null and price_threshold_cents >= 0
           and words is null and subcategory_ids is null)
        or (kind = 'WORDS' and cardinality(words) > 0 and price_threshold_cents is null and subcategory_ids is null)
        or (kind = 'SUBCATEGORIES' and cardinality(subcategory_ids) > 0 and price_threshold_cents is null and words is null)))`);

    this.addSql(`alter table "app_user"
      add column "suspended_at" timestamptz null,
      add column "suspension_reason" varchar(500) null,
      add column "activation_decided_at" timestamptz null,
      add column "activation_rejection_reason" varchar(500) null,
      add constraint app_user_suspension_has_reason check ((suspended_at is null) = (suspension_reason is null))`);
    // The activation queue and the pre-registered counts read only these few rows.
    this
      .addSql(`create index "app_user_waiting_activation_index" on "app_user" ("department_code", "activation_requested_at")
      where activation_status in ('PRE_REGISTERED', 'REQUESTED')`);

    // People search: email prefix, and words of the name in any order (accents ignored).
    this.addSql(
      `create index "app_user_email_pattern_index" on "app_user" ("email" text_pattern_ops)`,
    );
    this.addSql(`create index "app_user_name_search_index" on "app_user"
      using gin (to_tsvector('simple', pc_unaccent(lower(first_name || ' ' || last_name))))`);

    // Subcategory → category, synced from the code constants before each refresh.
    this.addSql(`create table "subcategory_category" (
      "subcategory_id" varchar(64) primary key, "category_id" varchar(32) not null)`);
    this.addSql(
      `insert into "subcategory_category" values ${SUBCATEGORIES.map((s) => `(${sqlText(s.id)}, ${sqlText(s.categoryId)})`).join(', ')}`,
    );

    // Bookings not cancelled, per week (Paris calendar), category and department, on both
    // sides: where the young person lives ('BENEFICIARY') and where the venue is ('VENUE').
    // '' stands for no department (digital venues, accounts without one), so the unique
    // index that REFRESH ... CONCURRENTLY needs covers every row.
    this.addSql(`create materialized view "uptake_bookings_weekly" as
      with b as (
        select date_trunc('week', b.booked_at at time zone 'Europe/Paris')::date as week,
               coalesce(sc.category_id, 'TECHNIQUE') as category_id,
               coalesce(u.department_code, '') as beneficiary_department,
               coalesce(v.department_code, '') as venue_department,
               b.amount_cents::bigint * b.quantity as amount
          from booking b
          join app_user u on u.id = b.user_id
          join offer o on o.id = b.offer_id
          join venue v on v.id = o.venue_id
          left join subcategory_category sc on sc.subcategory_id = o.subcategory_id
         where b.status <> 'CANCELLED')
      select 'BENEFICIARY'::text as side, beneficiary_department as department_code, week, category_id,
             count(*)::int as bookings, sum(amount)::bigint as spent_cents
        from b group by beneficiary_department, week, category_id
      union all
      select 'VENUE', venue_department, week, category_id, count(*)::int, sum(amount)::bigint
        from b group by venue_department, week, category_id`);
    this.addSql(
      `create unique index "uptake_bookings_weekly_key" on "uptake_bookings_weekly" ("side", "department_code", "week", "category_id")`,
    );
    this.addSql(
      `create index "uptake_bookings_weekly_category" on "uptake_bookings_weekly" ("side", "category_id", "week")`,
    );
    // Two narrower rollups of the same rows, for the screens without a category or department filter.
    this.addSql(`create materialized view "uptake_bookings_department_weekly" as
      select side, department_code, week, sum(bookings)::int as bookings, sum(spent_cents)::bigint as spent_cents
        from uptake_bookings_weekly group by side, department_code, week`);
    this.addSql(
      `create unique index "uptake_bookings_department_weekly_key" on "uptake_bookings_department_weekly" ("side", "department_code", "week")`,
    );
    this.addSql(`create materialized view "uptake_bookings_category_weekly" as
      select side, category_id, week, sum(bookings)::int as bookings, sum(spent_cents)::bigint as spent_cents
        from uptake_bookings_weekly group by side, category_id, week`);
    this.addSql(
      `create unique index "uptake_bookings_category_weekly_key" on "uptake_bookings_category_weekly" ("side", "category_id", "week")`,
    );

    // Credits granted per week and department of the person; a person counts once, at their first deposit.
    this.addSql(`create materialized view "uptake_deposits_weekly" as
      select coalesce(u.department_code, '') as department_code,
             date_trunc('week', d.created_at at time zone 'Europe/Paris')::date as week,
             count(*) filter (where not exists (
               select 1 from deposit e where e.user_id = d.user_id and (e.created_at, e.id) < (d.created_at, d.id)))::int
               as beneficiaries,
             sum(d.amount_cents)::bigint as granted_cents
        from deposit d join app_user u on u.id = d.user_id
       group by 1, 2`);
    this.addSql(
      `create unique index "uptake_deposits_weekly_key" on "uptake_deposits_weekly" ("department_code", "week")`,
    );

    this.addSql(`create table "insights_refresh" (
      "id" int primary key default 1 check ("id" = 1),
      "refreshed_at" timestamptz not null default now())`);
    this.addSql(`insert into "insights_refresh" ("id") values (1)`);
  }
}
