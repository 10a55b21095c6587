import { Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Role } from '../identity/roles.js';

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
    const rows = await ctx.em.execute<
      {
        code: string;
        name: string;
        is_open: boolean;
        opened_at: Date | null;
        pre_registered: string;
      }[]
    >(
      // Only waiting people are counted: the partial index app_user_waiting_activation_index.
      `select d.code, d.name, d.is_open, d.opened_at, coalesce(w.pre_registered, 0) as pre_registered
         from department d
         left join (select department_code, count(*) as pre_registered from app_user
                     where activation_status in ('PRE_REGISTERED', 'REQUESTED') group by 1) w
           on w.department_code = d.code
        order by d.code`,
    );
    return rows.map((r) => ({
      code: r.code,
      name: r.name,
      isOpen: r.is_open,
      openedAt: r.opened_at ? new Date(r.opened_at) : null,
      preRegistered: Number(r.pre_registered),
    }));
  }
}
