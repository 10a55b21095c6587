import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireViewer, type Context } from '../../graphql/context.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { authPayload } from '../identity/identity.graphql.js';
import { AuthPayload } from '../identity/identity.types.js';
import { Role } from '../identity/roles.js';
import { registrationService } from './registration.graphql.js';

/** The confirmation link's token: 43 base64url characters. */
const TOKEN_SHAPE = /^[\w-]{43}$/;

/** Confirming the address of a new account (sign-up itself is activation's and pro's). */
@Resolver()
export class RegistrationResolver {
  @Mutation(() => AuthPayload, {
    description:
      'Confirms the address of the account of an emailed link, and signs it in. Without that ' +
      "account's session, its password is required (CONFIRMATION_PASSWORD_REQUIRED)",
  })
  async confirmEmail(
    @Arg('token', () => String) token: string,
    @Arg('password', () => String, { nullable: true }) password: string | null,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    if (!TOKEN_SHAPE.test(token)) throw new AppError(ErrorCode.CONFIRMATION_LINK_INVALID);
    if (password !== null && password !== undefined && password.length > 1000) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'Ce mot de passe est trop long.');
    }
    const viewer = await ctx.viewer();
    const session = await registrationService(ctx).confirmEmail(
      token,
      viewer?.apiKeyId ? null : viewer,
      password ?? null,
    );
    return authPayload(ctx, session);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      'Sends the confirmation email of the signed-in, unconfirmed account again (3 an hour); ' +
      'true, also when there is nothing to send',
  })
  async resendEmailConfirmation(@Ctx() ctx: Context): Promise<boolean> {
    const viewer = await requireViewer(ctx);
    if (viewer.apiKeyId) throw new AppError(ErrorCode.FORBIDDEN);
    const audience = viewer.roles.includes(Role.PRO) ? 'pro' : 'young';
    return registrationService(ctx).resendConfirmation(viewer.userId, audience);
  }
}
