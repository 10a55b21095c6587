import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { UserType } from '../identity/identity.types.js';
import { Role } from '../identity/roles.js';
import { WalletService } from './wallet.service.js';
import { Wallet } from './wallet.types.js';

/** `User.wallet`: the wallet answers for the credit of a person (identity knows nothing of it). */
@Resolver(() => UserType)
export class UserWalletResolver {
  @FieldResolver(() => Wallet, { nullable: true, description: 'Null when the user has no deposit' })
  async wallet(@Root() user: UserType, @Ctx() ctx: Context): Promise<Wallet | null> {
    const viewer = await ctx.viewer();
    // Credit figures are private: only their owner (or an admin) reads them.
    if (!viewer || (String(viewer.userId) !== user.id && !viewer.roles.includes(Role.ADMIN))) {
      return null;
    }
    return new WalletService(ctx.db).walletOf(Number(user.id));
  }
}
