import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from './roles.js';
import { ActivationStatus } from './user.entity.js';

registerEnumType(ActivationStatus, {
  name: 'ActivationStatus',
  description: 'Where a young person stands on the way to their credit',
});

@ObjectType()
export class Wallet {
  @Field(() => String, { description: 'Grant policy code, e.g. GRANT_2019' })
  policy!: string;

  @Field(() => Int)
  initialCents!: number;

  @Field(() => Int)
  remainingCents!: number;

  @Field(() => Int, { nullable: true, description: 'Null when the policy has no digital cap' })
  digitalRemainingCents!: number | null;

  @Field(() => Int, { nullable: true, description: 'Null when the policy has no physical cap' })
  physicalRemainingCents!: number | null;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => Boolean)
  isExpired!: boolean;
}

@ObjectType('Department')
export class DepartmentType {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean, {
    description: 'Open to the pass: its young people can ask for their credit',
  })
  isOpen!: boolean;
}

@ObjectType('User')
export class UserType {
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

  @Field(() => ActivationStatus, { nullable: true, description: 'Null for pros and admins' })
  activationStatus!: ActivationStatus | null;
}

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'Also accepted as Authorization: Bearer <token>' })
  token!: string;

  @Field(() => UserType)
  user!: UserType;
}

@InputType()
export class SignUpInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  birthDate!: string;

  @Field(() => String)
  postalCode!: string;
}
