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
      select v.id, coalesce(v.public_name, v.name), public.search_fold(coalesce(v.public_name, v.name)),
             v.city, v.location
        from public.venue v
       where not v.is_virtual
         and public.search_fold(coalesce(v.public_name, v.name)) operator(public.%>) folded
         and exists (select 1 from public.offer_search_venue_count c where c.venue_id = v.id)
       limit n
    $$`,
];

export class Migration20261205100100_suggestion_candidates extends Migration {
  override async up(): Promise<void> {
    for (const sql of CANDIDATES) this.addSql(sql);
  }
}
