import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Resolver,
} from 'type-graphql';
import { requireViewer, type Context } from '../../graphql/context.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { offerIdByExternalRef } from '../catalog/offer-import.queries.js';
import { requireProId } from '../catalog/pro-access.js';
import { requireOwnVenue } from '../catalog/pro-access.queries.js';
import { Role } from '../identity/roles.js';
import { toProOfferType } from '../pro/pro-offer.resolver.js';
import { ProOfferService } from '../pro/pro-offer.service.js';
import { ProOfferType } from '../pro/pro-offer.types.js';
import { CATALOGUE_COLUMNS } from './import-format.js';
import { OfferImport } from './offer-import.js';

@InputType()
export class UpsertOfferInput {
  @Field(() => String, { nullable: true, description: 'EAN-13 of a book or record' })
  ean?: string | null;

  @Field(() => String)
  subcategoryId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int)
  priceCents!: number;

  @Field(() => Int, { nullable: true, description: 'Null: unlimited' })
  quantity?: number | null;

  @Field(() => Date, { nullable: true, description: 'Events: the date of this stock' })
  beginsAt?: Date | null;

  // The catalogue fields: omitted, kept as they are; null or empty, cleared.
  @Field(() => String, { nullable: true, description: 'A book’s author (200 characters)' })
  author?: string | null;

  @Field(() => String, { nullable: true, description: 'Artist, band, company (200 characters)' })
  performer?: string | null;

  @Field(() => String, { nullable: true, description: 'A play’s stage director (200 characters)' })
  stageDirector?: string | null;

  @Field(() => Int, { nullable: true, description: 'How long it lasts, 1-10,000 minutes' })
  durationMinutes?: number | null;

  @Field(() => String, { nullable: true, description: 'The language it is in (50 characters)' })
  language?: string | null;

  @Field(() => String, { nullable: true, description: 'Who it suits (100 characters)' })
  ageAdvice?: string | null;
}

@ObjectType('UpsertOfferResult')
export class UpsertOfferResult {
  @Field(() => String, { description: 'CREATED, UPDATED or UNCHANGED' })
  outcome!: string;

  @Field(() => ProOfferType)
  offer!: ProOfferType;
}

/** The euros cell of an import line: the same checks as a file's. */
function priceCell(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** The import's catalogue cells of the fields the input names (null: an empty cell). */
function catalogueCells(input: UpsertOfferInput): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const [column, field] of CATALOGUE_COLUMNS) {
    const value = input[field];
    if (value !== undefined) cells[column] = value === null ? '' : String(value);
  }
  return cells;
}

@Resolver()
export class OfferUpsertResolver {
  @Authorized(Role.PRO)
  @Mutation(() => UpsertOfferResult, {
    description:
      "pro or API key: the offer of the venue's own reference, created or its stock updated, as one line of an import",
  })
  async upsertOffer(
    @Arg('venueId', () => ID) venueId: string,
    @Arg('externalRef', () => String) externalRef: string,
    @Arg('input', () => UpsertOfferInput) input: UpsertOfferInput,
    @Ctx() ctx: Context,
  ): Promise<UpsertOfferResult> {
    const viewer = await requireViewer(ctx);
    const venue = await requireOwnVenue(ctx.db, viewer.userId, requireProId(venueId, 'venue'));
    const record = {
      lieu: String(venue.venueId),
      reference: externalRef,
      ean: input.ean ?? '',
      sous_categorie: input.subcategoryId,
      nom: input.name,
      description: input.description ?? '',
      prix: priceCell(input.priceCents),
      quantite:
        input.quantity === null || input.quantity === undefined ? '' : String(input.quantity),
      date: input.beginsAt ? input.beginsAt.toISOString() : '',
      ...catalogueCells(input),
    };
    const report = await new OfferImport(ctx.db, viewer.userId, { confirm: true }).run(
      (async function* () {
        yield { line: 1, record };
      })(),
    );
    const [line] = report.lines;
    if (!line || line.outcome === 'REJECTED') {
      throw new AppError(ErrorCode.BAD_USER_INPUT, line?.reason);
    }
    const offerId = await offerIdByExternalRef(ctx.db, venue.venueId, externalRef);
    if (offerId === null)
      throw new Error(`Offer ${externalRef} of venue ${venue.venueId} is missing`);
    const row = await new ProOfferService(ctx.db).offer(viewer.userId, offerId);
    return { outcome: line.outcome, offer: toProOfferType(row) };
  }
}
