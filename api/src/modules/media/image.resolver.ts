import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { OfferType, VenueType } from '../catalog/catalog.types.js';
import { PendingOffer } from '../moderation/moderation.types.js';
import { ProOfferType } from '../pro/pro-offer.types.js';
import { ProVenueType } from '../pro/structure.types.js';
import {
  ImageFileFormat,
  ImageSourceType,
  ImageType,
  imageUrl,
  sourcesOf,
  srcsetOf,
  toImageType,
  widthFor,
} from './image.types.js';

@Resolver(() => ImageType)
export class ImageResolver {
  @FieldResolver(() => String, {
    description: 'URL of the smallest file at least `width` pixels wide (the largest when none is)',
  })
  url(
    @Root() image: ImageType,
    @Arg('width', () => Int, { defaultValue: 800 }) width: number,
    @Arg('format', () => ImageFileFormat, { defaultValue: ImageFileFormat.JPEG })
    format: ImageFileFormat,
  ): string {
    if (width < 1 || width > 10_000) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        'La largeur demandée doit être entre 1 et 10 000.',
      );
    }
    return imageUrl(image.key, widthFor(image, width), format);
  }

  @FieldResolver(() => String, {
    description: "Every width of one format, for an <img>'s or a <source>'s srcset",
  })
  srcset(
    @Root() image: ImageType,
    @Arg('format', () => ImageFileFormat, { defaultValue: ImageFileFormat.JPEG })
    format: ImageFileFormat,
  ): string {
    return srcsetOf(image, format);
  }

  @FieldResolver(() => [ImageSourceType], {
    description: 'AVIF then WebP: the <source>s of a <picture> before its JPEG <img>',
  })
  sources(@Root() image: ImageType): ImageSourceType[] {
    return sourcesOf(image);
  }
}

async function offerImage(ctx: Context, offerId: string): Promise<ImageType | null> {
  const row = await ctx.loaders.offerImage.load(Number(offerId));
  return row ? toImageType(row) : null;
}

async function venueImage(ctx: Context, venueId: string): Promise<ImageType | null> {
  const row = await ctx.loaders.venueImage.load(Number(venueId));
  return row ? toImageType(row) : null;
}

const IMAGE_FIELD = {
  nullable: true,
  description: 'Null when it has none: show the illustration of its category',
};

@Resolver(() => OfferType)
export class OfferImageResolver {
  @FieldResolver(() => ImageType, IMAGE_FIELD)
  image(@Root() offer: OfferType, @Ctx() ctx: Context): Promise<ImageType | null> {
    return offerImage(ctx, offer.id);
  }
}

@Resolver(() => VenueType)
export class VenueImageResolver {
  @FieldResolver(() => ImageType, { nullable: true, description: 'Null when it has none' })
  image(@Root() venue: VenueType, @Ctx() ctx: Context): Promise<ImageType | null> {
    return venueImage(ctx, venue.id);
  }
}

@Resolver(() => ProOfferType)
export class ProOfferImageResolver {
  @FieldResolver(() => ImageType, IMAGE_FIELD)
  image(@Root() offer: ProOfferType, @Ctx() ctx: Context): Promise<ImageType | null> {
    return offerImage(ctx, offer.id);
  }
}

@Resolver(() => ProVenueType)
export class ProVenueImageResolver {
  @FieldResolver(() => ImageType, { nullable: true, description: 'Null when it has none' })
  image(@Root() venue: ProVenueType, @Ctx() ctx: Context): Promise<ImageType | null> {
    return venueImage(ctx, venue.id);
  }
}

@Resolver(() => PendingOffer)
export class PendingOfferImageResolver {
  @FieldResolver(() => ImageType, { nullable: true, description: 'What the moderator checks too' })
  image(@Root() offer: PendingOffer, @Ctx() ctx: Context): Promise<ImageType | null> {
    return offerImage(ctx, offer.id);
  }
}
