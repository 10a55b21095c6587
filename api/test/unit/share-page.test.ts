import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import type { OfferRow, PublicVenueRow } from '../../src/modules/catalog/catalog.rows.js';
import {
  offerPreview,
  pageWithPreview,
  venuePreview,
} from '../../src/modules/discovery/share-page.js';
import type { ImageRow } from '../../src/modules/media/image.queries.js';

const offer: OfferRow = {
  id: 7,
  venueId: 3,
  subcategoryId: 'CONCERT',
  name: 'Jazz au parc',
  description: 'Un soir d’été.',
  url: null,
  isDuo: false,
  isActive: true,
  validation: 'APPROVED',
  offererValidated: true,
  author: null,
  performer: 'Trio Sud',
  stageDirector: null,
  ean: null,
  durationMinutes: null,
  language: null,
  ageAdvice: null,
};

const venue: PublicVenueRow = {
  id: 3,
  offererId: 1,
  name: 'Parc de la Villette',
  publicName: null,
  address: '211 avenue Jean Jaurès',
  postalCode: '75019',
  city: 'Paris',
  departmentCode: '75',
  latitude: 48.89,
  longitude: 2.39,
  venueType: 'CONCERT_HALL',
  isVirtual: false,
  motorAccessible: true,
  visualAccessible: false,
  hearingAccessible: false,
  mentalAccessible: false,
  offererValidated: true,
};

const image = (width: number): ImageRow => ({
  id: 1,
  offerId: 7,
  venueId: null,
  key: 'a'.repeat(64),
  originalKey: 'b'.repeat(64),
  width,
  height: Math.round((width * 4) / 3),
  bytes: 1000,
  alt: 'Affiche',
  credit: null,
});

describe('share previews', () => {
  it('show the largest JPEG of an offer’s image, as an absolute URL, and a large card', () => {
    const preview = offerPreview(offer, venue, 1500, image(1600), 'https://pass.example/');
    expect(preview.imageUrl).toBe(`https://pass.example/images/${'a'.repeat(64)}/1200.jpg`);
    const page = pageWithPreview('<html><head><title>x</title></head></html>', preview);
    expect(page).toContain(
      `<meta property="og:image" content="https://pass.example/images/${'a'.repeat(64)}/1200.jpg">`,
    );
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');
  });

  it('take the widest size an image small to begin with has', () => {
    const preview = offerPreview(offer, venue, null, image(500), 'https://pass.example');
    expect(preview.imageUrl).toBe(`https://pass.example/images/${'a'.repeat(64)}/400.jpg`);
  });

  it('name no picture without an image or without the public origin', () => {
    expect(offerPreview(offer, venue, 0, null, 'https://pass.example').imageUrl).toBeNull();
    expect(offerPreview(offer, venue, 0, image(1600), null).imageUrl).toBeNull();
    const page = pageWithPreview(
      '<html><head><title>x</title></head></html>',
      venuePreview(venue, null, null),
    );
    expect(page).not.toContain('og:image');
    expect(page).toContain('<meta name="twitter:card" content="summary">');
  });
});
