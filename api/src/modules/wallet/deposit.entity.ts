import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { GrantPolicy } from './grant-policy.entity.js';

/** The credit granted to one beneficiary, with the policy's figures copied at grant time. */
@Entity()
@Check({ name: 'deposit_amount_positive', expression: 'amount_cents > 0' })
@Check({ name: 'deposit_not_overspent', expression: 'spent_cents <= amount_cents' })
@Check({
  name: 'deposit_digital_cap_respected',
  expression: 'digital_cap_cents is null or digital_spent_cents <= digital_cap_cents',
})
@Check({
  name: 'deposit_physical_cap_respected',
  expression: 'physical_cap_cents is null or physical_spent_cents <= physical_cap_cents',
})
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

  /**
   * Sums of amount × quantity over the deposit's non-cancelled bookings, kept by a
   * database trigger on booking: the checks above then refuse any overspending.
   */
  @Property({ default: 0 })
  spentCents: number = 0;

  @Property({ default: 0 })
  digitalSpentCents: number = 0;

  @Property({ default: 0 })
  physicalSpentCents: number = 0;

  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property()
  expiresAt!: Date;
}
