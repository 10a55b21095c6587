import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A grant policy is data: the figures a deposit copies when it is created.
 * `amountsByAge` maps an age to the amount granted at that age, in cents.
 */
@Entity()
export class GrantPolicy {
  @PrimaryKey({ length: 32 })
  code!: string;

  @Property({ length: 200 })
  label!: string;

  @Property({ type: 'json' })
  amountsByAge!: Record<string, number>;

  /** Validity from the grant, in months (null: see expiresAtAge). */
  @Property({ type: 'integer', nullable: true })
  validityMonths: number | null = null;

  /** The deposit ends on this birthday (null: see validityMonths). */
  @Property({ type: 'integer', nullable: true })
  expiresAtAge: number | null = null;

  @Property({ type: 'integer', nullable: true })
  digitalCapCents: number | null = null;

  @Property({ type: 'integer', nullable: true })
  physicalCapCents: number | null = null;

  /** Only departments open to the pass are eligible (the 2019 experiment). */
  @Property({ default: false })
  requiresOpenDepartment: boolean = false;

  @Property({ type: 'date' })
  inForceFrom!: string;
}
