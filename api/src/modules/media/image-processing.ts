import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import sharp, { type Metadata, type OutputInfo } from 'sharp';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { BoundedWorkQueue } from '../../shared/work-queue.js';

/**
 * From the bytes a pro sent to the files young people load. The bytes are judged, never
 * the name or the declared type: JPEG, PNG, WebP or AVIF only, at most MAX_BYTES and
 * MAX_PIXELS (read from the header before any pixel is decoded, and enforced again by
 * libvips while decoding: a decompression bomb stops at the header). The image is turned
 * upright, cropped to the ratio it is shown at, and written without any metadata (EXIF,
 * GPS, XMP, ICC comments) as AVIF, WebP and JPEG at a few widths, plus a JPEG master (the
 * "original": upright, stripped, uncropped, at most 2400 px on its longest side, never
 * served) to derive other sizes or crops from later.
 */

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const MAX_IMAGE_PIXELS = 40_000_000;
/** Widths derived from every image, when it is at least that wide. */
export const IMAGE_WIDTHS = [160, 400, 800, 1200] as const;
export const IMAGE_FORMATS = ['avif', 'webp', 'jpg'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];
export const CONTENT_TYPES: Record<ImageFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
};
/** Bump when renditions change: their keys (so their URLs) change with it. */
const PIPELINE_VERSION = 2;

/** What an image illustrates, and the ratio (width / height) it is shown at. */
export type ImageSubject = 'offer' | 'venue';
export const IMAGE_RATIOS: Record<ImageSubject, { width: number; height: number }> = {
  /** Portrait, like a poster or a book cover. */
  offer: { width: 3, height: 4 },
  /** Landscape, like a façade or a hall. */
  venue: { width: 3, height: 2 },
};
/** Longest side of the kept master ("original"): twice the largest rendition. */
const MASTER_MAX_SIDE = 2400;
/** The smallest crop accepted: the 400 px rendition must come from real pixels. */
export const MIN_CROP_WIDTH = 400;

export type SniffedType = 'jpeg' | 'png' | 'webp' | 'avif';

/** The type the first bytes announce, or null for anything else (GIF, SVG, HEIC, PDF…). */
export function sniffImageType(bytes: Buffer): SniffedType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return 'jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'png';
  if (bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP')
    return 'webp';
  // ISO-BMFF: a `ftyp` box whose major or compatible brands name AVIF (not HEIC).
  if (bytes.length >= 16 && bytes.toString('latin1', 4, 8) === 'ftyp') {
    const boxSize = Math.min(bytes.readUInt32BE(0), bytes.length, 256);
    const brands = [bytes.toString('latin1', 8, 12)];
    for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(bytes.toString('latin1', at, at + 4));
    if (brands.some((brand) => brand === 'avif' || brand === 'avis')) return 'avif';
  }
  return null;
}

export interface CropRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A refusal of the file itself: an HTTP status and one French sentence for the pro. */
export class ImageRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ImageRefusal';
  }
}

export const REFUSALS = {
  type: () =>
    new ImageRefusal(
      415,
      "Ce fichier n'est pas une image JPEG, PNG, WebP ou AVIF : enregistrez-la dans l'un de ces formats.",
    ),
  size: () => new ImageRefusal(413, "Cette image dépasse 10 Mo : réduisez-la avant de l'envoyer."),
  pixels: (width: number, height: number) =>
    new ImageRefusal(
      422,
      `Cette image est trop grande (${width} × ${height} pixels, plus de 40 mégapixels) : réduisez-la avant de l'envoyer.`,
    ),
  small: (subject: ImageSubject) => {
    const { width, height } = IMAGE_RATIOS[subject];
    const minHeight = Math.round((MIN_CROP_WIDTH * height) / width);
    return new ImageRefusal(
      422,
      `Cette image est trop petite : il faut au moins ${MIN_CROP_WIDTH} × ${minHeight} pixels une fois recadrée.`,
    );
  },
  corrupt: () =>
    new ImageRefusal(422, 'Cette image est illisible ou endommagée : essayez-en une autre.'),
  crop: () =>
    new ImageRefusal(400, "Le recadrage demandé sort de l'image ou n'a pas le bon format."),
};

