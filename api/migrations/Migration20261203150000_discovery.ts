import { Migration } from '@mikro-orm/migrations';

/**
 * The discovery home: editorial selections built by admins; and the ministry's diversity
 * figures (how many categories each young person booked in), rolled up per department and
 * period with the other uptake rollups.
 */
export class Migration20261203150000_discovery extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "editorial_selection" (
      "id" serial primary key,
      "title" varchar(80) not null,
      "text" varchar(500) null,
      "kind" text check ("kind" in ('LIST', 'RULE')) not null,
      "offer_ids" int[] not null default '{}',
      "rule_category_id" varchar(32) null,
      "rule_department_code" varchar(3) null,
      "rule_begins_from" timestamptz null,
      "rule_begins_until" timestamptz null,
      "department_codes" text[] not null default '{}',
      "published_from" timestamptz not null,
      "published_until" timestamptz null,
      "position" int not null default 0,
      "rule_offer_ids" int[] not null default '{}',
      "rule_resolved_at" timestamptz null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      constraint editorial_selection_title_not_blank check (length(btrim(title)) > 0),
      constraint editorial_selection_window_in_order check (published_until is null or published_until > published_from),
      constraint editorial_selection_rule_dates_in_order check (rule_begins_until is null or rule_begins_from is null or rule_begins_until > rule_begins_from),
      constraint editorial_selection_shape check ((kind = 'LIST' and cardinality(offer_ids) > 0 and rule_category_id is null) or (kind = 'RULE' and cardinality(offer_ids) = 0 and rule_category_id is not null)))`);
    this.addSql(
      `create index "editorial_selection_published_index" on "editorial_selection" ("published_from")`,
    );

    // Diversity of practice: per period and department of the young person, how many people
    // booked (not cancelled) in 1, 2, 3 or more categories. Periods are those of the
    // dashboard's presets, counted as it counts them (the week of the first day, 12 × 7 − 1
    // and 52 × 7 − 1 days before the refresh's day, and every week after): since the start,
    // the last 12 and the last 52 weeks. Counts of distinct people add up across departments
    // (a person has one department), so France is the sum of its rows.
    this.addSql(`create materialized view "uptake_diversity" as
      with booked as (
        select distinct b.user_id, coalesce(u.department_code, '') as department_code,
               coalesce(sc.category_id, 'TECHNIQUE') as category_id,
               date_trunc('week', b.booked_at at time zone 'Europe/Paris')::date as week
          from booking b
          join app_user u on u.id = b.user_id
          join offer o on o.id = b.offer_id
          left join subcategory_category sc on sc.subcategory_id = o.subcategory_id
         where b.status <> 'CANCELLED'
      ), today as (
        select (now() at time zone 'Europe/Paris')::date as day
      ), periods as (
        select 'ALL' as period, null::date as since
        union all select 'WEEKS_12', date_trunc('week', (select day from today) - 83)::date
        union all select 'WEEKS_52', date_trunc('week', (select day from today) - 363)::date
      ), per_person as (
        select p.period, b.department_code, b.user_id, count(distinct b.category_id)::int as categories
          from periods p
          join booked b on p.since is null or b.week >= p.since
         group by 1, 2, 3
      )
      select period, department_code,
             count(*)::int as bookers,
             count(*) filter (where categories = 1)::int as one_category,
             count(*) filter (where categories = 2)::int as two_categories,
             count(*) filter (where categories >= 3)::int as three_or_more,
             sum(categories)::int as category_sum
        from per_person
       group by 1, 2`);
    this.addSql(
      `create unique index "uptake_diversity_key" on "uptake_diversity" ("period", "department_code")`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop materialized view "uptake_diversity"');
    this.addSql('drop table "editorial_selection"');
  }
}
