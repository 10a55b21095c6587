import { Migration } from '@mikro-orm/migrations';

/**
 * Pro operations: the database refuses more than 2,500 live stocks on one offer,
 * whatever the application does (the service checks first, with a clearer message).
 */
export class Migration20261126030000_pro extends Migration {
  override async up(): Promise<void> {
    // Statement-level, over the rows just inserted: one check per offer, not one per row.
    // The offer rows are locked first so that two concurrent inserts count each other; a
    // bulk load over many offers (the seeds) is checked without taking a million row locks.
    this.addSql(`create or replace function stock_limit_per_offer() returns trigger
      language plpgsql as $$
      declare
        over_offer int;
      begin
        if (select count(distinct offer_id) from inserted) <= 100 then
          perform 1 from offer where id in (select distinct offer_id from inserted) order by id for no key update;
        end if;
        select s.offer_id into over_offer
          from stock s
         where s.offer_id in (select distinct offer_id from inserted) and not s.is_soft_deleted
         group by s.offer_id
        having count(*) > 2500
         limit 1;
        if over_offer is not null then
          raise exception 'offer % would have more than 2500 stocks', over_offer
            using errcode = 'check_violation', constraint = 'stock_max_per_offer';
        end if;
        return null;
      end $$`);
    this.addSql(`create trigger stock_limit_per_offer
      after insert on "stock" referencing new table as inserted
      for each statement execute function stock_limit_per_offer()`);
  }
}
