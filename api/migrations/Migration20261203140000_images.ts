import { Migration } from '@mikro-orm/migrations';

/**
 * Images of offers and venues (modules/media): one row per illustrated offer or venue,
 * naming its content-addressed files in the image store and their size, which counts
 * toward the offerer's storage allowance.
 */
export class Migration20261203140000_images extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "image" ("id" serial primary key, "offerer_id" int not null, "offer_id" int null, "venue_id" int null, "uploaded_by_id" int null, "key" varchar(64) not null, "original_key" varchar(64) not null, "width" int not null, "height" int not null, "bytes" int not null, "alt" varchar(300) not null, "credit" varchar(200) null, "created_at" timestamptz not null default now(), constraint image_alt_not_blank check (length(btrim(alt)) > 0), constraint image_illustrates_one_thing check ((offer_id is null) <> (venue_id is null)));`,
    );
    this.addSql(`create index "image_offerer_id_index" on "image" ("offerer_id");`);
    this.addSql(`alter table "image" add constraint "image_offer_id_unique" unique ("offer_id");`);
    this.addSql(`alter table "image" add constraint "image_venue_id_unique" unique ("venue_id");`);
    this.addSql(`create index "image_key_index" on "image" ("key");`);
    this.addSql(`create index "image_original_key_index" on "image" ("original_key");`);
    this.addSql(
      `alter table "image" add constraint "image_offerer_id_foreign" foreign key ("offerer_id") references "offerer" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "image" add constraint "image_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "image" add constraint "image_venue_id_foreign" foreign key ("venue_id") references "venue" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "image" add constraint "image_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "image" cascade;`);
  }
}
