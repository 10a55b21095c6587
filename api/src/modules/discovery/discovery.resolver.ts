import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { requireViewer, type Context } from '../../graphql/context.js';
import { StaleTolerant } from '../../graphql/read-routing.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { parseId } from '../../graphql/ids.js';
import { toOfferType } from '../catalog/catalog.mappers.js';
import { OfferType } from '../catalog/catalog.types.js';
import { isOfferVisible } from '../catalog/visibility.js';
import type { FeedCard } from './home-feed.queries.js';
import { Role } from '../identity/roles.js';
import type { SelectionRow } from './discovery.queries.js';
import {
  discoveryHome,
  homeRequestOf,
  SelectionService,
  servedModules,
} from './discovery.service.js';
import {
  EditorialSelectionInput,
  EditorialSelectionType,
  Home,
  HomeInput,
  HomeModuleKindEnum,
} from './discovery.types.js';
import { EditorialSelectionKind } from './editorial-selection.entity.js';
import type { SelectionDraft } from './selection.rules.js';

function toSelectionType(row: SelectionRow): EditorialSelectionType {
  return {
    ...row,
    id: String(row.id),
    kind: row.kind as EditorialSelectionKind,
    offerIds: row.offerIds.map(String),
  };
}

function selectionId(id: string): number {
  const parsed = parseId(id);
  if (parsed === null) throw new AppError(ErrorCode.NOT_FOUND, 'Cette sélection est introuvable.');
  return parsed;
}

function draftOf(input: EditorialSelectionInput): SelectionDraft {
  const offerIds = (input.offerIds ?? []).map((id) => {
    const parsed = parseId(id);
    if (parsed === null) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, `L’offre « ${id} » n’existe pas.`, {
        fields: { offerIds: `L’offre « ${id} » n’existe pas.` },
      });
    }
    return parsed;
  });
  return {
    title: input.title,
    text: input.text ?? null,
    kind: input.kind,
    offerIds,
    ruleCategoryId: input.ruleCategoryId || null,
    ruleDepartmentCode: input.ruleDepartmentCode || null,
    ruleBeginsFrom: input.ruleBeginsFrom ?? null,
    ruleBeginsUntil: input.ruleBeginsUntil ?? null,
    departmentCodes: [...new Set((input.departmentCodes ?? []).map((c) => c.trim().toUpperCase()))],
    publishedFrom: input.publishedFrom,
    publishedUntil: input.publishedUntil ?? null,
    position: input.position,
  };
}

@Resolver(() => Home)
export class HomeResolver {
  @StaleTolerant()
  @Query(() => Home, {
    description:
      'The discovery home: modules of bookable offers (near, this week, free, last places, new, other categories, editorial selections), in a constant number of statements',
  })
  async home(
    @Arg('input', () => HomeInput, { nullable: true }) input: HomeInput | null,
    @Ctx() ctx: Context,
  ): Promise<Home> {
    const viewer = await ctx.viewer();
    const view = await discoveryHome(ctx.dbRead, homeRequestOf(input, viewer?.userId ?? null));
    // The feed read every card's offer, venue, stocks and image: the loaders the Offer
    // fields use are primed with them, so serving 110 cards costs no other statement.
    for (const [id, card] of view.cards) {
      ctx.loaders.offer.prime(id, card.offer);
      ctx.loaders.venue.prime(card.venue.id, card.venue);
      ctx.loaders.bookableStocks.prime(id, card.stocks);
      ctx.loaders.offerImage.prime(id, card.image);
      if (card.isFavorite !== null) ctx.loaders.isFavorite.prime(id, card.isFavorite);
    }
    const offers = new Map<FeedCard, OfferType>();
    const offerOf = (card: FeedCard): OfferType => {
      let offer = offers.get(card);
      if (!offer) {
        offer = {
          ...toOfferType(card.offer),
          knownMinPriceCents: Math.min(...card.stocks.map((s) => s.priceCents)),
        };
        offers.set(card, offer);
      }
      return offer;
    };
    const modules = servedModules(view).map((m) => ({
      id: m.id,
      kind: m.kind as HomeModuleKindEnum,
      title: m.title,
      text: m.text,
      items: m.items.map((i) => ({ distanceMeters: i.distanceMeters, offer: offerOf(i.card) })),
    }));
    return { located: view.located, departmentCode: view.departmentCode, modules };
  }
}

@Resolver(() => EditorialSelectionType)
export class EditorialSelectionResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [EditorialSelectionType], {
    description: 'admin: every editorial selection, in home order',
  })
  async editorialSelections(@Ctx() ctx: Context): Promise<EditorialSelectionType[]> {
    return (await new SelectionService(ctx.db).list()).map(toSelectionType);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => EditorialSelectionType, {
    description:
      'admin: creates (no id) or replaces a selection; BAD_USER_INPUT with French messages by field',
  })
  async saveEditorialSelection(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('input', () => EditorialSelectionInput) input: EditorialSelectionInput,
    @Ctx() ctx: Context,
  ): Promise<EditorialSelectionType> {
    const viewer = await requireViewer(ctx);
    const row = await new SelectionService(ctx.db).save(
      viewer.userId,
      id ? selectionId(id) : null,
      draftOf(input),
    );
    return toSelectionType(row);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => [EditorialSelectionType], {
    description:
      'admin: the home order rewritten at once, `ids` being every selection first shown first; BAD_USER_INPUT when they changed meanwhile. Returns every selection in the new order',
  })
  async reorderEditorialSelections(
    @Arg('ids', () => [ID]) ids: string[],
    @Ctx() ctx: Context,
  ): Promise<EditorialSelectionType[]> {
    const viewer = await requireViewer(ctx);
    const rows = await new SelectionService(ctx.db).reorder(viewer.userId, ids.map(selectionId));
    return rows.map(toSelectionType);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'admin: deletes a selection' })
  async deleteEditorialSelection(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const viewer = await requireViewer(ctx);
    await new SelectionService(ctx.db).remove(viewer.userId, selectionId(id));
    return true;
  }

  @FieldResolver(() => [OfferType], {
    description: 'The listed offers young people can see now, in order (hidden ones left out)',
  })
  async offers(
    @Root() selection: EditorialSelectionType,
    @Ctx() ctx: Context,
  ): Promise<OfferType[]> {
    const rows = await ctx.loaders.offer.loadMany(selection.offerIds.map(Number));
    return rows.flatMap((row) =>
      row && !(row instanceof Error) && isOfferVisible(row) ? [toOfferType(row)] : [],
    );
  }
}
