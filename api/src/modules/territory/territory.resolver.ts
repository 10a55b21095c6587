import { Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Role } from '../identity/roles.js';
import { departmentStatuses } from './territory.queries.js';

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

@Resolver()
export class TerritoryResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [DepartmentStatus], { description: 'admin: every department, open or not' })
  async departments(@Ctx() ctx: Context): Promise<DepartmentStatus[]> {
    return departmentStatuses(ctx.db);
  }
}
