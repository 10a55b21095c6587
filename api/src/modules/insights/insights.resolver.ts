import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Role } from '../identity/roles.js';
import { departmentUptake } from './insights.service.js';
import { DepartmentUptake } from './insights.types.js';

@Resolver()
export class InsightsResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [DepartmentUptake], {
    description:
      "admin: uptake per department, by the beneficiary's department unless byVenueDepartment",
  })
  departmentUptake(
    @Arg('from', () => Date, { nullable: true }) from: Date | null,
    @Arg('to', () => Date, { nullable: true }) to: Date | null,
    @Arg('byVenueDepartment', () => Boolean, { defaultValue: false }) byVenueDepartment: boolean,
    @Ctx() ctx: Context,
  ): Promise<DepartmentUptake[]> {
    return departmentUptake(ctx.shared.sql, {
      from: from ?? null,
      to: to ?? null,
      byVenueDepartment,
    });
  }
}
