import { Migration } from '@mikro-orm/migrations';

/**
 * TRUNCATE fires no row trigger: `truncate offer … cascade` (the scale seed's `--reset`)
 * emptied the search table but left its page table and rollups full, and the next seed failed
 * on the page table's keys. Emptied with it now, in the same statement. The venues of the
 * facets' rollup are logged as changed first, so that an api instance's copy reads them
 * again (migration `…_facet_changes`) and finds them gone.
 */
export class Migration20261210100000_search_truncate extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function offer_search_truncated() returns trigger
      language plpgsql as $$
      begin
        insert into offer_search_venue_change (xid, venue_id)
        select distinct pg_current_xact_id()::text::bigint, venue_id from offer_search_venue_count
        on conflict do nothing;
        truncate offer_search_page, offer_search_person, offer_search_people, offer_search_name,
                 offer_search_venue_count, offer_search_cell_count, offer_search_word;
        return null;
      end $$`);
    this.addSql(`create trigger offer_search_truncated after truncate on "offer_search"
      for each statement execute function offer_search_truncated()`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger offer_search_truncated on "offer_search"');
    this.addSql('drop function offer_search_truncated()');
  }
}
