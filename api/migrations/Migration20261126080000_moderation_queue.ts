import { Migration } from '@mikro-orm/migrations';

/** The moderation queue reads pending offers only, oldest first. */
export class Migration20261126080000_moderation_queue extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "offer_pending_queue_index" on "offer" ("updated_at", "id") where validation = 'PENDING'`,
    );
  }
}
