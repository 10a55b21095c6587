import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireViewer, type Context } from '../../graphql/context.js';
import { authPayload } from '../identity/identity.graphql.js';
import { AuthPayload } from '../identity/identity.types.js';
import { registrationService } from '../registration/registration.graphql.js';
import { Role } from '../identity/roles.js';
import { notFound, requireProId } from '../catalog/pro-access.js';
import { toOffererType, toProVenueType } from './pro.mappers.js';
import { StructureService } from './structure.service.js';
import {
  CreateOffererInput,
  CreateVenueInput,
  OffererType,
  ProSignUpInput,
  ProVenueType,
  VenueDetailsInput,
} from './structure.types.js';

function structure(ctx: Context): StructureService {
  return new StructureService(ctx.db);
}

async function offerer(ctx: Context, userId: number, offererId: number): Promise<OffererType> {
  const [row] = await structure(ctx).offerersOf(userId, offererId);
  if (!row) throw notFound('offerer');
  return toOffererType(row);
}

@Resolver()
export class StructureResolver {
  @Mutation(() => AuthPayload, {
    description:
      'A pro creates their account and is signed in, unconfirmed until they follow the emailed ' +
      'link (the same answer whether the address was free or taken); then creates or joins an offerer',
  })
  async signUpPro(
    @Arg('input', () => ProSignUpInput) input: ProSignUpInput,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    const session = await structure(ctx).signUpPro(input, registrationService(ctx), {
      ip: ctx.ip,
    });
    return authPayload(ctx, session);
  }

  @Authorized(Role.PRO)
  @Query(() => [OffererType], {
    description: 'pro: the offerers the pro belongs to or asked to join, with their venues',
  })
  async myOfferers(@Ctx() ctx: Context): Promise<OffererType[]> {
    const viewer = await requireViewer(ctx);
    return (await structure(ctx).offerersOf(viewer.userId)).map(toOffererType);
  }

  @Authorized(Role.PRO)
  @Mutation(() => OffererType, {
    description:
      'pro: registers an offerer from its SIREN (status NEW) with its virtual venue; ' +
      'an existing SIREN is refused with extensions.offererExists',
  })
  async createOfferer(
    @Arg('input', () => CreateOffererInput) input: CreateOffererInput,
    @Ctx() ctx: Context,
  ): Promise<OffererType> {
    const viewer = await requireViewer(ctx);
    return offerer(ctx, viewer.userId, await structure(ctx).createOfferer(viewer, input));
  }

  @Authorized(Role.PRO)
  @Mutation(() => OffererType, {
    description: 'pro: asks to join an existing offerer; the membership waits for validation',
  })
  async joinOfferer(
    @Arg('siren', () => String) siren: string,
    @Ctx() ctx: Context,
  ): Promise<OffererType> {
    const viewer = await requireViewer(ctx);
    return offerer(ctx, viewer.userId, await structure(ctx).joinOfferer(viewer, siren));
  }

  @Authorized(Role.PRO)
  @Query(() => ProVenueType, { description: "pro: one of the pro's venues" })
  async proVenue(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ProVenueType> {
    const viewer = await requireViewer(ctx);
    return toProVenueType(await structure(ctx).venue(viewer.userId, requireProId(id, 'venue')));
  }

  @Authorized(Role.PRO)
  @Mutation(() => ProVenueType, { description: 'pro: a venue from a SIRET of the offerer' })
  async createVenue(
    @Arg('input', () => CreateVenueInput) input: CreateVenueInput,
    @Ctx() ctx: Context,
  ): Promise<ProVenueType> {
    const viewer = await requireViewer(ctx);
    const service = structure(ctx);
    const id = await service.createVenue(viewer, {
      ...input,
      offererId: requireProId(input.offererId, 'offerer'),
    });
    return toProVenueType(await service.venue(viewer.userId, id));
  }

  @Authorized(Role.PRO)
  @Mutation(() => ProVenueType, { description: 'pro: details, location and accessibility' })
  async updateVenue(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => VenueDetailsInput) input: VenueDetailsInput,
    @Ctx() ctx: Context,
  ): Promise<ProVenueType> {
    const viewer = await requireViewer(ctx);
    const service = structure(ctx);
    const venueId = await service.updateVenue(viewer, requireProId(id, 'venue'), input);
    return toProVenueType(await service.venue(viewer.userId, venueId));
  }
}
