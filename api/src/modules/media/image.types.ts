import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CONTENT_TYPES, IMAGE_WIDTHS, type ImageFormat } from './image-processing.js';
import type { ImageRow } from './image.queries.js';

export enum ImageFileFormat {
  AVIF = 'avif',
  WEBP = 'webp',
  JPEG = 'jpg',
}
registerEnumType(ImageFileFormat, {
  name: 'ImageFormat',
  description: 'File formats every image is served in (JPEG: the fallback every browser reads)',
});

@ObjectType('ImageSource', {
  description: 'One <source> of a <picture>: a format and its sizes',
})
export class ImageSourceType {
  @Field(() => String, { description: 'MIME type, e.g. image/avif' })
  type!: string;

  @Field(() => String, { description: 'URLs with their width descriptors (`… 400w, … 800w`)' })
  srcset!: string;
}

/** An offer's or a venue's image. Its files never change: a new image has new URLs. */
@ObjectType('Image')
export class ImageType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'What the image shows, for people who cannot see it' })
  alt!: string;

  @Field(() => String, { nullable: true, description: 'Photo credit or copyright' })
  credit!: string | null;

  @Field(() => Int, { description: 'Width of the largest file, in pixels' })
  width!: number;

  @Field(() => Int, { description: 'Height of the largest file, in pixels' })
  height!: number;

  @Field(() => [Int], { description: 'Widths it is served at, smallest first' })
  widths!: number[];

  /** Not exposed: the content address of its files. */
  key!: string;
}

export function toImageType(row: ImageRow): ImageType {
  return {
    id: String(row.id),
    alt: row.alt,
    credit: row.credit,
    width: row.width,
    height: row.height,
    widths: IMAGE_WIDTHS.filter((w) => w <= row.width),
    key: row.key,
  };
}

/** Path of one file: served by the api with `immutable` caching. */
export function imageUrl(key: string, width: number, format: ImageFormat): string {
  return `/images/${key}/${width}.${format}`;
}

/** The smallest width at least `wanted` (the largest when none is). */
export function widthFor(image: Pick<ImageType, 'widths'>, wanted: number): number {
  return image.widths.find((w) => w >= wanted) ?? image.widths[image.widths.length - 1]!;
}

export function srcsetOf(image: Pick<ImageType, 'key' | 'widths'>, format: ImageFormat): string {
  return image.widths.map((w) => `${imageUrl(image.key, w, format)} ${w}w`).join(', ');
}

export function sourcesOf(image: Pick<ImageType, 'key' | 'widths'>): ImageSourceType[] {
  return (['avif', 'webp'] as const).map((format) => ({
    type: CONTENT_TYPES[format],
    srcset: srcsetOf(image, format),
  }));
}

/** What the upload route answers: the GraphQL shape, with the URLs filled in. */
export function imageJson(row: ImageRow) {
  const image = toImageType(row);
  return {
    id: image.id,
    alt: image.alt,
    credit: image.credit,
    width: image.width,
    height: image.height,
    widths: image.widths,
    url: imageUrl(image.key, widthFor(image, 800), 'jpg'),
    srcset: srcsetOf(image, 'jpg'),
    sources: sourcesOf(image),
  };
}
