import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Role } from '../identity/roles.js';
import { ActivationStatus } from '../identity/user.entity.js';
import { AuditAction } from '../audit/audit.service.js';

registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'An admin action of the audit log',
});

export enum OffererDecision {
  VALIDATED = 'VALIDATED',
  REJECTED = 'REJECTED',
}
registerEnumType(OffererDecision, { name: 'OffererDecision' });

@ObjectType()
export class ActivationRequest {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  birthDate!: string | null;

  @Field(() => Int, { nullable: true, description: 'Age today' })
  age!: number | null;

  @Field(() => String, { nullable: true })
  departmentCode!: string | null;

  @Field(() => String, { nullable: true })
  departmentName!: string | null;

  @Field(() => Boolean)
  departmentOpen!: boolean;

  @Field(() => Date)
  requestedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Why approving would be refused today (French); null when it can be approved',
  })
  obstacle!: string | null;
}

@ObjectType()
export class PendingOfferer {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  siren!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Int)
  venueCount!: number;

  @Field(() => [String])
  memberEmails!: string[];
}

@ObjectType()
export class PendingMembership {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => ID)
  offererId!: string;

  @Field(() => String)
  offererName!: string;

  @Field(() => String)
  offererSiren!: string;

  @Field(() => String, { description: 'NEW, VALIDATED or REJECTED' })
  offererStatus!: string;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType()
export class PersonSummary {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => String, { nullable: true })
  departmentCode!: string | null;

  @Field(() => ActivationStatus, { nullable: true })
  activationStatus!: ActivationStatus | null;

  @Field(() => Boolean, {
    description: 'False for an account fresh from sign-up (maybe a duplicate of a taken address)',
  })
  emailConfirmed!: boolean;

  @Field(() => Date, { nullable: true, description: 'Null unless the account is suspended' })
  suspendedAt!: Date | null;
}

@ObjectType()
export class PersonBooking {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  offerId!: string;

  @Field(() => String)
  offerName!: string;

  @Field(() => String)
  venueName!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Int, { description: 'Price of one place, in cents' })
  amountCents!: number;

  @Field(() => String, { description: 'CONFIRMED, USED, CANCELLED or REIMBURSED' })
  status!: string;

  @Field(() => String, { nullable: true })
  cancellationReason!: string | null;

  @Field(() => Date)
  bookedAt!: Date;
}

@ObjectType()
export class PersonDetail extends PersonSummary {
  @Field(() => String, { nullable: true })
  birthDate!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => String, { nullable: true })
  suspensionReason!: string | null;

  @Field(() => String, { nullable: true })
  activationRejectionReason!: string | null;
}

@ObjectType()
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => AuditAction)
  action!: AuditAction;

  @Field(() => String, {
    description: 'USER, DEPARTMENT, OFFERER, MEMBERSHIP, OFFER or MODERATION_RULE',
  })
  targetType!: string;

  @Field(() => String)
  targetId!: string;

  @Field(() => GraphQLJSONObject)
  details!: Record<string, unknown>;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => String)
  adminEmail!: string;

  @Field(() => String)
  adminName!: string;
}
