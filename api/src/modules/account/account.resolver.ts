import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireViewer, type Context } from '../../graphql/context.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { AccountService } from './account.service.js';

function account(ctx: Context): AccountService {
  return new AccountService(ctx.db, ctx.config.PASSWORD_HASH_COST, ctx.shared.identityLimits);
}

@Resolver()
export class AccountResolver {
  @Authorized()
  @Mutation(() => Int, {
    description:
      'Changes the password; every other session of the account is revoked (their number is returned)',
  })
  async changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<number> {
    const viewer = await requireViewer(ctx);
    if (!ctx.sessionToken) throw new AppError(ErrorCode.UNAUTHENTICATED);
    return account(ctx).changePassword(
      viewer.userId,
      ctx.sessionToken,
      currentPassword,
      newPassword,
    );
  }

  @Authorized()
  @Query(() => String, {
    description: 'Everything held about the signed-in person, as a JSON document to download',
  })
  async exportMyData(@Ctx() ctx: Context): Promise<string> {
    const viewer = await requireViewer(ctx);
    return JSON.stringify(await account(ctx).exportData(viewer.userId), null, 2);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      'Deletes the account after checking the password: live bookings cancelled, personal data erased, bookings kept anonymous',
  })
  async deleteMyAccount(
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const viewer = await requireViewer(ctx);
    await account(ctx).deleteAccount(viewer.userId, password);
    ctx.cookies.clearSession();
    return true;
  }
}
