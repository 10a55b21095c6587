import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 18, the real rules:
 * - an email telling the young people who booked that an event's date moved;
 * - the overseas collectivities as territories (closed to the pass until the ministry opens
 *   them: openness is data);
 * - what the catalogue says about an offer besides its people: duration, language, age advice.
 */
export class Migration20261203120000_rules extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "outbox_message" drop constraint "outbox_message_kind_check"');
    this
      .addSql(`alter table "outbox_message" add constraint "outbox_message_kind_check" check ("kind" in (
      'BOOKING_CONFIRMED', 'VENUE_NEW_BOOKING', 'BOOKING_CANCELLED', 'EXPIRY_REMINDER',
      'PRO_DAILY_SUMMARY', 'ACTIVATION_APPROVED', 'ACTIVATION_REJECTED', 'OFFER_REJECTED',
      'OFFERER_DECIDED', 'MEMBERSHIP_DECIDED', 'DEPARTMENT_OPENED', 'BOOKING_DATE_CHANGED',
      'EMAIL_CONFIRMATION', 'SIGN_UP_ATTEMPT'))`);
    // The names as this migration knows them (not imported: a migration never changes).
    this.addSql(`insert into "department" ("code", "name", "is_open", "opened_at") values
      ('975', 'Saint-Pierre-et-Miquelon', false, null),
      ('977', 'Saint-Barthélemy', false, null),
      ('978', 'Saint-Martin', false, null),
      ('987', 'Polynésie française', false, null),
      ('988', 'Nouvelle-Calédonie', false, null)
      on conflict ("code") do nothing`);
    this.addSql(
      `alter table "offer" add column "duration_minutes" int null, add column "language" varchar(50) null, add column "age_advice" varchar(100) null`,
    );
    this.addSql(
      `alter table "offer" add constraint "offer_duration_minutes_range" check (duration_minutes is null or (duration_minutes > 0 and duration_minutes <= 10000))`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('alter table "offer" drop constraint "offer_duration_minutes_range"');
    this.addSql(
      'alter table "offer" drop column "duration_minutes", drop column "language", drop column "age_advice"',
    );
    this.addSql(
      `delete from "department" where "code" in ('975', '977', '978', '987', '988') and not "is_open"`,
    );
  }
}
