import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Offer } from './offer.entity.js';

/** A price and a number of places (null: unlimited), with a date for events. */
@Entity()
@Check({ name: 'stock_price_not_negative', expression: 'price_cents >= 0' })
@Check({ name: 'stock_quantity_not_negative', expression: 'quantity is null or quantity >= 0' })
@Check({
  name: 'stock_booked_within_quantity',
  expression: 'booked_quantity >= 0 and (quantity is null or booked_quantity <= quantity)',
})
@Check({
  name: 'stock_booking_limit_before_start',
  expression: 'booking_limit_at is null or begins_at is null or booking_limit_at <= begins_at',
})
export class Stock {
  @PrimaryKey()
  id!: number;

  @Index()
  @ManyToOne(() => Offer, { deleteRule: 'cascade' })
  offer!: Offer;

  @Property()
  priceCents!: number;

  @Property({ type: 'integer', nullable: true })
  quantity: number | null = null;

  @Property({ default: 0 })
  bookedQuantity: number = 0;

  @Property({ type: 'timestamptz', nullable: true })
  beginsAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  bookingLimitAt: Date | null = null;

  @Property({ default: false })
  isSoftDeleted: boolean = false;

  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
