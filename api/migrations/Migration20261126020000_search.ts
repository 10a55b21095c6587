import { Migration } from '@mikro-orm/migrations';

/**
 * French full-text search on offers: accents and plurals do not matter
 * (unaccent, then the french snowball stemmer), with a GIN index.
 */
export class Migration20261126020000_search extends Migration {
  override async up(): Promise<void> {
    this.addSql('create extension if not exists unaccent');
    // unaccent() is only STABLE (its dictionary could change); index expressions need IMMUTABLE.
    this.addSql(`create or replace function pc_unaccent(text) returns text
      language sql immutable parallel safe strict
      as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$`);
    this
      .addSql(`create or replace function offer_search_vector(name text, description text) returns tsvector
      language sql immutable parallel safe
      as $$ select to_tsvector('french'::regconfig, public.pc_unaccent(coalesce(name, '') || ' ' || coalesce(description, ''))) $$`);
    // Stored, so that a search around a point checks each candidate offer without re-parsing its text.
    this.addSql(`alter table "offer" add column "search_vector" tsvector
      generated always as (offer_search_vector("name", "description")) stored`);
    this.addSql('create index "offer_search_vector_gin" on "offer" using gin ("search_vector")');
    // Offers of one venue in id order: the search walks venues nearest first, then their offers.
    this.addSql('create index "offer_venue_id_id_index" on "offer" ("venue_id", "id")');
  }
}
