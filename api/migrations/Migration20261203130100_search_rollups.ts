import { Migration } from '@mikro-orm/migrations';

/**
 * Two rollups of the search table, kept exact by triggers on it (in the same transaction):
 * - `offer_search_venue_count`: bookable offers per venue and subcategory, with the venue's
 *   place and accessibility. Facets (counts per category, wider radius, without filters)
 *   sum a few thousand of these rows instead of counting hundreds of thousands of offers.
 * - `offer_search_name`: bookable offers per name (folded), for suggestions as a person types:
 *   tens of thousands of names to match by trigrams, not a million offers.
 * Both count rows whatever their `next_deadline`: until the expiry job recomputes a row whose
 * first stock closed (at most a minute), a count may include it.
 */
export class Migration20261203130100_search_rollups extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "offer_search_venue_count" (
      "venue_id" int not null,
      "subcategory_id" varchar(64) not null,
      "location" geography(Point, 4326) null,
      "motor_accessible" boolean not null,
      "visual_accessible" boolean not null,
      "hearing_accessible" boolean not null,
      "mental_accessible" boolean not null,
      "offers" int not null,
      constraint "offer_search_venue_count_pkey" primary key ("venue_id", "subcategory_id"))`);
    this.addSql(`create table "offer_search_name" (
      "name_key" varchar(140) not null,
      "name" varchar(140) not null,
      "offers" int not null,
      constraint "offer_search_name_pkey" primary key ("name_key"))`);

    // Applies the rows that left (-1) and came (+1) in one statement on the search table.
    this.addSql(`create or replace function offer_search_rollups_apply(delta jsonb) returns void
      language plpgsql as $$
      begin
        -- Statement triggers fire for statements that changed nothing (an upsert that kept a row).
        if delta is null or jsonb_array_length(delta) = 0 then return; end if;
        insert into offer_search_venue_count as c
        select d.venue_id, d.subcategory_id,
               (array_agg(os_location order by d.sign desc))[1],
               bool_or(d.motor_accessible), bool_or(d.visual_accessible),
               bool_or(d.hearing_accessible), bool_or(d.mental_accessible), sum(d.sign)
          from (select (r->>'venue_id')::int as venue_id, r->>'subcategory_id' as subcategory_id,
                       (r->>'location')::geography as os_location, (r->>'sign')::int as sign,
                       (r->>'motor_accessible')::boolean as motor_accessible,
                       (r->>'visual_accessible')::boolean as visual_accessible,
                       (r->>'hearing_accessible')::boolean as hearing_accessible,
                       (r->>'mental_accessible')::boolean as mental_accessible
                  from jsonb_array_elements(delta) r) d
         group by d.venue_id, d.subcategory_id
        on conflict (venue_id, subcategory_id) do update set
          offers = c.offers + excluded.offers, location = excluded.location,
          motor_accessible = excluded.motor_accessible, visual_accessible = excluded.visual_accessible,
          hearing_accessible = excluded.hearing_accessible, mental_accessible = excluded.mental_accessible;
        delete from offer_search_venue_count c
         using (select distinct (r->>'venue_id')::int as venue_id, r->>'subcategory_id' as subcategory_id
                  from jsonb_array_elements(delta) r) d
         where c.venue_id = d.venue_id and c.subcategory_id = d.subcategory_id and c.offers <= 0;

        insert into offer_search_name as n
        select search_fold(r->>'name'), min(r->>'name'), sum((r->>'sign')::int)
          from jsonb_array_elements(delta) r
         group by search_fold(r->>'name')
        on conflict (name_key) do update set offers = n.offers + excluded.offers;
        delete from offer_search_name n
         where n.offers <= 0
           and n.name_key in (select search_fold(r->>'name') from jsonb_array_elements(delta) r);
      end $$`);
    const COLUMNS = `venue_id, subcategory_id, location::text as location, name, motor_accessible,
      visual_accessible, hearing_accessible, mental_accessible`;
    const json = (rows: string, sign: number) =>
      `select jsonb_build_object('venue_id', venue_id, 'subcategory_id', subcategory_id,
         'location', location, 'sign', ${sign}, 'name', name,
         'motor_accessible', motor_accessible, 'visual_accessible', visual_accessible,
         'hearing_accessible', hearing_accessible, 'mental_accessible', mental_accessible) from (${rows}) r`;
    const apply = (rows: string) =>
      `perform offer_search_rollups_apply(coalesce((select jsonb_agg(x) from (${rows}) t(x)), '[]'))`;
    this.addSql(`create or replace function offer_search_rollups_inserted() returns trigger
      language plpgsql as $$
      begin
        ${apply(json(`select ${COLUMNS} from came`, 1))};
        return null;
      end $$`);
    this.addSql(`create or replace function offer_search_rollups_deleted() returns trigger
      language plpgsql as $$
      begin
        ${apply(json(`select ${COLUMNS} from left_rows`, -1))};
        return null;
      end $$`);
    // Only the columns the rollups hold matter: a new price or deadline changes nothing here.
    this.addSql(`create or replace function offer_search_rollups_updated() returns trigger
      language plpgsql as $$
      begin
        ${apply(`${json(`select ${COLUMNS} from left_rows except all select ${COLUMNS} from came`, -1)}
          union all
          ${json(`select ${COLUMNS} from came except all select ${COLUMNS} from left_rows`, 1)}`)};
        return null;
      end $$`);
    this.addSql(`create trigger offer_search_rollups_insert after insert on "offer_search"
      referencing new table as came for each statement execute function offer_search_rollups_inserted()`);
    this.addSql(`create trigger offer_search_rollups_delete after delete on "offer_search"
      referencing old table as left_rows for each statement execute function offer_search_rollups_deleted()`);
    this.addSql(`create trigger offer_search_rollups_update after update on "offer_search"
      referencing old table as left_rows new table as came
      for each statement execute function offer_search_rollups_updated()`);

    this.addSql(`insert into offer_search_venue_count
      select venue_id, subcategory_id, (array_agg(location))[1], bool_or(motor_accessible),
             bool_or(visual_accessible), bool_or(hearing_accessible), bool_or(mental_accessible), count(*)
        from offer_search group by venue_id, subcategory_id`);
    this.addSql(`insert into offer_search_name
      select search_fold(name), min(name), count(*) from offer_search group by search_fold(name)`);
    this.addSql(
      'create index "offer_search_venue_count_location_gist" on "offer_search_venue_count" using gist ("location")',
    );
    this.addSql(
      'create index "offer_search_name_trgm" on "offer_search_name" using gin ("name_key" gin_trgm_ops)',
    );
    // An offer of a suggested name.
    this.addSql('create index "offer_search_name_index" on "offer_search" ("name")');
    this.addSql('analyze "offer_search_venue_count"');
    this.addSql('analyze "offer_search_name"');
  }
}
