import { Check, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';

export enum ModerationRuleKind {
  /** An offer with a stock priced above the threshold. */
  PRICE_ABOVE = 'PRICE_ABOVE',
  /** An offer whose name or description contains one of the words. */
  WORDS = 'WORDS',
  /** An offer of one of the subcategories. */
  SUBCATEGORIES = 'SUBCATEGORIES',
}
registerEnumType(ModerationRuleKind, { name: 'ModerationRuleKind' });

/** A moderation rule is data: an offer it matches waits for an admin (PENDING). */
@Entity()
@Check({ name: 'moderation_rule_label_not_blank', expression: 'length(btrim(label)) > 0' })
@Check({
  name: 'moderation_rule_shape',
  expression: `(kind = 'PRICE_ABOVE' and price_threshold_cents is not null and price_threshold_cents >= 0 and words is null and subcategory_ids is null) or (kind = 'WORDS' and cardinality(words) > 0 and price_threshold_cents is null and subcategory_ids is null) or (kind = 'SUBCATEGORIES' and cardinality(subcategory_ids) > 0 and price_threshold_cents is null and words is null)`,
})
export class ModerationRule {
  @PrimaryKey()
  id!: number;

  @Property({ length: 200 })
  label!: string;

  @Enum({ items: () => ModerationRuleKind })
  kind!: ModerationRuleKind;

  @Property({ type: 'integer', nullable: true })
  priceThresholdCents: number | null = null;

  @Property({ type: 'text[]', nullable: true })
  words: string[] | null = null;

  @Property({ type: 'text[]', nullable: true })
  subcategoryIds: string[] | null = null;

  @Property({ default: true })
  isActive: boolean = true;

  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
