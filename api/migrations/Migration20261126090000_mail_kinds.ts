import { Migration } from '@mikro-orm/migrations';

/** Three more emails: an offerer's and a membership's validation, a department opening. */
export class Migration20261126090000_mail_kinds extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "outbox_message" drop constraint "outbox_message_kind_check"');
    this
      .addSql(`alter table "outbox_message" add constraint "outbox_message_kind_check" check ("kind" in (
      'BOOKING_CONFIRMED', 'VENUE_NEW_BOOKING', 'BOOKING_CANCELLED', 'EXPIRY_REMINDER',
      'PRO_DAILY_SUMMARY', 'ACTIVATION_APPROVED', 'ACTIVATION_REJECTED', 'OFFER_REJECTED',
      'OFFERER_DECIDED', 'MEMBERSHIP_DECIDED', 'DEPARTMENT_OPENED'))`);
  }
}
