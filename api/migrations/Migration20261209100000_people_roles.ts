import { Migration } from '@mikro-orm/migrations';

/**
 * An offer whose people change role keeps its search text (« Offre Stromae » whether Stromae is
 * its author or its performer), so its row of `offer_search` does not change and the people
 * rollup's trigger on that table never saw it: suggestions went on naming Stromae an author.
 * A statement trigger on `offer` now recomputes the people of the offers of the search table
 * whose author, performer or stage director an update touched, when they differ from those
 * recorded. It fires after the search table's own trigger on `offer` (triggers fire by name),
 * so an offer that left or came is already settled there and is not counted twice.
 *
 * The search table's own trigger looked up each changed row's former text by a scan of the
 * statement's old rows: quadratic in the rows a statement rewrites. It now joins them.
 */
export class Migration20261209100000_people_roles extends Migration {
  override async up(): Promise<void> {
    // One definition of « recorded people differ », shared by both triggers.
    this.addSql(`create or replace function offer_search_people_stale(id int) returns boolean
      language sql stable as $$
        select exists (
          (select p.role, p.name from offer_search_person p where p.offer_id = id
           except select x.role, x.name from offer_people(array[id]) x)
          union all
          (select x.role, x.name from offer_people(array[id]) x
           except select p.role, p.name from offer_search_person p where p.offer_id = id))
      $$`);
    this.addSql(`create or replace function offer_search_people_updated() returns trigger
      language plpgsql as $$
      declare changed int[];
      begin
        -- Joined, not looked up row by row: a statement that rewrites many rows stays linear.
        changed := array(
          select c.offer_id from came c join left_rows l on l.offer_id = c.offer_id
           where c.search_text is distinct from l.search_text
             and offer_search_people_stale(c.offer_id));
        perform offer_search_people_apply(changed, changed);
        return null;
      end $$`);
    this.addSql(`create or replace function offer_search_people_offer_updated() returns trigger
      language plpgsql as $$
      declare changed int[];
      begin
        changed := array(
          select a.id from after_update a
            join before_update b on b.id = a.id
            join offer_search os on os.offer_id = a.id
           where (a.author, a.performer, a.stage_director)
                 is distinct from (b.author, b.performer, b.stage_director)
             and offer_search_people_stale(a.id));
        perform offer_search_people_apply(changed, changed);
        return null;
      end $$`);
    this.addSql(`create trigger offer_search_people_offer_update after update on "offer"
      referencing old table as before_update new table as after_update
      for each statement execute function offer_search_people_offer_updated()`);

    // Offers already recorded under another role are set right.
    this.addSql(`select offer_search_people_apply(stale.ids, stale.ids)
      from (select array(select os.offer_id from offer_search os
                          where offer_search_people_stale(os.offer_id)) as ids) stale`);
  }
}
