import type { Database } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { requireOwnOffer, requireOwnVenue } from '../catalog/pro-access.queries.js';
import type { RateLimiter } from '../../shared/rate-limiter.js';
import { resubmitOffer } from '../pro/offer-status.js';
import {
  processImage,
  ImageRefusal,
  type CropRect,
  type ImageSubject,
  type ProcessedImage,
} from './image-processing.js';
import type { ImageStore } from './image-store.js';
import {
  attachToOffersWithoutImage,
  deleteImageOf,
  insertImage,
  isKeyUsed,
  lockImageKey,
  lockOffererAllowance,
  storedBytesOf,
  type ImageRow,
  type ImageTarget,
} from './image.queries.js';

export const ALT_MAX_LENGTH = 300;
export const CREDIT_MAX_LENGTH = 200;

export interface ImageTexts {
  alt: string;
  credit: string | null;
}

/** The alt text (required) and credit (optional), trimmed, or a French refusal. */
export function checkImageTexts(alt: string | undefined, credit: string | undefined): ImageTexts {
  const cleanAlt = (alt ?? '').trim();
  if (!cleanAlt || cleanAlt.length > ALT_MAX_LENGTH) {
    throw new ImageRefusal(
      400,
      `Décrivez l'image en quelques mots pour les personnes qui ne la voient pas (texte alternatif, ${ALT_MAX_LENGTH} caractères au plus).`,
    );
  }
  const cleanCredit = (credit ?? '').trim();
  if (cleanCredit.length > CREDIT_MAX_LENGTH) {
    throw new ImageRefusal(400, `Le crédit photo compte ${CREDIT_MAX_LENGTH} caractères au plus.`);
  }
  return { alt: cleanAlt, credit: cleanCredit || null };
}

export interface ImageOwner {
  offererId: number;
  target: ImageTarget;
  subject: ImageSubject;
}

export interface ImageLimits {
  /** Uploads per user per hour, counted before any byte is read. */
  uploads: RateLimiter;
  storageBytesPerOfferer: number;
}

/**
 * Images of offers and venues: who may change them, the limits, and keeping rows and
 * files in step. An image is processed completely before anything is written; the files
 * then go to the store and the row to the database in one transaction, so a failure
 * leaves neither (files written for a key no row names are removed at once).
 */
export class ImageService {
  constructor(
    private readonly db: Database,
    readonly store: ImageStore,
    private readonly limits: ImageLimits,
  ) {}

  /** The offerer of the pro's own offer or venue; NOT_FOUND for anything else. */
  async owner(userId: number, subject: ImageSubject, id: number): Promise<ImageOwner> {
    if (subject === 'offer') {
      const offer = await requireOwnOffer(this.db, userId, id);
      return { offererId: offer.offererId, target: { offerId: id }, subject };
    }
    const venue = await requireOwnVenue(this.db, userId, id);
    return { offererId: venue.offererId, target: { venueId: id }, subject };
  }

  /** Counts one upload of the user (parallel ones included) or refuses it. */
  async takeUpload(userId: number): Promise<void> {
    if (!(await this.limits.uploads.take(String(userId)))) {
      throw new AppError(
        ErrorCode.RATE_LIMITED,
        "Vous avez envoyé beaucoup d'images en peu de temps : réessayez dans une heure.",
      );
    }
  }

  /** Processes and keeps the image, replacing the target's previous one. */
  async upload(
    userId: number | null,
    owner: ImageOwner,
    bytes: Buffer,
    texts: ImageTexts,
    crop: CropRect | null,
  ): Promise<ImageRow> {
    const processed = await processImage(bytes, owner.subject, crop);
    return this.keep(userId, owner, processed, texts);
  }

