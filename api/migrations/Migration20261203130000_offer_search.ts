import { Migration } from '@mikro-orm/migrations';
import { offerVisibleSql, stockBookableSql } from '../src/modules/catalog/visibility.js';

/**
 * What the search table must hold, from the one definition of visibility and bookability
 * (now()): the view `offer_search_source`, its French words given by `searchVector` (an
 * expression on the offer `o` and its venue `v`).
 */
export function offerSearchSourceView(searchVector: string): string {
  return `create or replace view "offer_search_source" as
      select o.id as offer_id, o.venue_id, v.location, o.subcategory_id,
             coalesce(sc.category_id, 'TECHNIQUE') as category_id, o.is_duo,
             v.motor_accessible, v.visual_accessible, v.hearing_accessible, v.mental_accessible,
             st.min_price_cents, st.max_price_cents, st.first_begins_at, st.last_begins_at, st.next_deadline,
             offer_search_text(o.name, o.author, o.performer, o.stage_director, coalesce(v.public_name, v.name)) as search_text,
             ${searchVector} as search_vector,
             o.name
        from offer o
        join venue v on v.id = o.venue_id
        join offerer f on f.id = v.offerer_id
        left join subcategory_category sc on sc.subcategory_id = o.subcategory_id
        cross join lateral (
          select min(s.price_cents) as min_price_cents, max(s.price_cents) as max_price_cents,
                 min(s.begins_at) as first_begins_at, max(s.begins_at) as last_begins_at,
                 min(least(s.booking_limit_at, s.begins_at)) as next_deadline, count(*) as bookable
            from stock s
           where s.offer_id = o.id and ${stockBookableSql('now()')}
        ) st
       where ${offerVisibleSql()} and st.bookable > 0`;
}

/** The French words of an offer as this migration first made them. */
const FIRST_SEARCH_VECTOR = `to_tsvector('french'::regconfig, public.pc_unaccent(concat_ws(' ', o.name, o.author, o.performer,
               o.stage_director, coalesce(v.public_name, v.name), o.description)))`;

/**
 * The search table: one row per offer young people can see and book now, with what a search
 * filters, orders and ranks on (place, category, prices, dates, duo, accessibility, text), so
 * that a page of results is one index walk over one table.
 *
 * Membership is the visibility rule of catalog/visibility.ts (its SQL is built into the
 * view below when this migration runs; a property test checks the table against the rule).
 * Triggers keep it exact in the transaction of every write that changes it: offers, stocks,
 * venues, offerers, and bookings through the stock's booked quantity that the ledger trigger
 * moves (a sold-out stock leaves search at once). Time is the one thing no write announces:
 * `next_deadline` is when the row's first bookable stock closes (booking limit or start);
 * searches skip rows whose deadline passed and a job recomputes them (expiry without a
 * rebuild). A later change to the visibility rule needs a migration that recreates the view.
 */
