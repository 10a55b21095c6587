import { Migration } from '@mikro-orm/migrations';

/**
 * Closes the holes of the booking ledger's net (issue 14, item 12): whatever code
 * writes, the database refuses
 * - a stock's booked quantity or a deposit's spent sums (total, digital, physical) that
 *   disagree with the live bookings they summarise. The ledger trigger is the only
 *   writer trusted to move them (it moves them by exact deltas and marks its own writes);
 *   any other write is accepted only when it equals a recount of the bookings
 *   (`stock_booked_quantity_matches_bookings`, `deposit_spent_matches_bookings`);
 * - a booking whose charge grows (insert of a paid booking, a higher amount or quantity,
 *   a cancelled booking made live again) without its user's current live deposit to
 *   draw on: no deposit, another person's, an expired one, or not their latest one
 *   (`booking_paid_from_own_deposit`); and a free booking naming another person's
 *   deposit (`booking_deposit_of_its_user`, also raised when a deposit holding
 *   bookings is handed to someone else);
 * - a booking moved to another stock, deposit, person or cap family
 *   (`booking_ledger_immutable`): the ledger's deltas would then land on the wrong counters.
 * TRUNCATE of bookings, which fires no row trigger, zeroes the counters it empties.
 *
 * Cost on the booking hot path: the deposit look-up the ledger already made (now also
 * asking "is there a newer deposit", one index probe), and two guard triggers that
 * return at once on the ledger's mark. No recount: a recount of a popular stock would
 * grow with its bookings.
 */
