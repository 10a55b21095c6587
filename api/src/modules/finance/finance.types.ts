import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BookingStatus } from '../booking/booking.entity.js';

@ObjectType()
export class ReimbursementLineType {
  @Field(() => ID)
  bookingId!: string;

  @Field(() => String)
  token!: string;

  @Field(() => String)
  offerName!: string;

  @Field(() => String)
  beneficiaryName!: string;

  @Field(() => BookingStatus)
  status!: BookingStatus;

  @Field(() => Date)
  usedAt!: Date;

  @Field(() => Int, { description: 'What the booking cost (price × quantity)' })
  amountCents!: number;

  @Field(() => Int, {
    description: "The venue's revenue in the calendar year, this booking included",
  })
  cumulativeCents!: number;

  @Field(() => String, {
    description: 'Scale applied: STANDARD_2019, STANDARD_2021, BOOK or NOT_REIMBURSED',
  })
  scale!: string;

  @Field(() => Float, { description: 'Rate applied, in percent' })
  ratePercent!: number;

  @Field(() => Int)
  reimbursedCents!: number;
}

@ObjectType()
export class ReimbursementReportType {
  @Field(() => ID)
  venueId!: string;

  @Field(() => String)
  venueName!: string;

  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => [ReimbursementLineType])
  lines!: ReimbursementLineType[];

  @Field(() => Int)
  totalAmountCents!: number;

  @Field(() => Int, { description: 'Amount due to the venue' })
  totalReimbursedCents!: number;
}