  /** Writes processed files and the row together; the previous image's files go if unused. */
  async keep(
    userId: number | null,
    owner: ImageOwner,
    processed: ProcessedImage,
    texts: ImageTexts,
  ): Promise<ImageRow> {
    const bytes =
      processed.original.length + processed.renditions.reduce((sum, r) => sum + r.bytes.length, 0);
    let previous: ImageRow | null = null;
    let written = false;
    try {
      const row = await this.db.transaction(async (tx) => {
        await lockOffererAllowance(tx, owner.offererId);
        previous = await deleteImageOf(tx, owner.target);
        const stored = await storedBytesOf(tx, owner.offererId);
        if (stored + bytes > this.limits.storageBytesPerOfferer) {
          throw new ImageRefusal(
            413,
            `L'espace réservé aux images de votre structure est plein (${megabytes(this.limits.storageBytesPerOfferer)} Mo) : retirez des images dont vous n'avez plus besoin.`,
          );
        }
        await lockImageKey(tx, processed.key);
        await lockImageKey(tx, processed.originalKey);
        written = true;
        await this.store.put(`originals/${processed.originalKey}.jpg`, processed.original);
        for (const r of processed.renditions) {
          await this.store.put(`${processed.key}/${r.width}.${r.format}`, r.bytes);
        }
        const inserted = await insertImage(tx, {
          offererId: owner.offererId,
          target: owner.target,
          uploadedBy: userId,
          key: processed.key,
          originalKey: processed.originalKey,
          width: processed.width,
          height: processed.height,
          bytes,
          alt: texts.alt,
          credit: texts.credit,
        });
        // A new picture is a new thing young people see: the offer goes through moderation
        // again exactly as an edit of its texts does (`resubmitOffer`: PENDING, so hidden,
        // when an admin's rule matches or it was rejected; drafts stay drafts).
        if ('offerId' in owner.target) await resubmitOffer(tx, owner.target.offerId);
        return inserted;
      });
      const replaced = previous as ImageRow | null;
      if (replaced) await this.removeFilesIfUnused(replaced);
      return row;
    } catch (error) {
      if (written) {
        await this.removeFilesIfUnused({
          key: processed.key,
          originalKey: processed.originalKey,
        });
      }
      throw error;
    }
  }

  /**
   * Stores one processed image once and gives it to every offer of these subcategories
   * without one (but one in `everyNth`): generated catalogues share a few images.
   */
  async attachShared(
    processed: ProcessedImage,
    texts: ImageTexts,
    subcategoryIds: readonly string[],
    everyNth: number,
  ): Promise<number> {
    const bytes =
      processed.original.length + processed.renditions.reduce((sum, r) => sum + r.bytes.length, 0);
    await this.store.put(`originals/${processed.originalKey}.jpg`, processed.original);
    for (const r of processed.renditions) {
      await this.store.put(`${processed.key}/${r.width}.${r.format}`, r.bytes);
    }
    return this.db.transaction((tx) =>
      attachToOffersWithoutImage(
        tx,
        {
          key: processed.key,
          originalKey: processed.originalKey,
          width: processed.width,
          height: processed.height,
          bytes,
          ...texts,
        },
        subcategoryIds,
        everyNth,
      ),
    );
  }

  /** Removes the pro's offer's or venue's image; false when it had none. */
  async remove(owner: ImageOwner): Promise<boolean> {
    const removed = await this.db.transaction((tx) => deleteImageOf(tx, owner.target));
    if (removed) await this.removeFilesIfUnused(removed);
    return removed !== null;
  }

  /** Deletes the files of keys no image names any more (another may share them). */
  private async removeFilesIfUnused(image: Pick<ImageRow, 'key' | 'originalKey'>): Promise<void> {
    for (const [key, prefix] of [
      [image.key, image.key],
      [image.originalKey, `originals/${image.originalKey}.jpg`],
    ] as const) {
      await this.db.transaction(async (tx) => {
        await lockImageKey(tx, key);
        if (!(await isKeyUsed(tx, key))) await this.store.removeAll(prefix);
      });
    }
  }
}

function megabytes(bytes: number): string {
  return String(Math.round(bytes / (1024 * 1024)));
}
