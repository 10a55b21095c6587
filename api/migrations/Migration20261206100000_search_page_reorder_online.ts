import { Migration } from '@mikro-orm/migrations';

/** offer_search_page's indexes, each with its definition on a table called `table`. */
const PAGE_INDEXES: [suffix: string, definition: (table: string) => string][] = [
  ['location_gist', (t) => `on ${t} using gist (location)`],
  ['category_location_gist', (t) => `on ${t} using gist (category_id, location)`],
  ['digital_index', (t) => `on ${t} (offer_id) where location is null`],
  ['geohash_index', (t) => `on ${t} (ST_GeoHash(location::geometry, 10))`],
];

const renames = (from: string, to: string) =>
  [`alter table ${from} rename to ${to};`, `alter index ${from}_pkey rename to ${to}_pkey;`]
    .concat(
      PAGE_INDEXES.map(([suffix]) => `alter index ${from}_${suffix} rename to ${to}_${suffix};`),
    )
    .join('\n        ');

/**
 * Reorders the page table without stopping searches. The reorder used CLUSTER, whose ACCESS
 * EXCLUSIVE lock stopped every search and every write reaching the table for the whole
 * rewrite (28 s at 1M offers on a quiet machine, 84 s under load). Now, in one transaction:
 * 1. a copy in geohash order, its indexes and statistics are built beside the table, which
 *    searches read and writes change meanwhile (the transaction holds only a read lock on it);
 * 2. writes are held (EXCLUSIVE lock: reads go on) while the copy catches up: rows that left
 *    the table leave the copy, and rows written by a transaction the copy may not have seen
 *    (xmin at or after its snapshot's xmin; a few seen ones too, harmlessly) are copied
 *    again — measured at 1M offers: 1.1 s of held writes instead of a full-table comparison;
 * 3. the copy takes the table's name and index names (an ACCESS EXCLUSIVE lock from the
 *    renames to the commit: milliseconds) and the old table is dropped. Statements prepared
 *    on the old table are planned again on the new one by name; a failure anywhere rolls
 *    everything back, and an advisory lock keeps two reorders from running at once.
 */
export class Migration20261206100000_search_page_reorder_online extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function offer_search_page_reorder() returns void
      language plpgsql as $$
      declare
        copied_from xid;
      begin
        perform pg_advisory_xact_lock(hashtext('offer_search_page_reorder'));
        create table offer_search_page_next
          (like offer_search_page including defaults including constraints)
          with (fillfactor = 85);
        -- The oldest transaction the copy may not see: rows written by it or later are
        -- compared again once writes are held.
        copied_from := (pg_snapshot_xmin(pg_current_snapshot())::text::bigint % 4294967296)::text::xid;
        insert into offer_search_page_next
          select * from offer_search_page order by ST_GeoHash(location::geometry, 10), offer_id;
        alter table offer_search_page_next
          add constraint offer_search_page_next_pkey primary key (offer_id);
        ${PAGE_INDEXES.map(([suffix, definition]) => `create index offer_search_page_next_${suffix} ${definition('offer_search_page_next')};`).join('\n        ')}
        analyze offer_search_page_next;

        lock table offer_search_page in exclusive mode;
        create temporary table offer_search_page_written on commit drop as
          select p.offer_id from offer_search_page p where age(p.xmin) <= age(copied_from);
        delete from offer_search_page_next n
         where not exists (select 1 from offer_search_page p where p.offer_id = n.offer_id);
        delete from offer_search_page_next n using offer_search_page_written w
         where n.offer_id = w.offer_id;
        insert into offer_search_page_next
          select p.* from offer_search_page p
           where p.offer_id in (select offer_id from offer_search_page_written);

        ${renames('offer_search_page', 'offer_search_page_old')}
        ${renames('offer_search_page_next', 'offer_search_page')}
        drop table offer_search_page_old;
      end $$`);
  }
}
