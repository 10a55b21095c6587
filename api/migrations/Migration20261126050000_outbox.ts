import { Migration } from '@mikro-orm/migrations';

/**
 * Transactional emails: an outbox written in the transaction of the change each message
 * reports, drained by a worker (claimed under a lease, SENDING while in flight, then SENT,
 * back to PENDING for a later attempt, or FAILED), and each person's email preferences.
 */
export class Migration20261126050000_outbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "outbox_message" ("id" bigserial primary key, "kind" text check ("kind" in ('BOOKING_CONFIRMED', 'VENUE_NEW_BOOKING', 'BOOKING_CANCELLED', 'EXPIRY_REMINDER', 'PRO_DAILY_SUMMARY', 'ACTIVATION_APPROVED', 'ACTIVATION_REJECTED', 'OFFER_REJECTED')) not null, "recipient" varchar(320) not null, "user_id" int null, "payload" jsonb not null, "dedupe_key" varchar(200) null, "status" text check ("status" in ('PENDING', 'SENDING', 'SENT', 'FAILED')) not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null default now(), "claimed_by" varchar(100) null, "claimed_at" timestamptz null, "sending_at" timestamptz null, "sent_at" timestamptz null, "failed_at" timestamptz null, "last_error" text null, "created_at" timestamptz not null default now(), constraint outbox_message_payload_is_object check (jsonb_typeof(payload) = 'object'), constraint outbox_message_recipient_is_address check (position('@' in recipient) > 1), constraint outbox_message_attempts_not_negative check (attempts >= 0), constraint outbox_message_sending_is_claimed check (status <> 'SENDING' or (claimed_by is not null and sending_at is not null and attempts > 0)), constraint outbox_message_failed_has_error check (status <> 'FAILED' or (failed_at is not null and last_error is not null)), constraint outbox_message_sent_has_date check ((status = 'SENT') = (sent_at is not null)))`,
    );
    this.addSql(`create index "outbox_message_user_id_index" on "outbox_message" ("user_id")`);
    this.addSql(
      `create index "outbox_message_created_at_id_index" on "outbox_message" ("created_at", "id")`,
    );
    // Once-only messages (reminders, daily summaries) carry a key: a second insert does nothing.
    this.addSql(
      `create unique index "outbox_message_dedupe_key_unique" on "outbox_message" ("dedupe_key") where dedupe_key is not null`,
    );
    // The worker's queue: only what is still to send is indexed.
    this.addSql(
      `create index "outbox_message_due_index" on "outbox_message" ("next_attempt_at", "id") where status = 'PENDING'`,
    );
    // No row for a person: the defaults (non-essential emails on, no daily summary).
    this.addSql(
      `create table "email_preference" ("user_id" int not null, "non_essential" boolean not null default true, "daily_booking_summary" boolean not null default false, "updated_at" timestamptz not null default now(), constraint "email_preference_pkey" primary key ("user_id"))`,
    );
    this.addSql(
      `alter table "outbox_message" add constraint "outbox_message_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "email_preference" add constraint "email_preference_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade`,
    );
  }
}
