import { Migration } from '@mikro-orm/migrations';

/**
 * The database's own guard on money and places: a trigger on booking keeps
 * stock.booked_quantity and the deposit's spent sums exact, and check
 * constraints refuse an oversold stock or an overspent deposit, whatever the
 * application code does.
 */
export class Migration20261126010000_booking_ledger extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "deposit"
      add column "spent_cents" int not null default 0,
      add column "digital_spent_cents" int not null default 0,
      add column "physical_spent_cents" int not null default 0`);
    this.addSql(`alter table "deposit"
      add constraint deposit_not_overspent check (spent_cents <= amount_cents),
      add constraint deposit_digital_cap_respected
        check (digital_cap_cents is null or digital_spent_cents <= digital_cap_cents),
      add constraint deposit_physical_cap_respected
        check (physical_cap_cents is null or physical_spent_cents <= physical_cap_cents)`);
    this.addSql(`alter table "booking" add constraint booking_cap_family_known
      check (cap_family is null or cap_family = 'DIGITAL' or cap_family = 'PHYSICAL')`);

    // What one booking row takes from its stock and its deposit; nothing once cancelled.
    this.addSql(`create or replace function booking_apply_ledger() returns trigger
      language plpgsql as $$
      declare
        old_places int := 0; new_places int := 0;
        old_cost int := 0; new_cost int := 0;
      begin
        if tg_op in ('UPDATE', 'DELETE') and old.status <> 'CANCELLED' then
          old_places := old.quantity;
          old_cost := old.amount_cents * old.quantity;
        end if;
        if tg_op in ('INSERT', 'UPDATE') and new.status <> 'CANCELLED' then
          new_places := new.quantity;
          new_cost := new.amount_cents * new.quantity;
        end if;

        if tg_op = 'UPDATE' and old.stock_id is distinct from new.stock_id
           or tg_op = 'UPDATE' and old.deposit_id is distinct from new.deposit_id then
          raise exception 'a booking cannot move to another stock or deposit'
            using errcode = 'check_violation', constraint = 'booking_ledger_immutable';
        end if;

        -- A paid booking draws on a live deposit of its own user.
        if tg_op = 'INSERT' and new.amount_cents > 0 and not exists (
             select 1 from deposit d
              where d.id = new.deposit_id and d.user_id = new.user_id and d.expires_at > now()) then
          raise exception 'a paid booking needs a live deposit of its user'
            using errcode = 'check_violation', constraint = 'booking_paid_from_own_deposit';
        end if;

        if new_places <> old_places then
          update stock set booked_quantity = booked_quantity + new_places - old_places
           where id = coalesce(new.stock_id, old.stock_id);
        end if;

        if new_cost <> old_cost and coalesce(new.deposit_id, old.deposit_id) is not null then
          update deposit set
            spent_cents = spent_cents + new_cost - old_cost,
            digital_spent_cents = digital_spent_cents + case
              when coalesce(new.cap_family, old.cap_family) = 'DIGITAL' then new_cost - old_cost else 0 end,
            physical_spent_cents = physical_spent_cents + case
              when coalesce(new.cap_family, old.cap_family) = 'PHYSICAL' then new_cost - old_cost else 0 end
           where id = coalesce(new.deposit_id, old.deposit_id);
        end if;
        return null;
      end $$`);
    this.addSql(`create trigger booking_apply_ledger
      after insert or update of status, quantity, amount_cents, stock_id, deposit_id, cap_family or delete
      on "booking" for each row execute function booking_apply_ledger()`);

    // Bookings that existed before the ledger: count them once.
    this.addSql(`update stock s set booked_quantity = coalesce((
      select sum(b.quantity) from booking b where b.stock_id = s.id and b.status <> 'CANCELLED'), 0)`);
    this.addSql(`update deposit d set
      spent_cents = t.total, digital_spent_cents = t.digital, physical_spent_cents = t.physical
      from (select deposit_id,
                   sum(amount_cents * quantity) as total,
                   coalesce(sum(amount_cents * quantity) filter (where cap_family = 'DIGITAL'), 0) as digital,
                   coalesce(sum(amount_cents * quantity) filter (where cap_family = 'PHYSICAL'), 0) as physical
              from booking where status <> 'CANCELLED' and deposit_id is not null group by deposit_id) t
     where d.id = t.deposit_id`);
  }
}
