import { Migration } from '@mikro-orm/migrations';

/**
 * UNCERTAIN: an email whose send failed in a way that may have delivered it (a timeout or a
 * lost connection after its data was sent). The worker never retries it; an admin may resend
 * it by hand. It carries its error and date, as FAILED does.
 */
export class Migration20261203010000_outbox_uncertain extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "outbox_message" drop constraint "outbox_message_status_check"');
    this.addSql(
      `alter table "outbox_message" add constraint "outbox_message_status_check" check ("status" in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'UNCERTAIN'))`,
    );
    this.addSql('alter table "outbox_message" drop constraint "outbox_message_failed_has_error"');
    this.addSql(
      `alter table "outbox_message" add constraint "outbox_message_failed_has_error" check ((status <> 'FAILED' and status <> 'UNCERTAIN') or (failed_at is not null and last_error is not null))`,
    );
  }
}
