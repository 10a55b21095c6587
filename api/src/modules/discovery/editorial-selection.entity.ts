import { Check, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';

export enum EditorialSelectionKind {
  /** Offers chosen one by one, in the order given. */
  LIST = 'LIST',
  /** Offers matching a category, a department and event dates, computed when the home is served. */
  RULE = 'RULE',
}
registerEnumType(EditorialSelectionKind, { name: 'EditorialSelectionKind' });

/**
 * A selection built by the culture teams for the home of young people: a title, a text, a
 * list of offers or a rule, shown to some departments (none: all France) during a
 * publication window, ordered by `position`.
 */
@Entity()
@Check({ name: 'editorial_selection_title_not_blank', expression: 'length(btrim(title)) > 0' })
@Check({
  name: 'editorial_selection_window_in_order',
  expression: 'published_until is null or published_until > published_from',
})
@Check({
  name: 'editorial_selection_rule_dates_in_order',
  expression:
    'rule_begins_until is null or rule_begins_from is null or rule_begins_until > rule_begins_from',
})
@Check({
  name: 'editorial_selection_shape',
  expression: `(kind = 'LIST' and cardinality(offer_ids) > 0 and rule_category_id is null) or (kind = 'RULE' and cardinality(offer_ids) = 0 and rule_category_id is not null)`,
})
@Index({ name: 'editorial_selection_published_index', properties: ['publishedFrom'] })
export class EditorialSelection {
  @PrimaryKey()
  id!: number;

  @Property({ length: 80 })
  title!: string;

  @Property({ length: 500, nullable: true })
  text: string | null = null;

  @Enum({ items: () => EditorialSelectionKind })
  kind!: EditorialSelectionKind;

  /** LIST: the offers, in order (empty for a rule). */
  @Property({ type: 'int[]', default: '{}' })
  offerIds: number[] = [];

  @Property({ length: 32, nullable: true })
  ruleCategoryId: string | null = null;

  /** RULE: offers of venues in this department; null: anywhere (digital offers included). */
  @Property({ length: 3, nullable: true })
  ruleDepartmentCode: string | null = null;

  /** RULE: a bookable date (or thing) starting at or after this instant. */
  @Property({ type: 'timestamptz', nullable: true })
  ruleBeginsFrom: Date | null = null;

  /** RULE: a bookable date starting before this instant (things then do not match). */
  @Property({ type: 'timestamptz', nullable: true })
  ruleBeginsUntil: Date | null = null;

  /** Departments of the young people who see it; empty: all France. */
  @Property({ type: 'text[]', default: '{}' })
  departmentCodes: string[] = [];

  @Property({ type: 'timestamptz' })
  publishedFrom!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  publishedUntil: Date | null = null;

  /** Order on the home, smallest first. */
  @Property({ default: 0 })
  position: number = 0;

  /**
   * RULE: the offers it matched when last resolved (newest first, a few dozen), at save time
   * and by the api's jobs; the home re-checks each for visibility and bookability, so the
   * home never runs a rule's search itself.
   */
  @Property({ type: 'int[]', default: '{}' })
  ruleOfferIds: number[] = [];

  @Property({ type: 'timestamptz', nullable: true })
  ruleResolvedAt: Date | null = null;

  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
