import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { identitySettings, type Context } from '../../graphql/context.js';
import { WalletService } from '../wallet/wallet.service.js';
import { IdentityService, type OpenedSession } from './identity.service.js';
import { AuthPayload, DepartmentType, SignUpInput, UserType, Wallet } from './identity.types.js';
import { requestActivation } from './activation.service.js';
import { requireViewer } from '../../graphql/context.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { Role } from './roles.js';
import { accountById, type AccountRow } from './identity.queries.js';
import { departmentByCode } from '../territory/territory.queries.js';

export function toUserType(user: AccountRow): UserType {
  return {
    id: String(user.id),
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    roles: user.roles,
    departmentCode: user.departmentCode,
    activationStatus: user.activationStatus,
  };
}

function identity(ctx: Context): IdentityService {
  return new IdentityService(ctx.db, identitySettings(ctx.config), ctx.shared.identityLimits);
}

function authPayload(ctx: Context, session: OpenedSession): AuthPayload {
  ctx.cookies.setSession(session.token, session.expiresAt);
  return { token: session.token, user: toUserType(session.user) };
}

@Resolver(() => UserType)
export class IdentityResolver {
  @Query(() => UserType, { nullable: true, description: 'The signed-in user; null when anonymous' })
  async me(@Ctx() ctx: Context): Promise<UserType | null> {
    const viewer = await ctx.viewer();
    if (!viewer) return null;
    const user = await accountById(ctx.db, viewer.userId);
    return user ? toUserType(user) : null;
  }

  @Mutation(() => AuthPayload, {
    description: 'Young people sign up and are pre-registered; no credit is granted here',
  })
  async signUp(
    @Arg('input', () => SignUpInput) input: SignUpInput,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    return authPayload(ctx, await identity(ctx).signUp(input, { ip: ctx.ip }));
  }

  @Mutation(() => AuthPayload)
  async logIn(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    return authPayload(ctx, await identity(ctx).logIn(email, password, { ip: ctx.ip }));
  }

  @Mutation(() => Boolean, {
    description: 'Revokes the current session; false when there was none',
  })
  async logOut(@Ctx() ctx: Context): Promise<boolean> {
    ctx.cookies.clearSession();
    if (!ctx.sessionToken) return false;
    return identity(ctx).logOut(ctx.sessionToken);
  }

  @FieldResolver(() => Wallet, { nullable: true, description: 'Null when the user has no deposit' })
  async wallet(@Root() user: UserType, @Ctx() ctx: Context): Promise<Wallet | null> {
    const viewer = await ctx.viewer();
    // Credit figures are private: only their owner (or an admin) reads them.
    if (!viewer || (String(viewer.userId) !== user.id && !viewer.roles.includes(Role.ADMIN))) {
      return null;
    }
    return new WalletService(ctx.db).walletOf(Number(user.id));
  }

  @FieldResolver(() => DepartmentType, {
    nullable: true,
    description: 'Where the user lives, and whether it is open',
  })
  async department(@Root() user: UserType, @Ctx() ctx: Context): Promise<DepartmentType | null> {
    if (!user.departmentCode) return null;
    return departmentByCode(ctx.db, user.departmentCode);
  }

  @Authorized()
  @Mutation(() => UserType, {
    description:
      'A pre-registered young person asks for their credit; an admin reviews the request',
  })
  async requestActivation(@Ctx() ctx: Context): Promise<UserType> {
    const viewer = await requireViewer(ctx);
    await ctx.shared.identityLimits.activationRequest(viewer.userId);
    await requestActivation(ctx.db, viewer.userId, ctx.config.GRANT_POLICY);
    const user = await accountById(ctx.db, viewer.userId);
    if (!user) throw new AppError(ErrorCode.UNAUTHENTICATED);
    return toUserType(user);
  }
}
