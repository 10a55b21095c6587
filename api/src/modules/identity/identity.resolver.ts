import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { authPayload, identityService, toUserType } from './identity.graphql.js';
import { accountById } from './identity.queries.js';
import { AuthPayload, UserType } from './identity.types.js';

/**
 * Who is signed in, and sessions. `User`'s other fields are resolved by the modules that
 * own their data (wallet, territory, notification).
 */
@Resolver(() => UserType)
export class IdentityResolver {
  @Query(() => UserType, { nullable: true, description: 'The signed-in user; null when anonymous' })
  async me(@Ctx() ctx: Context): Promise<UserType | null> {
    const viewer = await ctx.viewer();
    if (!viewer) return null;
    const user = await accountById(ctx.db, viewer.userId);
    return user ? toUserType(user) : null;
  }

  @Mutation(() => AuthPayload)
  async logIn(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    return authPayload(ctx, await identityService(ctx).logIn(email, password, { ip: ctx.ip }));
  }

  @Mutation(() => Boolean, {
    description: 'Revokes the current session; false when there was none',
  })
  async logOut(@Ctx() ctx: Context): Promise<boolean> {
    ctx.cookies.clearSession();
    if (!ctx.sessionToken) return false;
    return identityService(ctx).logOut(ctx.sessionToken);
  }
}
