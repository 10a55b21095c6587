/**
 * Images for the seeds, drawn (seeds/artwork.ts), never downloaded: the demo pro's offers
 * and venues each get their own poster with their name; every other offer shares its
 * category's poster (one offer in three keeps the illustration, so both can be seen). Each
 * poster goes through the same pipeline as an upload.
 */
import type { Database, SqlClient } from '../src/db/sql.js';
import { CATEGORIES, subcategoriesOf } from '../src/modules/catalog/categories.js';
import { findSubcategory } from '../src/modules/catalog/categories.js';
import { processImage } from '../src/modules/media/image-processing.js';
import { attachToOffersWithoutImage } from '../src/modules/media/image.queries.js';
import { ImageService } from '../src/modules/media/image.service.js';
import type { ImageStore } from '../src/modules/media/image-store.js';
import { artworkPng } from './artwork.js';

/** Offers left with their category's illustration: those whose id is a multiple of it. */
const WITHOUT_IMAGE_EVERY = 3;
/** The demo pro's offers drawn one by one (the others share their category's poster). */
const SHOWCASE_OFFERS = 12;
const ARTWORK_CREDIT = 'Illustration générée pour la démonstration';

const unlimited = { take: async () => ({ giveBack: async () => undefined }) };

function service(db: Database, store: ImageStore): ImageService {
  return new ImageService(db, store, {
    uploads: unlimited,
    storageBytesPerOfferer: Number.MAX_SAFE_INTEGER,
  });
}

/** One poster per category, at offer ratio. */
async function categoryPosters() {
  const posters = [];
  for (const [index, category] of CATEGORIES.entries()) {
    const png = await artworkPng({
      title: category.label,
      palette: category.id,
      kicker: 'pass Culture',
      seed: 1000 + index,
      width: 800,
      height: 1067,
    });
    posters.push({ category, processed: await processImage(png, 'offer', null) });
  }
  return posters;
}

/**
 * The demo's images when the demo is there and has none yet (a first start, or one that
 * stopped half-way): null when there is nothing to do. Run after the api listens, it takes
 * a minute on a busy machine, while offers show their illustrations.
 */
export async function seedDemoImagesIfMissing(
  db: Database,
  store: ImageStore,
  proEmail: string,
): Promise<{ offers: number; venues: number } | null> {
  const [state] = await db.query<{ demo: boolean; images: boolean }>(
    `select exists (select 1 from app_user where email = $1) as demo,
            exists (select 1 from image) as images`,
    [proEmail],
  );
  if (!state?.demo || state.images) return null;
  return seedDemoImages(db, store, proEmail);
}

export async function seedDemoImages(
  db: Database,
  store: ImageStore,
  proEmail: string,
): Promise<{ offers: number; venues: number }> {
  const images = service(db, store);
  const offers = await db.query<{
    id: number;
    name: string;
    subcategoryId: string;
    offererId: number;
  }>(
    `select o.id, o.name, o.subcategory_id as "subcategoryId", v.offerer_id as "offererId"
       from offer o join venue v on v.id = o.venue_id
       join offerer_membership m on m.offerer_id = v.offerer_id and m.status = 'VALIDATED'
       join app_user u on u.id = m.user_id
      where u.email = $1 and not v.is_virtual
      order by o.id limit $2`,
    [proEmail, SHOWCASE_OFFERS],
  );
  for (const offer of offers) {
    const subcategory = findSubcategory(offer.subcategoryId);
    const png = await artworkPng({
      title: offer.name,
      palette: subcategory?.categoryId ?? 'VENUE',
      kicker: subcategory?.label,
      seed: offer.id,
      width: 800,
      height: 1067,
    });
    await images.keep(
      null,
      { offererId: offer.offererId, target: { offerId: offer.id }, subject: 'offer' },
      await processImage(png, 'offer', null),
      { alt: `Affiche illustrée de « ${offer.name} »`, credit: ARTWORK_CREDIT },
    );
  }
  const venues = await db.query<{
    id: number;
    name: string;
    city: string | null;
    offererId: number;
  }>(
    `select v.id, coalesce(v.public_name, v.name) as name, v.city, v.offerer_id as "offererId"
       from venue v
       join offerer_membership m on m.offerer_id = v.offerer_id and m.status = 'VALIDATED'
       join app_user u on u.id = m.user_id
      where u.email = $1 and not v.is_virtual
      order by v.id`,
    [proEmail],
  );
  for (const venue of venues) {
    const png = await artworkPng({
      title: venue.name,
      palette: 'VENUE',
      kicker: venue.city ?? undefined,
      seed: 50_000 + venue.id,
      width: 1200,
      height: 800,
    });
    await images.keep(
      null,
      { offererId: venue.offererId, target: { venueId: venue.id }, subject: 'venue' },
      await processImage(png, 'venue', null),
      { alt: `Illustration du lieu ${venue.name}`, credit: ARTWORK_CREDIT },
    );
  }
  let shared = 0;
  for (const { category, processed } of await categoryPosters()) {
    shared += await images.attachShared(
      processed,
      { alt: `Illustration : ${category.label}`, credit: ARTWORK_CREDIT },
      subcategoriesOf(category.id).map((s) => s.id),
      WITHOUT_IMAGE_EVERY,
    );
  }
  return { offers: offers.length + shared, venues: venues.length };
}

/**
 * The scale seed's images: the fourteen category posters, stored once, given to two offers
 * in three by one statement per category.
 */
export async function seedScaleImages(client: SqlClient, store: ImageStore): Promise<number> {
  let attached = 0;
  for (const { category, processed } of await categoryPosters()) {
    const bytes =
      processed.original.length + processed.renditions.reduce((sum, r) => sum + r.bytes.length, 0);
    await store.put(`originals/${processed.originalKey}.jpg`, processed.original);
    for (const r of processed.renditions) {
      await store.put(`${processed.key}/${r.width}.${r.format}`, r.bytes);
    }
    attached += await attachToOffersWithoutImage(
      client,
      {
        key: processed.key,
        originalKey: processed.originalKey,
        width: processed.width,
        height: processed.height,
        bytes,
        alt: `Illustration : ${category.label}`,
        credit: ARTWORK_CREDIT,
      },
      subcategoriesOf(category.id).map((s) => s.id),
      WITHOUT_IMAGE_EVERY,
    );
  }
  return attached;
}
