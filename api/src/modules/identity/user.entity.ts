import { Check, Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Role } from './roles.js';

/** Where a young person stands on the way to their credit. */
export enum ActivationStatus {
  /** Signed up; waits for eligibility or asks for activation later. */
  PRE_REGISTERED = 'PRE_REGISTERED',
  /** Asked for their credit; an admin reviews the request. */
  REQUESTED = 'REQUESTED',
  ACTIVATED = 'ACTIVATED',
  REJECTED = 'REJECTED',
}

/** An account deleted by its owner keeps nothing that identifies the person. */
const ANONYMISED_HOLDS_NOTHING =
  "anonymised_at is null or (birth_date is null and postal_code is null and cardinality(roles) = 0 and first_name = 'Compte' and last_name = 'supprimé')";

@Entity({ tableName: 'app_user' })
@Check({
  name: 'app_user_anonymised_holds_nothing',
  expression: ANONYMISED_HOLDS_NOTHING,
})
@Check({
  name: 'app_user_suspension_has_reason',
  expression: '(suspended_at is null) = (suspension_reason is null)',
})
@Check({
  name: 'app_user_confirmation_token_pending',
  expression:
    'email_confirmation_token_hash is null or (email_confirmed_at is null and email_confirmation_expires_at is not null)',
})
@Index({
  name: 'app_user_email_unique',
  expression: `create unique index "app_user_email_unique" on "app_user" ("email") where email_confirmed_at is not null`,
})
@Index({
  name: 'app_user_unconfirmed_index',
  expression: `create index "app_user_unconfirmed_index" on "app_user" ("created_at") where email_confirmed_at is null`,
})
@Index({
  name: 'app_user_email_pattern_index',
  expression: `create index "app_user_email_pattern_index" on "app_user" ("email" text_pattern_ops)`,
})
@Index({
  name: 'app_user_name_search_index',
  expression: `create index "app_user_name_search_index" on "app_user" using gin (to_tsvector('simple', pc_unaccent(lower(first_name || ' ' || last_name))))`,
})
@Index({
  name: 'app_user_waiting_activation_index',
  expression: `create index "app_user_waiting_activation_index" on "app_user" ("department_code", "activation_requested_at") where activation_status in ('PRE_REGISTERED', 'REQUESTED') and email_confirmed_at is not null`,
})
export class User {
  @PrimaryKey()
  id!: number;

  /**
   * Always stored lower-cased. Unique among confirmed accounts only: a sign-up for a taken
   * address still creates an (unconfirmed, never confirmable) account, so that sign-up
   * cannot tell whether an address is taken.
   */
  @Property({ length: 320 })
  email!: string;

  /**
   * When the person proved the address is theirs (the link of the confirmation email). Null
   * for accounts fresh from sign-up, which can neither log in by password, book nor ask for
   * their credit, and are deleted after a few days. Accounts created otherwise (seeds, API
   * keys' accounts) are confirmed by default.
   */
  @Property({ type: 'timestamptz', nullable: true, defaultRaw: 'now()' })
  emailConfirmedAt: Date | null = null;

  /** SHA-256 of the one pending confirmation link's token (a resend replaces it). */
  @Property({ length: 64, nullable: true, hidden: true })
  @Unique()
  emailConfirmationTokenHash: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  emailConfirmationExpiresAt: Date | null = null;

  @Property({ hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ length: 100 })
  firstName!: string;

  @Property({ length: 100 })
  lastName!: string;

  @Property({ type: 'date', nullable: true })
  birthDate: string | null = null;

  @Property({ length: 5, nullable: true })
  postalCode: string | null = null;

  @Index()
  @Property({ length: 3, nullable: true })
  departmentCode: string | null = null;

  @Enum({ items: () => Role, array: true, default: [] })
  roles: Role[] = [];

  @Enum({ items: () => ActivationStatus, nullable: true })
  activationStatus: ActivationStatus | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  activationRequestedAt: Date | null = null;

  /** When an admin approved or rejected the activation request. */
  @Property({ type: 'timestamptz', nullable: true })
  activationDecidedAt: Date | null = null;

  @Property({ length: 500, nullable: true })
  activationRejectionReason: string | null = null;

  /** A suspended account cannot log in; its credit is kept. */
  @Property({ type: 'timestamptz', nullable: true })
  suspendedAt: Date | null = null;

  @Property({ length: 500, nullable: true })
  suspensionReason: string | null = null;

  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  /** Set when the person deleted their account: the row stays, emptied, for accounting. */
  @Property({ type: 'timestamptz', nullable: true })
  anonymisedAt: Date | null = null;
}