export interface Rendition {
  width: number;
  height: number;
  format: ImageFormat;
  bytes: Buffer;
}

export interface ProcessedImage {
  /** Content address of the renditions: the same bytes and crop always give the same key. */
  key: string;
  /** Content address of the upright, stripped, full-size master. */
  originalKey: string;
  original: Buffer;
  renditions: Rendition[];
  /** Widths derived, smallest first. */
  widths: number[];
  /** Size of the largest rendition. */
  width: number;
  height: number;
}

const DECODE_OPTIONS = {
  limitInputPixels: MAX_IMAGE_PIXELS,
  sequentialRead: true,
  failOn: 'error' as const,
  autoOrient: true,
};

// One libvips thread per image and no operation cache: the memory of a job is its own
// pixels, and the queue below bounds how many jobs hold some at once.
sharp.cache(false);
sharp.concurrency(1);

const cores = Math.max(1, availableParallelism());
/**
 * The process's image queue: half the cores decode at once (the rest serve requests),
 * four uploads a core may wait; beyond that an upload is refused as busy.
 */
export const imageQueue = new BoundedWorkQueue(
  Math.max(1, Math.floor(cores / 2)),
  4 * cores,
  () =>
    new AppError(
      ErrorCode.RATE_LIMITED,
      "Beaucoup d'images sont en cours de traitement : réessayez dans quelques secondes.",
    ),
);

/** Where the crop goes: the one asked for, checked, or the largest centred one. */
export function cropFor(
  subject: ImageSubject,
  imageWidth: number,
  imageHeight: number,
  asked: CropRect | null,
): CropRect {
  const ratio = IMAGE_RATIOS[subject].width / IMAGE_RATIOS[subject].height;
  if (asked) {
    const { left, top, width, height } = asked;
    const values = [left, top, width, height];
    if (
      values.some((v) => !Number.isInteger(v) || v < 0) ||
      width < 1 ||
      height < 1 ||
      left + width > imageWidth ||
      top + height > imageHeight ||
      // 2 % of slack: the pro's crop box is drawn in CSS pixels and rounded.
      Math.abs(width / height / ratio - 1) > 0.02
    ) {
      throw REFUSALS.crop();
    }
    return asked;
  }
  const width = Math.min(imageWidth, Math.floor(imageHeight * ratio));
  const height = Math.min(imageHeight, Math.round(width / ratio));
  return {
    left: Math.floor((imageWidth - width) / 2),
    top: Math.floor((imageHeight - height) / 2),
    width,
    height,
  };
}

/** Decodes, checks, crops and encodes one upload, in the process's bounded queue. */
export async function processImage(
  bytes: Buffer,
  subject: ImageSubject,
  crop: CropRect | null,
): Promise<ProcessedImage> {
  if (bytes.length > MAX_IMAGE_BYTES) throw REFUSALS.size();
  const type = sniffImageType(bytes);
  if (!type) throw REFUSALS.type();
  return imageQueue.run(() => processSniffed(bytes, type, subject, crop));
}

