import { Migration } from '@mikro-orm/migrations';

/**
 * What an api instance needs to keep its own copy of the facets' rollup (`facet-index.ts`):
 * the venues whose rows of `offer_search_venue_count` a transaction changed, with that
 * transaction's id. An instance that copied the rollup at a snapshot whose oldest running
 * transaction was X reads again the venues of every transaction from X on: those are the only
 * ones that can have committed since, so nothing is missed, and rows read again are whole
 * (counts, not differences), so reading one twice is harmless.
 *
 * Written by statement triggers beside the ones that keep the cell rollup, in the same
 * transaction; a job deletes rows older than a quarter of an hour (an instance idle longer
 * copies the rollup again).
 */
export class Migration20261208100000_facet_changes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "offer_search_venue_change" (
      "xid" bigint not null,
      "venue_id" int not null,
      "at" timestamptz not null default clock_timestamp(),
      constraint "offer_search_venue_change_pkey" primary key ("xid", "venue_id"))`);
    this.addSql(`create or replace function offer_search_venue_changed() returns trigger
      language plpgsql as $$
      begin
        insert into offer_search_venue_change (xid, venue_id)
        select distinct pg_current_xact_id()::text::bigint, venue_id from changed_rows
        on conflict do nothing;
        return null;
      end $$`);
    for (const [event, table] of [
      ['insert', 'new'],
      ['update', 'new'],
      ['delete', 'old'],
    ] as const) {
      this.addSql(`create trigger offer_search_venue_changed_${event}
        after ${event} on "offer_search_venue_count"
        referencing ${table} table as changed_rows
        for each statement execute function offer_search_venue_changed()`);
    }
  }

  override async down(): Promise<void> {
    for (const event of ['insert', 'update', 'delete'])
      this.addSql(`drop trigger offer_search_venue_changed_${event} on "offer_search_venue_count"`);
    this.addSql('drop function offer_search_venue_changed()');
    this.addSql('drop table "offer_search_venue_change"');
  }
}
