import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { GrantPolicy } from './grant-policy.entity.js';

/** The credit granted to one beneficiary, with the policy's figures copied at grant time. */
@Entity()
@Check({ name: 'deposit_amount_positive', expression: 'amount_cents > 0' })
export class Deposit {
  @PrimaryKey()
  id!: number;

  @Index()
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @ManyToOne(() => GrantPolicy)
  policy!: GrantPolicy;

  @Property()
  amountCents!: number;

  @Property({ type: 'integer', nullable: true })
  digitalCapCents: number | null = null;

  @Property({ type: 'integer', nullable: true })
  physicalCapCents: number | null = null;

  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property()
  expiresAt!: Date;
}
