import { Migration } from '@mikro-orm/migrations';

/** Every column of offer_search but its text (search_text, search_vector). */
export const OFFER_SEARCH_PAGE_COLUMNS = `offer_id, venue_id, location, subcategory_id, category_id,
  is_duo, motor_accessible, visual_accessible, hearing_accessible, mental_accessible,
  min_price_cents, max_price_cents, first_begins_at, last_begins_at, next_deadline, name`;

/** A place's geohash to ~1 m (null for digital offers, last in the order). */
const GEOHASH = 'ST_GeoHash(location::geometry, 10)';

/**
 * The page table: offer_search without its text columns, for searches without text (a page
 * of cards around a point, or newest first). offer_search rows are wide (~470 bytes: folded
 * text and French words) and written in offer order by its triggers, so the nearest
 * neighbours of a point lie on many pages: the KNN walk of a page of 20 read 136-342 buffers
 * at 1M offers where the same walk over a narrow table in geohash order reads about 10.
 *
 * Kept exact in the same transaction by statement triggers on offer_search (which its own
 * triggers keep exact on every write); stored in geohash order when filled here, by
 * `seed:scale`, and by `offer_search_page_reorder()` (`npm run search:reorder`, e.g. nightly),
 * which rewrites it in geohash order (CLUSTER on a geohash index: an ACCESS EXCLUSIVE lock on
 * this table alone while it runs, 84 s at 1M offers on 2 cores under load 15; searches wait,
 * and so do writes of offers, stocks, venues and offerers, whose triggers reach this table).
 * Between reorders, fillfactor 85 keeps an updated row on its page (no indexed column changes on a new price
 * or deadline), and new offers go where there is room.
 */
export class Migration20261205200000_offer_search_page extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "offer_search_page" (
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
      "name" varchar(140) not null,
      constraint "offer_search_page_pkey" primary key ("offer_id"))
      with (fillfactor = 85)`);

    this.addSql(`create or replace function offer_search_page_inserted() returns trigger
      language plpgsql as $$
      begin
        insert into offer_search_page select ${OFFER_SEARCH_PAGE_COLUMNS} from came;
        return null;
      end $$`);
    this.addSql(`create or replace function offer_search_page_deleted() returns trigger
      language plpgsql as $$
      begin
        delete from offer_search_page p using left_rows r where p.offer_id = r.offer_id;
        return null;
      end $$`);
    // offer_search's refresh never moves an offer_id (it upserts by it).
    this.addSql(`create or replace function offer_search_page_updated() returns trigger
      language plpgsql as $$
      begin
        update offer_search_page p set
          venue_id = c.venue_id, location = c.location, subcategory_id = c.subcategory_id,
          category_id = c.category_id, is_duo = c.is_duo, motor_accessible = c.motor_accessible,
          visual_accessible = c.visual_accessible, hearing_accessible = c.hearing_accessible,
          mental_accessible = c.mental_accessible, min_price_cents = c.min_price_cents,
          max_price_cents = c.max_price_cents, first_begins_at = c.first_begins_at,
          last_begins_at = c.last_begins_at, next_deadline = c.next_deadline, name = c.name
          from came c
         where p.offer_id = c.offer_id
           and (p.venue_id, p.location::text, p.subcategory_id, p.category_id, p.is_duo,
                p.motor_accessible, p.visual_accessible, p.hearing_accessible, p.mental_accessible,
                p.min_price_cents, p.max_price_cents, p.first_begins_at, p.last_begins_at,
                p.next_deadline, p.name)
               is distinct from
               (c.venue_id, c.location::text, c.subcategory_id, c.category_id, c.is_duo,
                c.motor_accessible, c.visual_accessible, c.hearing_accessible, c.mental_accessible,
                c.min_price_cents, c.max_price_cents, c.first_begins_at, c.last_begins_at,
                c.next_deadline, c.name);
        return null;
      end $$`);
    this.addSql(`create trigger offer_search_page_insert after insert on "offer_search"
      referencing new table as came for each statement execute function offer_search_page_inserted()`);
    this.addSql(`create trigger offer_search_page_delete after delete on "offer_search"
      referencing old table as left_rows for each statement execute function offer_search_page_deleted()`);
    this.addSql(`create trigger offer_search_page_update after update on "offer_search"
      referencing new table as came for each statement execute function offer_search_page_updated()`);

    // Today's rows in geohash order, so that neighbours share pages; the indexes afterwards.
    this.addSql(`insert into offer_search_page select ${OFFER_SEARCH_PAGE_COLUMNS} from offer_search
      order by ${GEOHASH}, offer_id`);
    this.addSql(
      'create index "offer_search_page_location_gist" on "offer_search_page" using gist ("location")',
    );
    this.addSql(
      'create index "offer_search_page_category_location_gist" on "offer_search_page" using gist ("category_id", "location")',
    );
    this.addSql(
      'create index "offer_search_page_digital_index" on "offer_search_page" ("offer_id") where location is null',
    );

    // The order to write the table in: CLUSTER on the location GIST (its leaves' order) read
    // 33 buffers a walk at 1M offers against 23 in geohash order, and took longer (an index
    // scan instead of a sort).
    this.addSql(
      `create index "offer_search_page_geohash_index" on "offer_search_page" (${GEOHASH})`,
    );
    // Rewrites the table in geohash order (neighbours on shared pages again).
    this.addSql(`create or replace function offer_search_page_reorder() returns void
      language plpgsql as $$
      begin
        cluster offer_search_page using offer_search_page_geohash_index;
        analyze offer_search_page;
      end $$`);
    this.addSql('analyze "offer_search_page"');
  }
}
