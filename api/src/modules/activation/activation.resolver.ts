import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireViewer, type Context } from '../../graphql/context.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { authPayload, toUserType } from '../identity/identity.graphql.js';
import { accountById } from '../identity/identity.queries.js';
import { AuthPayload, UserType } from '../identity/identity.types.js';
import { requestActivation } from './activation.service.js';
import { SignUpInput } from './activation.types.js';
import { signUpYoungPerson } from './sign-up.service.js';
import { registrationService } from '../registration/registration.graphql.js';

/** A young person's way to their credit: sign-up (pre-registration), then the request. */
@Resolver()
export class ActivationResolver {
  @Mutation(() => AuthPayload, {
    description:
      'Young people sign up and are pre-registered, unconfirmed until they follow the emailed ' +
      'link; the same answer whether the address was free or taken; no credit is granted here',
  })
  async signUp(
    @Arg('input', () => SignUpInput) input: SignUpInput,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    return authPayload(
      ctx,
      await signUpYoungPerson(registrationService(ctx), input, { ip: ctx.ip }),
    );
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
