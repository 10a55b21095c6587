import { Migration } from '@mikro-orm/migrations';
import { CATEGORIES, SUBCATEGORIES } from '../src/modules/catalog/categories.js';
import { offerSearchSourceView } from './Migration20261203130000_offer_search.js';

/** The words an offer is also found by: its subcategory's label and its category's. */
export function subcategorySearchLabels(): [subcategoryId: string, words: string][] {
  return SUBCATEGORIES.map((subcategory) => [
    subcategory.id,
    `${subcategory.label} ${CATEGORIES.find((c) => c.id === subcategory.categoryId)!.label}`,
  ]);
}

const sqlText = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** The French words of an offer: its text, its description, and its subcategory's labels. */
const SEARCH_VECTOR = `to_tsvector('french'::regconfig, public.pc_unaccent(concat_ws(' ', o.name, o.author, o.performer,
               o.stage_director, coalesce(v.public_name, v.name), o.description,
               public.subcategory_search_labels(o.subcategory_id))))`;

/**
 * « concert » finds the concerts whose name is only their artist's (« Angèle » at the Zénith),
 * « musee » the visits of a museum called « Louvre »: the words of an offer's subcategory
 * label and its category's (« Concert Concerts, festivals ») join its French words. Ranking
 * still weighs the typed text against the offer's own text, so an offer that names the word
 * comes first.
 *
 * The labels are written into a SQL function when this migration runs; a test checks that
 * they are still the code's, so changing a label needs a migration that runs this one's
 * statements again. Every row of the search table is rewritten once (its triggers see no
 * other change).
 */
export class Migration20261209110000_search_labels extends Migration {
  override async up(): Promise<void> {
    const cases = subcategorySearchLabels()
      .map(([id, words]) => `when ${sqlText(id)} then ${sqlText(words)}`)
      .join('\n          ');
    this
      .addSql(`create or replace function subcategory_search_labels(subcategory_id text) returns text
      language sql immutable parallel safe as $$
        select case subcategory_id
          ${cases}
        end
      $$`);
    this.addSql(offerSearchSourceView(SEARCH_VECTOR));
    this.addSql(`update offer_search os set search_vector = ${SEARCH_VECTOR}
      from offer o join venue v on v.id = o.venue_id
      where o.id = os.offer_id`);
  }
}
