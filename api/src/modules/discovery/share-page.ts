import { findSubcategory } from '../catalog/categories.js';
import type { OfferRow, PublicVenueRow } from '../catalog/catalog.rows.js';
import type { ImageRow } from '../media/image.queries.js';
import { imageUrl, toImageType, widthFor } from '../media/image.types.js';

/**
 * The preview a messaging app shows for a shared link: Open Graph and Twitter meta tags
 * written into the young people's app page by the server, which then loads the app.
 * Every value is escaped for an HTML attribute or text; only visible offers and venues
 * get one (the caller checks): anything else gets the app's own page, naming nothing.
 */

export interface SharePreview {
  title: string;
  description: string;
  /** Absolute URL of the picture, when there is one. */
  imageUrl: string | null;
  /** Absolute URL of the page, when the public origin is known. */
  url: string | null;
  /** « Dès 12,00 € », « Gratuit ». */
  price: string | null;
  /** « Le Trianon, Paris », « En ligne ». */
  place: string | null;
  type: 'product' | 'place';
}

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const DESCRIPTION_MAX = 200;

/** Text safe inside an HTML attribute value (double-quoted) or element. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export function priceLabel(minPriceCents: number | null): string | null {
  if (minPriceCents === null) return null;
  return minPriceCents === 0 ? 'Gratuit' : `Dès ${euros.format(minPriceCents / 100)}`;
}

/**
 * The picture of an offer or venue for previews: the absolute URL of its largest JPEG (every
 * messaging app reads JPEG), when it has an image and the public origin is known.
 */
export function previewImageUrl(image: ImageRow | null, publicUrl: string | null): string | null {
  if (!image || !publicUrl) return null;
  const jpeg = imageUrl(image.key, widthFor(toImageType(image), 1200), 'jpg');
  return `${publicUrl.replace(/\/$/, '')}${jpeg}`;
}

function placeOf(venue: PublicVenueRow): string {
  if (venue.isVirtual) return 'En ligne';
  const name = venue.publicName || venue.name;
  return venue.city ? `${name}, ${venue.city}` : name;
}

export function offerPreview(
  offer: OfferRow,
  venue: PublicVenueRow,
  minPriceCents: number | null,
  image: ImageRow | null,
  publicUrl: string | null,
): SharePreview {
  const price = priceLabel(minPriceCents);
  const place = placeOf(venue);
  const category = findSubcategory(offer.subcategoryId)?.label ?? null;
  const facts = [category, place, price].filter(Boolean).join(' · ');
  const description = offer.description ? `${facts} — ${offer.description}` : facts;
  return {
    title: shorten(offer.name, 140),
    description: shorten(description, DESCRIPTION_MAX),
    imageUrl: previewImageUrl(image, publicUrl),
    url: publicUrl ? `${publicUrl.replace(/\/$/, '')}/offre/${offer.id}` : null,
    price,
    place,
    type: 'product',
  };
}

export function venuePreview(
  venue: PublicVenueRow,
  image: ImageRow | null,
  publicUrl: string | null,
): SharePreview {
  const place = [venue.address, [venue.postalCode, venue.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return {
    title: shorten(venue.publicName || venue.name, 140),
    description: shorten(
      `Les offres de ce lieu sur le pass Culture${place ? ` — ${place}` : ''}.`,
      DESCRIPTION_MAX,
    ),
    imageUrl: previewImageUrl(image, publicUrl),
    url: publicUrl ? `${publicUrl.replace(/\/$/, '')}/lieu/${venue.id}` : null,
    price: null,
    place: place || null,
    type: 'place',
  };
}

/** The meta tags of a preview, escaped. */
export function metaTags(preview: SharePreview): string {
  const tags: [attribute: 'property' | 'name', key: string, value: string | null][] = [
    ['property', 'og:site_name', 'pass Culture'],
    ['property', 'og:locale', 'fr_FR'],
    ['property', 'og:type', preview.type === 'product' ? 'product' : 'place'],
    ['property', 'og:title', preview.title],
    ['property', 'og:description', preview.description],
    ['property', 'og:url', preview.url],
    ['property', 'og:image', preview.imageUrl],
    ['property', 'product:price:label', preview.price],
    ['name', 'description', preview.description],
    ['name', 'twitter:card', preview.imageUrl ? 'summary_large_image' : 'summary'],
    ['name', 'twitter:title', preview.title],
    ['name', 'twitter:description', preview.description],
    ['name', 'twitter:image', preview.imageUrl],
    ['name', 'twitter:label1', preview.price ? 'Prix' : null],
    ['name', 'twitter:data1', preview.price],
    ['name', 'twitter:label2', preview.place ? 'Où' : null],
    ['name', 'twitter:data2', preview.place],
  ];
  return tags
    .filter(([, , value]) => value !== null)
    .map(
      ([attribute, key, value]) => `<meta ${attribute}="${key}" content="${escapeHtml(value!)}">`,
    )
    .join('\n    ');
}

const FALLBACK_PAGE = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>pass Culture</title>
  </head>
  <body><p><a href="/">Ouvrir le pass Culture</a></p></body>
</html>`;

/**
 * The app's page with the preview's tags (and title) in its head; without a preview, the
 * app's page as it is. `appPage`: the built web-youth index.html, when there is one.
 */
export function pageWithPreview(appPage: string | null, preview: SharePreview | null): string {
  const page = appPage ?? FALLBACK_PAGE;
  if (!preview) return page;
  // The app's own description gives way to the offer's.
  const withoutDescription = page.replace(/<meta\s+name="description"[^>]*>\s*/i, '');
  const title = `<title>${escapeHtml(preview.title)} — pass Culture</title>`;
  const withTitle = /<title>[^<]*<\/title>/i.test(withoutDescription)
    ? withoutDescription.replace(/<title>[^<]*<\/title>/i, () => title)
    : withoutDescription.replace(/<\/head>/i, () => `  ${title}\n  </head>`);
  return withTitle.replace(/<\/head>/i, () => `  ${metaTags(preview)}\n  </head>`);
}
