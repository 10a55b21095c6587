import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class DepartmentUptake {
  @Field(() => String)
  departmentCode!: string;

  @Field(() => String)
  departmentName!: string;

  @Field(() => Int, {
    description: 'Young people signed up and not activated yet (now, whatever the period)',
  })
  preRegistered!: number;

  @Field(() => Int, { description: 'People granted a credit in the period' })
  beneficiaries!: number;

  @Field(() => Int, { description: 'Credit granted in the period, in cents' })
  grantedCents!: number;

  @Field(() => Int, {
    description: 'Amount of the bookings made in the period and not cancelled, in cents',
  })
  spentCents!: number;

  @Field(() => Int, { description: 'Bookings made in the period and not cancelled' })
  bookings!: number;
}
