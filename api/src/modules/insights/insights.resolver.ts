import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Role } from '../identity/roles.js';
import { departmentUptake } from './insights.service.js';
import { DepartmentUptake, UptakeDashboardType, UptakeFilter } from './insights.types.js';
import { refreshUptake, uptakeDashboard } from './uptake-dashboard.service.js';
import { uptakeRefreshedAt } from './insights.queries.js';
import { StaleTolerant } from '../../graphql/read-routing.js';
import { diversityDashboard, type DiversityFigures } from './diversity.service.js';
import {
  DiversityDashboardType,
  DiversityFiguresType,
  DiversityPeriodEnum,
} from './insights.types.js';

function withShares(f: DiversityFigures): DiversityFiguresType {
  const share = (n: number) => (f.bookers > 0 ? n / f.bookers : null);
  return {
    bookers: f.bookers,
    oneCategory: f.oneCategory,
    twoCategories: f.twoCategories,
    threeOrMore: f.threeOrMore,
    oneCategoryShare: share(f.oneCategory),
    twoCategoriesShare: share(f.twoCategories),
    threeOrMoreShare: share(f.threeOrMore),
    averageCategories: share(f.categorySum),
  };
}

@Resolver()
export class InsightsResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [DepartmentUptake], {
    description:
      "admin: uptake per department, by the beneficiary's department unless byVenueDepartment",
  })
  @StaleTolerant()
  departmentUptake(
    @Arg('from', () => Date, { nullable: true }) from: Date | null,
    @Arg('to', () => Date, { nullable: true }) to: Date | null,
    @Arg('byVenueDepartment', () => Boolean, { defaultValue: false }) byVenueDepartment: boolean,
    @Ctx() ctx: Context,
  ): Promise<DepartmentUptake[]> {
    return departmentUptake(ctx.dbRead, {
      from: from ?? null,
      to: to ?? null,
      byVenueDepartment,
    });
  }

  @Authorized(Role.ADMIN)
  @Query(() => UptakeDashboardType, {
    description:
      'admin: the dashboard (totals, departments, categories, weeks) from rollups refreshed every few minutes; see asOf',
  })
  @StaleTolerant()
  uptakeDashboard(
    @Arg('filter', () => UptakeFilter) filter: UptakeFilter,
    @Ctx() ctx: Context,
  ): Promise<UptakeDashboardType> {
    return uptakeDashboard(ctx.dbRead, {
      from: filter.from ?? null,
      to: filter.to ?? null,
      categoryId: filter.categoryId ?? null,
      departmentCode: filter.departmentCode ?? null,
      side: filter.side,
    });
  }

  @Authorized(Role.ADMIN)
  @Query(() => DiversityDashboardType, {
    description:
      'admin: diversity of practice (bookers in 1, 2, 3+ categories, average distinct categories) by department, from the refreshed rollups',
  })
  async uptakeDiversity(
    @Arg('period', () => DiversityPeriodEnum, { defaultValue: DiversityPeriodEnum.ALL })
    period: DiversityPeriodEnum,
    @Arg('departmentCode', () => String, { nullable: true }) departmentCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<DiversityDashboardType> {
    const d = await diversityDashboard(
      ctx.db,
      period,
      departmentCode?.trim().toUpperCase() || null,
    );
    return {
      asOf: d.asOf,
      period,
      totals: withShares(d.totals),
      departments: d.departments.map((dep) => ({
        code: dep.code,
        name: dep.name,
        ...withShares(dep),
      })),
    };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Date, {
    description: 'admin: recomputes the dashboard figures now; returns asOf',
  })
  async refreshUptake(@Ctx() ctx: Context): Promise<Date> {
    await refreshUptake((sql) => ctx.db.query(sql));
    return uptakeRefreshedAt(ctx.db);
  }
}
