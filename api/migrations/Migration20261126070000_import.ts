import { Migration } from '@mikro-orm/migrations';

/** Large catalogues: offers named by the venue's reference or EAN-13, and API keys. */
export class Migration20261126070000_import extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "offer" add column "external_ref" varchar(100) null, add column "ean" varchar(13) null`,
    );
    // One offer per reference and per EAN at a venue: the same file imported twice changes nothing.
    this.addSql(
      `alter table "offer" add constraint "offer_venue_ean_unique" unique ("venue_id", "ean")`,
    );
    this.addSql(
      `alter table "offer" add constraint "offer_venue_external_ref_unique" unique ("venue_id", "external_ref")`,
    );
    this.addSql(
      `alter table "offer" add constraint offer_ean_is_13_digits check (ean ~ '^[0-9]{13}$')`,
    );

    this.addSql(
      `create table "api_key" ("id" serial primary key, "offerer_id" int not null, "created_by_id" int not null, "account_id" int not null, "name" varchar(100) not null, "display_prefix" varchar(16) not null, "secret_hash" varchar(64) not null, "created_at" timestamptz not null default now(), "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint api_key_name_not_blank check (length(btrim(name)) > 0))`,
    );
    this.addSql(`create index "api_key_offerer_id_index" on "api_key" ("offerer_id")`);
    this.addSql(`create index "api_key_created_by_id_index" on "api_key" ("created_by_id")`);
    this.addSql(
      `alter table "api_key" add constraint "api_key_account_id_unique" unique ("account_id")`,
    );
    this.addSql(
      `alter table "api_key" add constraint "api_key_secret_hash_unique" unique ("secret_hash")`,
    );
    this.addSql(
      `alter table "api_key" add constraint "api_key_offerer_id_foreign" foreign key ("offerer_id") references "offerer" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "api_key" add constraint "api_key_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "api_key" add constraint "api_key_account_id_foreign" foreign key ("account_id") references "app_user" ("id") on update cascade on delete cascade`,
    );
  }
}