export class Migration20261203130000_offer_search extends Migration {
  override async up(): Promise<void> {
    // Both trusted in PostgreSQL 15 (a database owner may create them) and loaded by the embedded PGlite.
    this.addSql('create extension if not exists pg_trgm');
    this.addSql('create extension if not exists btree_gist');

    // Text as search compares it: lower case, without accents.
    this.addSql(`create or replace function search_fold(text) returns text
      language sql immutable parallel safe strict
      as $$ select lower(public.pc_unaccent($1)) $$`);
    // Text a person may type to find an offer: its name, its people, its venue's name; folded.
    this
      .addSql(`create or replace function offer_search_text(name text, author text, performer text,
        stage_director text, venue_name text) returns text
      language sql immutable parallel safe
      as $$ select public.search_fold(concat_ws(' ', name, author, performer, stage_director, venue_name)) $$`);

    this.addSql(`create table "offer_search" (
      "offer_id" int not null,
      "venue_id" int not null,
      "location" geography(Point, 4326) null,
      "subcategory_id" varchar(64) not null,
      "category_id" varchar(32) not null,
      "is_duo" boolean not null,
      "motor_accessible" boolean not null,
      "visual_accessible" boolean not null,
      "hearing_accessible" boolean not null,
      "mental_accessible" boolean not null,
      "min_price_cents" int not null,
      "max_price_cents" int not null,
      "first_begins_at" timestamptz null,
      "last_begins_at" timestamptz null,
      "next_deadline" timestamptz null,
      "search_text" text not null,
      "search_vector" tsvector not null,
      "name" varchar(140) not null,
      constraint "offer_search_pkey" primary key ("offer_id"),
      constraint "offer_search_offer_id_foreign" foreign key ("offer_id") references "offer" ("id")
        on update cascade on delete cascade)`);

    this.addSql(offerSearchSourceView(FIRST_SEARCH_VECTOR));

    // Recomputes the rows of these offers: adds, updates (only what changed) or removes.
    this.addSql(`create or replace function offer_search_refresh(ids int[]) returns void
      language plpgsql as $$
      begin
        if ids is null or cardinality(ids) = 0 then return; end if;
        -- One statement, the rule evaluated once: rows that left, then rows that came or changed.
        with fresh as materialized (
          select * from offer_search_source src where src.offer_id = any(ids)
        ),
        gone as (
          delete from offer_search os
           where os.offer_id = any(ids)
             and not exists (select 1 from fresh where fresh.offer_id = os.offer_id)
        )
        insert into offer_search as os
        select * from fresh
        on conflict (offer_id) do update set
          venue_id = excluded.venue_id, location = excluded.location,
          subcategory_id = excluded.subcategory_id, category_id = excluded.category_id,
          is_duo = excluded.is_duo, motor_accessible = excluded.motor_accessible,
          visual_accessible = excluded.visual_accessible, hearing_accessible = excluded.hearing_accessible,
          mental_accessible = excluded.mental_accessible, min_price_cents = excluded.min_price_cents,
          max_price_cents = excluded.max_price_cents, first_begins_at = excluded.first_begins_at,
          last_begins_at = excluded.last_begins_at, next_deadline = excluded.next_deadline,
          search_text = excluded.search_text, search_vector = excluded.search_vector,
          name = excluded.name
        where (os.venue_id, os.location::text, os.subcategory_id, os.category_id, os.is_duo,
               os.motor_accessible, os.visual_accessible, os.hearing_accessible, os.mental_accessible,
               os.min_price_cents, os.max_price_cents, os.first_begins_at, os.last_begins_at,
               os.next_deadline, os.search_text, os.name)
          is distinct from
              (excluded.venue_id, excluded.location::text, excluded.subcategory_id, excluded.category_id,
               excluded.is_duo, excluded.motor_accessible, excluded.visual_accessible,
               excluded.hearing_accessible, excluded.mental_accessible, excluded.min_price_cents,
               excluded.max_price_cents, excluded.first_begins_at, excluded.last_begins_at,
               excluded.next_deadline, excluded.search_text, excluded.name)
          or os.search_vector <> excluded.search_vector;
      end $$`);

    // Statement-level triggers: one refresh per statement, whatever number of rows it touched
    // (imports and bulk updates stay set-based).
    this.addSql(`create or replace function offer_search_offer_changed() returns trigger
      language plpgsql as $$
      begin
        perform offer_search_refresh(array(select id from changed));
        return null;
      end $$`);
    this.addSql(`create trigger offer_search_offer_insert after insert on "offer"
      referencing new table as changed for each statement execute function offer_search_offer_changed()`);
    this.addSql(`create trigger offer_search_offer_update after update on "offer"
      referencing new table as changed for each statement execute function offer_search_offer_changed()`);

    this.addSql(`create or replace function offer_search_stock_written() returns trigger
      language plpgsql as $$
      begin
        perform offer_search_refresh(array(select distinct offer_id from changed));
        return null;
      end $$`);
    // A stock update matters when it moves the stock's offer, price or dates, or turns it
    // bookable or not (the rule's own SQL on the row before and after): a booking that leaves
    // places costs a join here and nothing more; the one that sells out refreshes its offer.
    const bookable = (row: string) =>
      `(select ${stockBookableSql('now()')} from (select ${row}.is_soft_deleted, ${row}.booking_limit_at,
         ${row}.begins_at, ${row}.quantity, ${row}.booked_quantity) as s)`;
    this.addSql(`create or replace function offer_search_stock_updated() returns trigger
      language plpgsql as $$
      begin
        perform offer_search_refresh(array(
          select distinct unnest(array[b.offer_id, a.offer_id])
            from after_update a
            join before_update b on b.id = a.id
           where a.offer_id <> b.offer_id or a.price_cents <> b.price_cents
              or a.begins_at is distinct from b.begins_at
              or a.booking_limit_at is distinct from b.booking_limit_at
              or ${bookable('a')} is distinct from ${bookable('b')}));
        return null;
      end $$`);
    this.addSql(`create trigger offer_search_stock_insert after insert on "stock"
      referencing new table as changed for each statement execute function offer_search_stock_written()`);
    this.addSql(`create trigger offer_search_stock_delete after delete on "stock"
      referencing old table as changed for each statement execute function offer_search_stock_written()`);
    this.addSql(`create trigger offer_search_stock_update after update on "stock"
      referencing old table as before_update new table as after_update
      for each statement execute function offer_search_stock_updated()`);

    this.addSql(`create or replace function offer_search_venue_updated() returns trigger
      language plpgsql as $$
      begin
        perform offer_search_refresh(array(
          select o.id from offer o join after_update v on o.venue_id = v.id));
        return null;
      end $$`);
    this.addSql(`create trigger offer_search_venue_update after update on "venue"
      referencing new table as after_update for each statement execute function offer_search_venue_updated()`);

    this.addSql(`create or replace function offer_search_offerer_updated() returns trigger
      language plpgsql as $$
      begin
        perform offer_search_refresh(array(
          select o.id from after_update f
            join before_update b on b.id = f.id
            join venue v on v.offerer_id = f.id
            join offer o on o.venue_id = v.id
           where f.status is distinct from b.status));
        return null;
      end $$`);
    this.addSql(`create trigger offer_search_offerer_update after update on "offerer"
      referencing old table as before_update new table as after_update
      for each statement execute function offer_search_offerer_updated()`);

    // The rows of today, stored in geohash order so that neighbours share pages.
    this.addSql(`insert into offer_search select * from offer_search_source
      order by ST_GeoHash(location::geometry) nulls last, offer_id`);

    this.addSql(
      'create index "offer_search_location_gist" on "offer_search" using gist ("location")',
    );
    this.addSql(
      'create index "offer_search_category_location_gist" on "offer_search" using gist ("category_id", "location")',
    );
    this.addSql(
      'create index "offer_search_venue_offer_index" on "offer_search" ("venue_id", "offer_id")',
    );
    this.addSql(
      'create index "offer_search_digital_index" on "offer_search" ("offer_id") where location is null',
    );
    this.addSql(
      'create index "offer_search_deadline_index" on "offer_search" ("next_deadline") where next_deadline is not null',
    );
    this.addSql(
      'create index "offer_search_text_trgm" on "offer_search" using gin ("search_text" gin_trgm_ops)',
    );
    this.addSql(
      'create index "offer_search_words_gin" on "offer_search" using gin ("search_vector")',
    );
    // Suggestions while typing: venue names by trigrams, towns by prefix (accents ignored).
    this.addSql(`create index "venue_name_trgm" on "venue"
      using gin (search_fold(coalesce(public_name, name)) gin_trgm_ops) where not is_virtual`);
    this.addSql(`create index "venue_city_prefix_index" on "venue"
      (search_fold(city) text_pattern_ops) where not is_virtual`);
    this.addSql('analyze "offer_search"');
  }
}
