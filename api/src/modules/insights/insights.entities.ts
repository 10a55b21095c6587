import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Subcategory → category, for the uptake rollups (SQL cannot read the code constants):
 * synced from catalog/categories.ts before each refresh.
 */
@Entity()
export class SubcategoryCategory {
  @PrimaryKey({ length: 64 })
  subcategoryId!: string;

  @Property({ length: 32 })
  categoryId!: string;
}

/** One row: when the uptake materialised views were last refreshed (the screens' "as of"). */
@Entity()
@Check({ name: 'insights_refresh_id_check', expression: 'id = 1' })
export class InsightsRefresh {
  @PrimaryKey({ autoincrement: false, default: 1 })
  id: number = 1;

  @Property({ defaultRaw: 'now()' })
  refreshedAt: Date = new Date();
}
