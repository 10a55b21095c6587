import {
  CategoryIllustration,
  IMAGE_RATIOS,
  illustrationOfVenueType,
  type ImageShape,
} from './CategoryIllustration';

/**
 * An image as the api serves it (the `Image` type). Only `srcset` is required: a list of
 * small cards asks for no more (each field of a card costs much in the api's query-cost
 * limit), and gets a JPEG `srcset`, the ratio from the shape (the api crops every image to
 * it) and an empty alt (the card's title beside it says what it is). A page's main image
 * asks for everything.
 */
export interface ImageData {
  /** Every width of the JPEG: `srcset` (JPEG by default). */
  srcset: string;
  /** A JPEG every browser reads: `url(width: 800)`; default: from `srcset`. */
  url?: string;
  /** AVIF then WebP: `sources { type srcset }`. */
  sources?: readonly { type: string; srcset: string }[];
  /** Omitted: the image is decorative where it is shown. */
  alt?: string;
  width?: number;
  height?: number;
  credit?: string | null;
}

/** The smallest file of a `srcset` at least `wanted` pixels wide (the largest when none is). */
export function srcFromSrcset(srcset: string, wanted = 400): string {
  const entries = srcset
    .split(',')
    .map((part) => part.trim().split(/\s+/))
    .map(([url = '', descriptor = '0w']) => ({ url, width: Number.parseInt(descriptor, 10) || 0 }))
    .filter((entry) => entry.url)
    .sort((a, b) => a.width - b.width);
  return (entries.find((entry) => entry.width >= wanted) ?? entries[entries.length - 1])?.url ?? '';
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
  const ratio = IMAGE_RATIOS[shape];
  // Without its own size, the shape's ratio at a nominal size: enough for the browser to
  // hold the frame's place before the file arrives.
  const width = image.width ?? ratio.width * 400;
  const height = image.height ?? ratio.height * 400;
  return (
    <picture>
      {(image.sources ?? []).map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcset} sizes={sizes} />
      ))}
      <img
        className="media-img"
        src={image.url ?? srcFromSrcset(image.srcset)}
        srcSet={image.srcset}
        sizes={sizes}
        alt={image.alt ?? ''}
        width={width}
        height={height}
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
