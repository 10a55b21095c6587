import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BookingStatus, CancellationReason } from './booking.entity.js';

@ObjectType('Booking')
export class BookingType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Six characters shown at the counter' })
  token!: string;

  @Field(() => String, { description: 'Text of the ticket QR code: PASSCULTURE:v3;TOKEN:<token>' })
  qrCodePayload!: string;

  @Field(() => BookingStatus)
  status!: BookingStatus;

  @Field(() => Int, { description: '1, or 2 for a duo' })
  quantity!: number;

  @Field(() => Int, { description: 'What the booking costs: price of one place × quantity' })
  amountCents!: number;

  @Field(() => Int, { description: 'Price of one place' })
  unitPriceCents!: number;

  @Field(() => Date)
  bookedAt!: Date;

  @Field(() => Date, { nullable: true })
  usedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  cancelledAt!: Date | null;

  @Field(() => CancellationReason, { nullable: true })
  cancellationReason!: CancellationReason | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Events: the beneficiary may cancel until then; null for things (until used)',
  })
  cancellationLimitAt!: Date | null;

  /** Not exposed: for the field resolvers. */
  stockId!: number;
  offerId!: number;
}
