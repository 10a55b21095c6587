import { connectionType, type Connection } from '../../graphql/pagination.js';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { BookingStatus, CancellationReason } from '../booking/booking.entity.js';

@ObjectType('ProBooking')
export class ProBookingType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  token!: string;

  @Field(() => BookingStatus)
  status!: BookingStatus;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Int, { description: 'Price of one place × quantity' })
  amountCents!: number;

  @Field(() => Date)
  bookedAt!: Date;

  @Field(() => Date, { nullable: true })
  usedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  cancelledAt!: Date | null;

  @Field(() => CancellationReason, { nullable: true })
  cancellationReason!: CancellationReason | null;

  @Field(() => Date, { nullable: true, description: 'Events: when it takes place' })
  beginsAt!: Date | null;

  @Field(() => ID)
  offerId!: string;

  @Field(() => String)
  offerName!: string;

  @Field(() => ID)
  venueId!: string;

  @Field(() => String)
  venueName!: string;

  @Field(() => String, { description: 'IANA time zone of the venue: beginsAt is shown on it' })
  venueTimeZone!: string;

  @Field(() => String)
  beneficiaryName!: string;

  @Field(() => String)
  beneficiaryEmail!: string;
}

export const ProBookingConnection = connectionType(ProBookingType, 'ProBooking');
export type ProBookingConnection = Connection<ProBookingType>;

@InputType()
export class ProBookingFilterInput {
  @Field(() => ID, { nullable: true })
  venueId?: string | null;

  @Field(() => ID, { nullable: true })
  offerId?: string | null;

  @Field(() => BookingStatus, { nullable: true })
  status?: BookingStatus | null;

  @Field(() => Date, { nullable: true, description: 'Booked at or after' })
  bookedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Booked before' })
  bookedTo?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Event at or after' })
  eventFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Event before' })
  eventTo?: Date | null;
}
