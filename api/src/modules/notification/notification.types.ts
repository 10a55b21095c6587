import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MailKind, OutboxStatus } from './outbox.entity.js';

registerEnumType(MailKind, { name: 'MailKind', description: 'What an email is about' });
registerEnumType(OutboxStatus, {
  name: 'OutboxStatus',
  description:
    'Where an email stands: waiting, being sent, sent, given up (FAILED), or given up because it may have been delivered (UNCERTAIN: an admin decides)',
});

@ObjectType('EmailPreferences')
export class EmailPreferencesType {
  @Field(() => Boolean, {
    description: 'Reminders and summaries; booking and cancellation emails are always sent',
  })
  nonEssential!: boolean;

  @Field(() => Boolean, { description: "A pro's daily summary of their venues' bookings" })
  dailyBookingSummary!: boolean;
}

@ObjectType('OutboxMessage', { description: 'An email of the outbox, as admins see it' })
export class OutboxMessageType {
  @Field(() => ID)
  id!: string;

  @Field(() => MailKind)
  kind!: MailKind;

  @Field(() => String)
  recipient!: string;

  @Field(() => OutboxStatus)
  status!: OutboxStatus;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String)
  subject!: string;

  @Field(() => String, { description: 'The plain-text body' })
  text!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the worker gave up on it (FAILED or UNCERTAIN)',
  })
  failedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due (PENDING)' })
  nextAttemptAt!: Date | null;

  @Field(() => String, { nullable: true })
  lastError!: string | null;
}