async function processSniffed(
  bytes: Buffer,
  type: SniffedType,
  subject: ImageSubject,
  asked: CropRect | null,
): Promise<ProcessedImage> {
  let metadata: Metadata;
  try {
    // The header only: no pixel is decoded here.
    metadata = await sharp(bytes, { ...DECODE_OPTIONS, limitInputPixels: false }).metadata();
  } catch {
    throw REFUSALS.corrupt();
  }
  const decoder = metadata.format === 'heif' ? 'avif' : metadata.format;
  if (decoder !== type || (type === 'avif' && metadata.compression !== 'av1')) {
    throw REFUSALS.type();
  }
  if (metadata.width * metadata.height > MAX_IMAGE_PIXELS) {
    throw REFUSALS.pixels(metadata.width, metadata.height);
  }
  const { width: uprightWidth, height: uprightHeight } = metadata.autoOrient;
  const rect = cropFor(subject, uprightWidth, uprightHeight, asked);
  if (rect.width < MIN_CROP_WIDTH) throw REFUSALS.small(subject);

  const ratio = IMAGE_RATIOS[subject];
  const masterWidth = Math.min(rect.width, Math.max(...IMAGE_WIDTHS));
  const widths = IMAGE_WIDTHS.filter((w) => w <= masterWidth);
  const heightOf = (width: number) => Math.round((width * ratio.height) / ratio.width);

  const decode = () => sharp(bytes, DECODE_OPTIONS);
  // Resized first, cropped after: the decoder then shrinks while it reads (JPEG and WebP
  // decode at 1/2, 1/4, 1/8 scale), so a 40-megapixel photo never sits whole in memory.
  const scale = masterWidth / rect.width;
  const scaledWidth = Math.max(masterWidth, Math.round(uprightWidth * scale));
  const scaledHeight = Math.max(heightOf(masterWidth), Math.round(uprightHeight * scale));
  const scaledCrop = {
    left: Math.min(Math.round(rect.left * scale), scaledWidth - masterWidth),
    top: Math.min(Math.round(rect.top * scale), scaledHeight - heightOf(masterWidth)),
    width: masterWidth,
    height: heightOf(masterWidth),
  };
  let master: { data: Buffer; info: OutputInfo };
  let original: Buffer;
  try {
    // One decode for every rendition: the crop at the largest width, as raw sRGB pixels
    // (1200 × 1600 × 3 bytes at most), transparent areas on white.
    master = await decode()
      .resize(scaledWidth, scaledHeight, { fit: 'fill' })
      .extract(scaledCrop)
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    // The master kept to derive sizes from later: upright, stripped, uncropped, at most
    // twice the largest width (a full-size 40-megapixel re-encode would hold ~250 MB).
    original = await decode()
      .resize({
        width: MASTER_MAX_SIDE,
        height: MASTER_MAX_SIDE,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 90 })
      .toBuffer();
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) {
      throw REFUSALS.pixels(metadata.width, metadata.height);
    }
    throw REFUSALS.corrupt();
  }

  const raw = {
    raw: {
      width: master.info.width,
      height: master.info.height,
      channels: master.info.channels,
    },
  };
  const renditions: Rendition[] = [];
  for (const width of widths) {
    const height = heightOf(width);
    const resized = () => sharp(master.data, raw).resize(width, height, { fit: 'fill' });
    // Low encoder efforts: measured here, AVIF at effort 1 takes a sixth of effort 2's time
    // for files as small, WebP at 2 and plain progressive JPEG a third and a seventh of
    // their defaults' for 5 % more bytes (npm run bench:images).
    const encoded = await Promise.all([
      resized().avif({ quality: 50, effort: 1 }).toBuffer(),
      resized().webp({ quality: 78, effort: 2 }).toBuffer(),
      resized().jpeg({ quality: 80, progressive: true }).toBuffer(),
    ]);
    IMAGE_FORMATS.forEach((format, index) =>
      renditions.push({ width, height, format, bytes: encoded[index]! }),
    );
  }

  const uploadHash = sha256(bytes);
  const key = sha256(
    Buffer.from(
      JSON.stringify([
        PIPELINE_VERSION,
        uploadHash,
        subject,
        rect.left,
        rect.top,
        rect.width,
        rect.height,
      ]),
    ),
  ).slice(0, 40);
  return {
    key,
    originalKey: sha256(original).slice(0, 40),
    original,
    renditions,
    widths,
    width: masterWidth,
    height: heightOf(masterWidth),
  };
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
