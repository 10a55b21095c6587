import { Migration } from '@mikro-orm/migrations';

/**
 * The people of bookable offers (author, performer, stage director), for suggestions as a
 * person types « hugo » or « angele »:
 * - `offer_search_person`: one row per offer of the search table and role it names someone in
 *   (what was counted, so that a row leaving or changing takes back exactly what it added);
 * - `offer_search_people`: offers per folded name and role, matched by trigrams (tens of
 *   thousands of names instead of a million offers).
 * Triggers on `offer_search` keep both exact in the same transaction, like the other rollups:
 * a row that comes adds its offer's people, one that leaves removes them, one that changes is
 * recomputed when its offer's people differ from those recorded.
 */
export class Migration20261204200000_search_people extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "offer_search_person" (
      "offer_id" int not null,
      "role" varchar(16) not null,
      "name_key" varchar(200) not null,
      "name" varchar(200) not null,
      constraint "offer_search_person_pkey" primary key ("offer_id", "role"))`);
    this.addSql(`create table "offer_search_people" (
      "name_key" varchar(200) not null,
      "role" varchar(16) not null,
      "name" varchar(200) not null,
      "offers" int not null,
      constraint "offer_search_people_pkey" primary key ("name_key", "role"))`);

    // The people an offer names now, one row per role (blank fields name nobody).
    this.addSql(`create or replace function offer_people(ids int[])
      returns table (offer_id int, role varchar, name_key varchar, name varchar)
      language sql stable as $$
        select o.id, x.role, left(search_fold(btrim(x.name)), 200), left(btrim(x.name), 200)
          from offer o
          cross join lateral (values ('AUTHOR', o.author), ('PERFORMER', o.performer),
                                     ('STAGE_DIRECTOR', o.stage_director)) x(role, name)
         where o.id = any(ids) and btrim(coalesce(x.name, '')) <> ''
      $$`);

    // Takes back what the offers `gone` added, then adds what the offers `came` name now.
    this
      .addSql(`create or replace function offer_search_people_apply(gone int[], came int[]) returns void
      language plpgsql as $$
      begin
        if cardinality(gone) > 0 then
          with removed as (
            delete from offer_search_person p where p.offer_id = any(gone) returning p.name_key, p.role
          ),
          counts as (select r.name_key, r.role, count(*)::int as n from removed r group by 1, 2),
          emptied as (
            delete from offer_search_people c using counts
             where c.name_key = counts.name_key and c.role = counts.role and c.offers <= counts.n
          )
          update offer_search_people c set offers = c.offers - counts.n from counts
           where c.name_key = counts.name_key and c.role = counts.role and c.offers > counts.n;
        end if;
        if cardinality(came) > 0 then
          with added as (
            insert into offer_search_person select * from offer_people(came)
            returning name_key, role, name
          )
          insert into offer_search_people as c
          select a.name_key, a.role, min(a.name), count(*) from added a group by 1, 2
          on conflict (name_key, role) do update set offers = c.offers + excluded.offers;
        end if;
      end $$`);
    this.addSql(`create or replace function offer_search_people_inserted() returns trigger
      language plpgsql as $$
      begin
        perform offer_search_people_apply('{}', array(select offer_id from came));
        return null;
      end $$`);
    this.addSql(`create or replace function offer_search_people_deleted() returns trigger
      language plpgsql as $$
      begin
        perform offer_search_people_apply(array(select offer_id from left_rows), '{}');
        return null;
      end $$`);
    // Most updates are a price, a deadline or a booking: only offers whose people differ
    // from those recorded are recomputed.
    this.addSql(`create or replace function offer_search_people_updated() returns trigger
      language plpgsql as $$
      declare changed int[];
      begin
        changed := array(
          select c.offer_id from came c
           where c.search_text is distinct from (select l.search_text from left_rows l where l.offer_id = c.offer_id)
             and exists (
               (select p.role, p.name from offer_search_person p where p.offer_id = c.offer_id
                except select x.role, x.name from offer_people(array[c.offer_id]) x)
               union all
               (select x.role, x.name from offer_people(array[c.offer_id]) x
                except select p.role, p.name from offer_search_person p where p.offer_id = c.offer_id)));
        perform offer_search_people_apply(changed, changed);
        return null;
      end $$`);
    this.addSql(`create trigger offer_search_people_insert after insert on "offer_search"
      referencing new table as came for each statement execute function offer_search_people_inserted()`);
    this.addSql(`create trigger offer_search_people_delete after delete on "offer_search"
      referencing old table as left_rows for each statement execute function offer_search_people_deleted()`);
    this.addSql(`create trigger offer_search_people_update after update on "offer_search"
      referencing old table as left_rows new table as came
      for each statement execute function offer_search_people_updated()`);

    // The same rows as offer_people() for every offer of the table, joined rather than listed.
    this.addSql(`insert into offer_search_person
      select o.id, x.role, left(search_fold(btrim(x.name)), 200), left(btrim(x.name), 200)
        from offer_search os
        join offer o on o.id = os.offer_id
        cross join lateral (values ('AUTHOR', o.author), ('PERFORMER', o.performer),
                                   ('STAGE_DIRECTOR', o.stage_director)) x(role, name)
       where btrim(coalesce(x.name, '')) <> ''`);
    this.addSql(`insert into offer_search_people
      select name_key, role, min(name), count(*) from offer_search_person group by 1, 2`);
    this.addSql(
      'create index "offer_search_people_trgm" on "offer_search_people" using gin ("name_key" gin_trgm_ops)',
    );
    this.addSql('analyze "offer_search_person"');
    this.addSql('analyze "offer_search_people"');
  }
}
