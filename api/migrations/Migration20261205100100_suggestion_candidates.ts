import { Migration } from '@mikro-orm/migrations';

/**
 * Close names for suggestions, read through their trigram indexes whatever the planner
 * estimates. `%>` is declared as cheap as an equality, so with a `limit` PostgreSQL preferred to
 * scan `offer_search_name` (35,000 names) until enough matched: 16,000-35,000 word similarities,
 * 200-900 ms at 1M offers, against a few milliseconds through the GIN index. A function with
 * its own `enable_seqscan = off` keeps the index (the setting holds while it plans and runs its
 * body, nowhere else). Same rows as before: the first `n` matches, ranked by the caller.
 */
const CANDIDATES = [
  `create or replace function offer_search_name_candidates(folded text, n int)
    returns table (name_key varchar, name varchar, offers int)
    language sql stable parallel safe set enable_seqscan = off as $$
      select c.name_key, c.name, c.offers from public.offer_search_name c
       where c.name_key operator(public.%>) folded limit n
    $$`,
  `create or replace function offer_search_people_candidates(folded text, n int)
    returns table (name_key varchar, role varchar, name varchar, offers int)
    language sql stable parallel safe set enable_seqscan = off as $$
      select c.name_key, c.role, c.name, c.offers from public.offer_search_people c
       where c.name_key operator(public.%>) folded limit n
    $$`,
  // Venues with bookable offers whose name is close: the venue's trigram index, then the rollup.
  `create or replace function offer_search_venue_candidates(folded text, n int)
    returns table (id int, name varchar, name_key text, city varchar, location public.geography)
    language sql stable parallel safe set enable_seqscan = off as $$
      select v.id, coalesce(v.public_name, v.name), v.search_name, v.city, v.location
        from public.venue v
       where not v.is_virtual and v.search_name operator(public.%>) folded
         and exists (select 1 from public.offer_search_venue_count c where c.venue_id = v.id)
       limit n
    $$`,
];

export class Migration20261205100100_suggestion_candidates extends Migration {
  override async up(): Promise<void> {
    // The folded venue name, stored: the trigram index's recheck read it instead of folding
    // (unaccent) each candidate's name again, 2,500 of them for « teatre ».
    this.addSql(`alter table "venue" add column "search_name" text
      generated always as (search_fold(coalesce(public_name, name))) stored`);
    this.addSql('drop index "venue_name_trgm"');
    this.addSql(`create index "venue_search_name_trgm" on "venue"
      using gin ("search_name" gin_trgm_ops) with (fastupdate = off) where not is_virtual`);
    // No pending list on the small trigram indexes the triggers write to all day: every scan
    // read it whole (346 pages on offer_search_name's after the scale seed, until a vacuum).
    for (const index of ['offer_search_name_trgm', 'offer_search_people_trgm']) {
      this.addSql(`alter index "${index}" set (fastupdate = off)`);
      this.addSql(`select gin_clean_pending_list('"${index}"'::regclass)`);
    }
    for (const sql of CANDIDATES) this.addSql(sql);
  }
}
