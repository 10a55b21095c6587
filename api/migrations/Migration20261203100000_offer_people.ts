import { Migration } from '@mikro-orm/migrations';

/**
 * The people the real catalogue names on an offer: a book's author, a concert's performer,
 * a play's stage director. Young people search by them ("harry poter", "orelsan").
 */
export class Migration20261203100000_offer_people extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'alter table "offer" add column "author" varchar(200) null, add column "performer" varchar(200) null, add column "stage_director" varchar(200) null',
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      'alter table "offer" drop column "author", drop column "performer", drop column "stage_director"',
    );
  }
}
