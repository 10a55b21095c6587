import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from './roles.js';
import { ActivationStatus } from './user.entity.js';

registerEnumType(ActivationStatus, {
  name: 'ActivationStatus',
  description: 'Where a young person stands on the way to their credit',
});

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

  @Field(() => Boolean, {
    description:
      'False until the person follows the link emailed at sign-up; until then no credit, ' +
      'booking or structure',
  })
  emailConfirmed!: boolean;
}

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'Also accepted as Authorization: Bearer <token>' })
  token!: string;

  @Field(() => UserType)
  user!: UserType;
}