export class Migration20261203000000_ledger_net extends Migration {
  override async up(): Promise<void> {
    // What one booking row takes from its stock and its deposit; nothing once cancelled.
    this.addSql(`create or replace function booking_apply_ledger() returns trigger
      language plpgsql as $$
      declare
        old_places int := 0; new_places int := 0;
        old_cost int := 0; new_cost int := 0;
        deposit_owner int;
        deposit_current boolean;
      begin
        if tg_op in ('UPDATE', 'DELETE') and old.status <> 'CANCELLED' then
          old_places := old.quantity;
          old_cost := old.amount_cents * old.quantity;
        end if;
        if tg_op in ('INSERT', 'UPDATE') and new.status <> 'CANCELLED' then
          new_places := new.quantity;
          new_cost := new.amount_cents * new.quantity;
        end if;

        -- The ledger moves the counters of the row's stock, deposit and cap family: a row
        -- that changed any of them (or its person, whom the deposit must belong to) would
        -- leave the old counters wrong.
        if tg_op = 'UPDATE' and (old.stock_id is distinct from new.stock_id
             or old.deposit_id is distinct from new.deposit_id
             or old.user_id is distinct from new.user_id
             or old.cap_family is distinct from new.cap_family) then
          raise exception 'a booking cannot move to another stock, deposit, person or cap family'
            using errcode = 'check_violation', constraint = 'booking_ledger_immutable';
        end if;

        -- The deposit a new booking names, and whether it is its user's current live one
        -- (the latest granted, as the booking service picks it, and not expired).
        if tg_op = 'INSERT' and new.deposit_id is not null
           or tg_op = 'INSERT' and new.amount_cents > 0
           or new_cost > old_cost then
          select d.user_id,
                 d.expires_at > now() and not exists (
                   select 1 from deposit n
                    where n.user_id = d.user_id and (n.created_at, n.id) > (d.created_at, d.id))
            into deposit_owner, deposit_current
            from deposit d where d.id = new.deposit_id;
          -- A paid booking, or any write that charges more, draws on that deposit.
          if (tg_op = 'INSERT' and new.amount_cents > 0 or new_cost > old_cost)
             and not (deposit_owner is not distinct from new.user_id and deposit_current) then
            raise exception 'a paid booking needs a live deposit of its user (the latest): booking of user %, deposit % of user %',
              new.user_id, new.deposit_id, deposit_owner
              using errcode = 'check_violation', constraint = 'booking_paid_from_own_deposit';
          end if;
          -- Even a free one names no one else's deposit.
          if tg_op = 'INSERT' and new.deposit_id is not null
             and deposit_owner is distinct from new.user_id then
            raise exception 'booking of user % names deposit % of user %',
              new.user_id, new.deposit_id, deposit_owner
              using errcode = 'check_violation', constraint = 'booking_deposit_of_its_user';
          end if;
        end if;

        -- The counters' guards let through the writes marked as the ledger's.
        if new_places <> old_places then
          perform set_config('passculture.ledger_write', 'on', true);
          update stock set booked_quantity = booked_quantity + new_places - old_places
           where id = coalesce(new.stock_id, old.stock_id);
          perform set_config('passculture.ledger_write', 'off', true);
        end if;

        if new_cost <> old_cost and coalesce(new.deposit_id, old.deposit_id) is not null then
          perform set_config('passculture.ledger_write', 'on', true);
          update deposit set
            spent_cents = spent_cents + new_cost - old_cost,
            digital_spent_cents = digital_spent_cents + case
              when coalesce(new.cap_family, old.cap_family) = 'DIGITAL' then new_cost - old_cost else 0 end,
            physical_spent_cents = physical_spent_cents + case
              when coalesce(new.cap_family, old.cap_family) = 'PHYSICAL' then new_cost - old_cost else 0 end
           where id = coalesce(new.deposit_id, old.deposit_id);
          perform set_config('passculture.ledger_write', 'off', true);
        end if;
        return null;
      end $$`);
    // Fires on every column a row's charge or identity depends on (user_id added).
    this.addSql(`drop trigger booking_apply_ledger on "booking"`);
    this.addSql(`create trigger booking_apply_ledger
      after insert or update of status, quantity, amount_cents, stock_id, deposit_id, cap_family, user_id or delete
      on "booking" for each row execute function booking_apply_ledger()`);

    // The net starts from exact figures, before its guards exist: bookings naming another
    // person's deposit stop the migration; counters that drifted are recounted (an
    // overspent or oversold result stops it too, on the check constraints).
    this.addSql(`do $$
      begin
        if exists (select 1 from booking b join deposit d on d.id = b.deposit_id where d.user_id <> b.user_id) then
          raise exception 'bookings name deposits of other users: repair them before this migration'
            using errcode = 'check_violation', constraint = 'booking_deposit_of_its_user';
        end if;
      end $$`);
    this.addSql(`update stock s set booked_quantity = t.live
      from (select s2.id, coalesce(sum(b.quantity) filter (where b.status <> 'CANCELLED'), 0) as live
              from stock s2 left join booking b on b.stock_id = s2.id group by s2.id) t
     where s.id = t.id and s.booked_quantity <> t.live`);
    this.addSql(`update deposit d set
      spent_cents = t.total, digital_spent_cents = t.digital, physical_spent_cents = t.physical
      from (select d2.id,
                   coalesce(sum(b.amount_cents * b.quantity), 0) as total,
                   coalesce(sum(b.amount_cents * b.quantity) filter (where b.cap_family = 'DIGITAL'), 0) as digital,
                   coalesce(sum(b.amount_cents * b.quantity) filter (where b.cap_family = 'PHYSICAL'), 0) as physical
              from deposit d2 left join booking b on b.deposit_id = d2.id and b.status <> 'CANCELLED'
             group by d2.id) t
     where d.id = t.id
       and (d.spent_cents, d.digital_spent_cents, d.physical_spent_cents) <> (t.total, t.digital, t.physical)`);

    // A stock's booked quantity written by anything but the ledger must equal its recount.
    this.addSql(`create or replace function stock_booked_quantity_guard() returns trigger
      language plpgsql as $$
      declare
        live int;
      begin
        if current_setting('passculture.ledger_write', true) = 'on' then
          return null;
        end if;
        select coalesce(sum(b.quantity), 0) into live
          from booking b where b.stock_id = new.id and b.status <> 'CANCELLED';
        if new.booked_quantity <> live then
          raise exception 'stock % would count % booked places, its live bookings hold %',
            new.id, new.booked_quantity, live
            using errcode = 'check_violation', constraint = 'stock_booked_quantity_matches_bookings';
        end if;
        return null;
      end $$`);
    // After, not before: the check constraints (oversold, negative) speak first.
    this.addSql(`create trigger stock_booked_quantity_guard_insert
      after insert on "stock" for each row when (new.booked_quantity <> 0)
      execute function stock_booked_quantity_guard()`);
    this.addSql(`create trigger stock_booked_quantity_guard_update
      after update of booked_quantity on "stock" for each row
      when (old.booked_quantity is distinct from new.booked_quantity)
      execute function stock_booked_quantity_guard()`);

    // Same for a deposit's three sums; and a deposit keeps the person its bookings belong to.
    this.addSql(`create or replace function deposit_spent_guard() returns trigger
      language plpgsql as $$
      declare
        total bigint; digital bigint; physical bigint;
      begin
        if tg_op = 'UPDATE' and old.user_id is distinct from new.user_id and exists (
             select 1 from booking b where b.deposit_id = new.id and b.user_id <> new.user_id) then
          raise exception 'deposit % has bookings of another user than %', new.id, new.user_id
            using errcode = 'check_violation', constraint = 'booking_deposit_of_its_user';
        end if;
        if current_setting('passculture.ledger_write', true) = 'on' then
          return null;
        end if;
        select coalesce(sum(b.amount_cents * b.quantity), 0),
               coalesce(sum(b.amount_cents * b.quantity) filter (where b.cap_family = 'DIGITAL'), 0),
               coalesce(sum(b.amount_cents * b.quantity) filter (where b.cap_family = 'PHYSICAL'), 0)
          into total, digital, physical
          from booking b where b.deposit_id = new.id and b.status <> 'CANCELLED';
        if new.spent_cents <> total or new.digital_spent_cents <> digital
           or new.physical_spent_cents <> physical then
          raise exception 'deposit % would count % spent (digital %, physical %), its live bookings hold % (%, %)',
            new.id, new.spent_cents, new.digital_spent_cents, new.physical_spent_cents,
            total, digital, physical
            using errcode = 'check_violation', constraint = 'deposit_spent_matches_bookings';
        end if;
        return null;
      end $$`);
    this.addSql(`create trigger deposit_spent_guard_insert
      after insert on "deposit" for each row
      when (new.spent_cents <> 0 or new.digital_spent_cents <> 0 or new.physical_spent_cents <> 0)
      execute function deposit_spent_guard()`);
    this.addSql(`create trigger deposit_spent_guard_update
      after update of spent_cents, digital_spent_cents, physical_spent_cents, user_id on "deposit" for each row
      when (old.spent_cents is distinct from new.spent_cents
         or old.digital_spent_cents is distinct from new.digital_spent_cents
         or old.physical_spent_cents is distinct from new.physical_spent_cents
         or old.user_id is distinct from new.user_id)
      execute function deposit_spent_guard()`);

    // TRUNCATE fires no row trigger: with no booking left, nothing is booked or spent.
    this.addSql(`create or replace function booking_truncate_ledger() returns trigger
      language plpgsql as $$
      begin
        perform set_config('passculture.ledger_write', 'on', true);
        update stock set booked_quantity = 0 where booked_quantity <> 0;
        update deposit set spent_cents = 0, digital_spent_cents = 0, physical_spent_cents = 0
         where spent_cents <> 0 or digital_spent_cents <> 0 or physical_spent_cents <> 0;
        perform set_config('passculture.ledger_write', 'off', true);
        return null;
      end $$`);
    this.addSql(`create trigger booking_truncate_ledger
      after truncate on "booking" for each statement execute function booking_truncate_ledger()`);
  }
}
