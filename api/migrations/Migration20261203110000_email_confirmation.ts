import { Migration } from '@mikro-orm/migrations';

/**
 * Sign-up no longer tells whether an address is taken: a sign-up always creates an account,
 * unconfirmed until its owner follows the link emailed to the address. The address is unique
 * among confirmed accounts only; the accounts that existed before are confirmed.
 */
export class Migration20261203110000_email_confirmation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "app_user" add column "email_confirmed_at" timestamptz null default now(),
         add column "email_confirmation_token_hash" varchar(64) null,
         add column "email_confirmation_expires_at" timestamptz null`,
    );
    this.addSql('update "app_user" set "email_confirmed_at" = "created_at"');
    this.addSql(
      `alter table "app_user" add constraint "app_user_email_confirmation_token_hash_unique" unique ("email_confirmation_token_hash")`,
    );
    this.addSql(
      `alter table "app_user" add constraint "app_user_confirmation_token_pending" check (email_confirmation_token_hash is null or (email_confirmed_at is null and email_confirmation_expires_at is not null))`,
    );
    this.addSql('alter table "app_user" drop constraint "app_user_email_unique"');
    this.addSql(
      `create unique index "app_user_email_unique" on "app_user" ("email") where email_confirmed_at is not null`,
    );
    this.addSql(
      `create index "app_user_unconfirmed_index" on "app_user" ("created_at") where email_confirmed_at is null`,
    );
    // Unconfirmed accounts are not counted as young people waiting for their credit.
    this.addSql('drop index "app_user_waiting_activation_index"');
    this.addSql(
      `create index "app_user_waiting_activation_index" on "app_user" ("department_code", "activation_requested_at") where activation_status in ('PRE_REGISTERED', 'REQUESTED') and email_confirmed_at is not null`,
    );
    this.addSql('alter table "outbox_message" drop constraint "outbox_message_kind_check"');
    this
      .addSql(`alter table "outbox_message" add constraint "outbox_message_kind_check" check ("kind" in (
      'BOOKING_CONFIRMED', 'VENUE_NEW_BOOKING', 'BOOKING_CANCELLED', 'EXPIRY_REMINDER',
      'PRO_DAILY_SUMMARY', 'ACTIVATION_APPROVED', 'ACTIVATION_REJECTED', 'OFFER_REJECTED',
      'OFFERER_DECIDED', 'MEMBERSHIP_DECIDED', 'DEPARTMENT_OPENED',
      'EMAIL_CONFIRMATION', 'SIGN_UP_ATTEMPT'))`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "app_user" where "email_confirmed_at" is null`);
    this.addSql(
      `delete from "outbox_message" where "kind" in ('EMAIL_CONFIRMATION', 'SIGN_UP_ATTEMPT')`,
    );
    this.addSql('alter table "outbox_message" drop constraint "outbox_message_kind_check"');
    this
      .addSql(`alter table "outbox_message" add constraint "outbox_message_kind_check" check ("kind" in (
      'BOOKING_CONFIRMED', 'VENUE_NEW_BOOKING', 'BOOKING_CANCELLED', 'EXPIRY_REMINDER',
      'PRO_DAILY_SUMMARY', 'ACTIVATION_APPROVED', 'ACTIVATION_REJECTED', 'OFFER_REJECTED',
      'OFFERER_DECIDED', 'MEMBERSHIP_DECIDED', 'DEPARTMENT_OPENED'))`);
    this.addSql('drop index "app_user_waiting_activation_index"');
    this.addSql(
      `create index "app_user_waiting_activation_index" on "app_user" ("department_code", "activation_requested_at") where activation_status in ('PRE_REGISTERED', 'REQUESTED')`,
    );
    this.addSql('drop index "app_user_unconfirmed_index"');
    this.addSql('drop index "app_user_email_unique"');
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email")`);
    this.addSql(
      `alter table "app_user" drop constraint "app_user_confirmation_token_pending",
         drop constraint "app_user_email_confirmation_token_hash_unique",
         drop column "email_confirmed_at", drop column "email_confirmation_token_hash",
         drop column "email_confirmation_expires_at"`,
    );
  }
}
