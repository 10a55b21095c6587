import { Migration } from '@mikro-orm/migrations';

/** Map boxes compare venues' plain coordinates: an index (and planner statistics) on them. */
export class Migration20261203070000_venue_box_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create index "venue_location_geometry_gist" on "venue" using gist (("location"::geometry))',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop index "venue_location_geometry_gist"');
  }
}
