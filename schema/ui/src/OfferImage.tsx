import {
  CategoryIllustration,
  IMAGE_RATIOS,
  illustrationOfVenueType,
  type ImageShape,
} from './CategoryIllustration';

/** An image as the api serves it (the `Image` type): ask for these fields. */
export interface ImageData {
  /** A JPEG every browser reads: `url(width: 800)`. */
  url: string;
  /** Every width of the JPEG: `srcset` (JPEG by default). */
  srcset: string;
  /** AVIF then WebP: `sources { type srcset }`. */
  sources: readonly { type: string; srcset: string }[];
  alt: string;
  width: number;
  height: number;
  credit?: string | null;
}

export interface ResponsiveImageProps {
  image: ImageData | null | undefined;
  /** The CSS width it takes, for the browser to choose a file, e.g. `(min-width: 48rem) 20rem, 100vw`. */
  sizes: string;
  /**
   * Above the fold (the first cards, a page's main image): loaded at once and early.
   * Otherwise it waits until it is about to be scrolled into view.
   */
  priority?: boolean;
  className?: string;
}

function Picture({
  image,
  sizes,
  priority,
  shape,
}: {
  image: ImageData;
  sizes: string;
  priority: boolean;
  shape: ImageShape;
}) {
  return (
    <picture>
      {image.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcset} sizes={sizes} />
      ))}
      <img
        className="media-img"
        src={image.url}
        srcSet={image.srcset}
        sizes={sizes}
        alt={image.alt}
        width={image.width}
        height={image.height}
        loading={priority ? 'eager' : 'lazy'}
        decoding="async"
        // React 19 passes it through as the HTML attribute.
        fetchPriority={priority ? 'high' : 'auto'}
        data-shape={shape}
      />
    </picture>
  );
}

export interface OfferImageProps extends ResponsiveImageProps {
  /** The offer's category id (`subcategory { categoryId }`): its illustration when it has no image. */
  categoryId: string;
}

/**
 * An offer's picture, portrait 3:4: its image in AVIF, WebP or JPEG at the width the
 * layout needs, or its category's illustration. The frame keeps its ratio before anything
 * loads (no layout shift).
 */
export function OfferImage({
  image,
  categoryId,
  sizes,
  priority = false,
  className,
}: OfferImageProps) {
  return (
    <div className={frameClass('offer', className)}>
      {image ? (
        <Picture image={image} sizes={sizes} priority={priority} shape="offer" />
      ) : (
        <CategoryIllustration categoryId={categoryId} shape="offer" />
      )}
    </div>
  );
}

export interface VenueImageProps extends ResponsiveImageProps {
  /** The venue's type (`MOVIE`, `BOOKSTORE`…): its illustration when it has no image. */
  venueType: string;
}

/** A venue's picture, landscape 3:2, or an illustration of its kind of place. */
export function VenueImage({
  image,
  venueType,
  sizes,
  priority = false,
  className,
}: VenueImageProps) {
  return (
    <div className={frameClass('venue', className)}>
      {image ? (
        <Picture image={image} sizes={sizes} priority={priority} shape="venue" />
      ) : (
        <CategoryIllustration categoryId={illustrationOfVenueType(venueType)} shape="venue" />
      )}
    </div>
  );
}

function frameClass(shape: ImageShape, className?: string): string {
  return ['media-frame', `media-frame-${shape}`, className].filter(Boolean).join(' ');
}

export { IMAGE_RATIOS };
