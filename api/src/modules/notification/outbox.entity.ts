import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';

/** Every kind of email the api sends; each has its template in templates.ts. */
export enum MailKind {
  BOOKING_CONFIRMED = 'BOOKING_CONFIRMED',
  VENUE_NEW_BOOKING = 'VENUE_NEW_BOOKING',
  BOOKING_CANCELLED = 'BOOKING_CANCELLED',
  EXPIRY_REMINDER = 'EXPIRY_REMINDER',
  PRO_DAILY_SUMMARY = 'PRO_DAILY_SUMMARY',
  ACTIVATION_APPROVED = 'ACTIVATION_APPROVED',
  ACTIVATION_REJECTED = 'ACTIVATION_REJECTED',
  OFFER_REJECTED = 'OFFER_REJECTED',
  OFFERER_DECIDED = 'OFFERER_DECIDED',
  MEMBERSHIP_DECIDED = 'MEMBERSHIP_DECIDED',
  DEPARTMENT_OPENED = 'DEPARTMENT_OPENED',
  BOOKING_DATE_CHANGED = 'BOOKING_DATE_CHANGED',
  /** A new account's link to confirm its address. */
  EMAIL_CONFIRMATION = 'EMAIL_CONFIRMATION',
  /** To the owner of an address: someone tried to create an account with it. */
  SIGN_UP_ATTEMPT = 'SIGN_UP_ATTEMPT',
}

export enum OutboxStatus {
  /** Waiting for its next attempt (maybe claimed by a worker, under a lease). */
  PENDING = 'PENDING',
  /** Handed to the transport: if the worker dies now, nobody knows whether it went. */
  SENDING = 'SENDING',
  SENT = 'SENT',
  /** Given up: certainly not delivered (refused, or out of attempts). */
  FAILED = 'FAILED',
  /** Given up: the send failed in a way that may have delivered it; an admin may resend it. */
  UNCERTAIN = 'UNCERTAIN',
}

/**
 * One email to send, written in the transaction of the change it reports (the outbox):
 * the change and its message commit or roll back together. The worker renders the
 * payload (the facts, gathered at write time) with the kind's template.
 */
@Entity()
@Check({
  name: 'outbox_message_sent_has_date',
  expression: "(status = 'SENT') = (sent_at is not null)",
})
@Check({
  name: 'outbox_message_failed_has_error',
  expression:
    "(status <> 'FAILED' and status <> 'UNCERTAIN') or (failed_at is not null and last_error is not null)",
})
@Check({
  name: 'outbox_message_sending_is_claimed',
  expression:
    "status <> 'SENDING' or (claimed_by is not null and sending_at is not null and attempts > 0)",
})
@Check({ name: 'outbox_message_attempts_not_negative', expression: 'attempts >= 0' })
@Check({
  name: 'outbox_message_recipient_is_address',
  expression: "position('@' in recipient) > 1",
})
@Check({ name: 'outbox_message_payload_is_object', expression: "jsonb_typeof(payload) = 'object'" })
@Index({
  name: 'outbox_message_due_index',
  expression:
    'create index "outbox_message_due_index" on "outbox_message" ("next_attempt_at", "id") where status = \'PENDING\'',
})
@Index({
  name: 'outbox_message_dedupe_key_unique',
  expression:
    'create unique index "outbox_message_dedupe_key_unique" on "outbox_message" ("dedupe_key") where dedupe_key is not null',
})
@Index({ properties: ['createdAt', 'id'] })
export class OutboxMessage {
  @PrimaryKey({ type: 'bigint' })
  id!: string;

  @Enum({ items: () => MailKind })
  kind!: MailKind;

  @Property({ length: 320 })
  recipient!: string;

  /** The person the message is about, when it is a person (not a venue's address). */
  @Index()
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  user: User | null = null;

  @Property({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  /** Set for once-only messages (a reminder, a daily summary): a second insert does nothing. */
  @Property({ length: 200, nullable: true })
  dedupeKey: string | null = null;

  @Enum({ items: () => OutboxStatus, default: OutboxStatus.PENDING })
  status: OutboxStatus = OutboxStatus.PENDING;

  @Property({ default: 0 })
  attempts: number = 0;

  @Property({ defaultRaw: 'now()' })
  nextAttemptAt: Date = new Date();

  @Property({ length: 100, nullable: true })
  claimedBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  claimedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  sendingAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  sentAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  failedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** What a person accepts to receive beyond the essential emails; no row: the defaults. */
@Entity()
export class EmailPreference {
  @ManyToOne(() => User, { primary: true, deleteRule: 'cascade' })
  user!: User;

  /** Reminders and summaries; bookings and cancellations are always sent. */
  @Property({ default: true })
  nonEssential: boolean = true;

  /** A pro's daily summary of their venues' bookings. */
  @Property({ default: false })
  dailyBookingSummary: boolean = false;

  @Property({ defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
