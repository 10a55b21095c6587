import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { User } from '../identity/user.entity.js';
import { Deposit } from '../wallet/deposit.entity.js';
import { Offer } from '../catalog/offer.entity.js';
import { Stock } from '../catalog/stock.entity.js';
import type { CapFamily } from '../catalog/categories.js';

export enum BookingStatus {
  CONFIRMED = 'CONFIRMED',
  USED = 'USED',
  CANCELLED = 'CANCELLED',
  REIMBURSED = 'REIMBURSED',
}
registerEnumType(BookingStatus, { name: 'BookingStatus' });

export enum CancellationReason {
  BENEFICIARY = 'BENEFICIARY',
  OFFERER = 'OFFERER',
  EXPIRED = 'EXPIRED',
  FRAUD = 'FRAUD',
  BACKOFFICE = 'BACKOFFICE',
}
registerEnumType(CancellationReason, { name: 'CancellationReason' });

@Entity()
@Check({ name: 'booking_quantity_one_or_two', expression: 'quantity >= 1 and quantity <= 2' })
@Check({ name: 'booking_amount_not_negative', expression: 'amount_cents >= 0' })
@Check({
  name: 'booking_cap_family_known',
  expression: "cap_family is null or cap_family = 'DIGITAL' or cap_family = 'PHYSICAL'",
})
@Check({
  name: 'booking_cancelled_has_reason',
  expression:
    "(status = 'CANCELLED') = (cancelled_at is not null and cancellation_reason is not null)",
})
@Unique({
  name: 'booking_one_active_per_user_offer',
  expression:
    'create unique index "booking_one_active_per_user_offer" on "booking" ("user_id", "offer_id") where status <> \'CANCELLED\'',
})
@Unique({ properties: ['user', 'idempotencyKey'] })
export class Booking {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => User)
  user!: User;

  /** The deposit charged; null for a free offer booked without credit. */
  @Index()
  @ManyToOne(() => Deposit, { nullable: true })
  deposit: Deposit | null = null;

  @Index()
  @ManyToOne(() => Stock)
  stock!: Stock;

  /** Copied from the stock so the database can keep one active booking per offer. */
  @Index()
  @ManyToOne(() => Offer)
  offer!: Offer;

  @Unique()
  @Property({ length: 6 })
  token!: string;

  @Property()
  quantity: number = 1;

  /** Price of one place, in cents; the booking costs amountCents × quantity. */
  @Property()
  amountCents!: number;

  /** Copied from the subcategory at booking time: the cap this booking counts against. */
  @Property({ length: 8, nullable: true })
  capFamily: CapFamily | null = null;

  @Enum({ items: () => BookingStatus, default: BookingStatus.CONFIRMED })
  status: BookingStatus = BookingStatus.CONFIRMED;

  @Enum({ items: () => CancellationReason, nullable: true })
  cancellationReason: CancellationReason | null = null;

  @Property({ defaultRaw: 'now()' })
  bookedAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  cancellationLimitAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  reimbursedAt: Date | null = null;

  @Property({ length: 100, nullable: true })
  idempotencyKey: string | null = null;
}
