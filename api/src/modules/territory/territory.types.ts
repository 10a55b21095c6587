import { Field, Int, ObjectType } from 'type-graphql';

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

@ObjectType('DepartmentStatus')
export class DepartmentStatus {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean, { description: 'Open to the pass: its young people can be activated' })
  isOpen!: boolean;

  @Field(() => Date, { nullable: true })
  openedAt!: Date | null;

  @Field(() => Int, { description: 'Young people who signed up there and have no credit yet' })
  preRegistered!: number;
}
