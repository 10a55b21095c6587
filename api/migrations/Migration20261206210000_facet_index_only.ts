import { Migration } from '@mikro-orm/migrations';

const EDGE_COLUMNS = `"location", "subcategory_id", "offers", "motor_accessible", "visual_accessible",
  "hearing_accessible", "mental_accessible"`;

/**
 * Facets read their two rollups by index only (facets.queries.ts): a facets request probes
 * `offer_search_cell_count` once per run of a band's cells and `offer_search_venue_count`
 * once per run of the edge's finest cells (hundreds of runs for a 50 km circle), and each
 * row it kept cost a heap page of its own (the triggers write both tables in no order):
 * 1,600-2,600 buffers a request around Paris. With the columns facets read in the indexes
 * (the grid's subcategories and counts beside its cell, the places' location, subcategory, counts and
 * accessibility beside their finest cell), the probes stay in the index as long as the
 * visibility map says its pages are all visible (autovacuum sets it again after writes).
 */
export class Migration20261206210000_facet_index_only extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "offer_search_cell_count_cover" on "offer_search_cell_count" ("cell")
      include ("subcategory_id", "offers")`);
    this.addSql('drop index "offer_search_venue_count_cell_index"');
    this.addSql(`create index "offer_search_venue_count_cell_index" on "offer_search_venue_count"
      (offer_search_fine_cell("location")) include (${EDGE_COLUMNS})`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index "offer_search_cell_count_cover"');
    this.addSql('drop index "offer_search_venue_count_cell_index"');
    this.addSql(
      'create index "offer_search_venue_count_cell_index" on "offer_search_venue_count" (offer_search_fine_cell("location"))',
    );
  }
}
