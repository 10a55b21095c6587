import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { UserType } from '../identity/identity.types.js';
import { Role } from '../identity/roles.js';
import { departmentByCode, departmentStatuses } from './territory.queries.js';
import { DepartmentStatus, DepartmentType } from './territory.types.js';

@Resolver()
export class TerritoryResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [DepartmentStatus], { description: 'admin: every department, open or not' })
  async departments(@Ctx() ctx: Context): Promise<DepartmentStatus[]> {
    return departmentStatuses(ctx.db);
  }
}

/** `User.department`: territory answers where a person lives (identity knows only the code). */
@Resolver(() => UserType)
export class UserDepartmentResolver {
  @FieldResolver(() => DepartmentType, {
    nullable: true,
    description: 'Where the user lives, and whether it is open',
  })
  async department(@Root() user: UserType, @Ctx() ctx: Context): Promise<DepartmentType | null> {
    if (!user.departmentCode) return null;
    return departmentByCode(ctx.db, user.departmentCode);
  }
}
