import { Migration } from '@mikro-orm/migrations';

/** Accounts people delete themselves: kept as an anonymous row, for the bookings' accounting. */
export class Migration20261126060000_account extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "app_user" add column "anonymised_at" timestamptz null');
    // An anonymised account keeps nothing that identifies the person (the entity declares it too).
    this.addSql(`alter table "app_user" add constraint app_user_anonymised_holds_nothing check (
      anonymised_at is null or (birth_date is null and postal_code is null and cardinality(roles) = 0
        and first_name = 'Compte' and last_name = 'supprimé'))`);
  }
}
