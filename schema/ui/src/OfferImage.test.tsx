import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OfferImage, VenueImage, type ImageData } from './OfferImage';

const IMAGE: ImageData = {
  url: '/images/abc/800.jpg',
  srcset: '/images/abc/160.jpg 160w, /images/abc/400.jpg 400w, /images/abc/800.jpg 800w',
  sources: [
    { type: 'image/avif', srcset: '/images/abc/160.avif 160w, /images/abc/400.avif 400w' },
    { type: 'image/webp', srcset: '/images/abc/160.webp 160w, /images/abc/400.webp 400w' },
  ],
  alt: 'Affiche du concert : une guitare rouge',
  width: 800,
  height: 1067,
  credit: 'Photo : Studio',
};

describe('OfferImage', () => {
  it('renders a picture with AVIF and WebP sources, a JPEG fallback, sizes and intrinsic size', () => {
    const { container } = render(
      <OfferImage image={IMAGE} categoryId="MUSIQUE_LIVE" sizes="(min-width: 48rem) 12rem, 30vw" />,
    );
    const sources = [...container.querySelectorAll('picture source')];
    expect(sources.map((s) => s.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    expect(sources.every((s) => s.getAttribute('sizes') === '(min-width: 48rem) 12rem, 30vw')).toBe(
      true,
    );
    const img = container.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('/images/abc/800.jpg');
    expect(img.getAttribute('srcset')).toBe(IMAGE.srcset);
    expect(img.getAttribute('alt')).toBe(IMAGE.alt);
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['800', '1067']);
    // Below the fold by default: the browser waits until it is about to be seen.
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(container.querySelector('svg')).toBeNull();
  });

  it('loads at once when it is above the fold', () => {
    const { container } = render(
      <OfferImage image={IMAGE} categoryId="LIVRE" sizes="100vw" priority />,
    );
    const img = container.querySelector('img')!;
    expect(img.getAttribute('loading')).toBe('eager');
    expect(img.getAttribute('fetchpriority')).toBe('high');
  });

  it("draws the category's illustration, hidden from screen readers, when there is no image", () => {
    const { container } = render(<OfferImage image={null} categoryId="CINEMA" sizes="100vw" />);
    expect(container.querySelector('img')).toBeNull();
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('data-category')).toBe('CINEMA');
    expect(svg.getAttribute('viewBox')).toBe('0 0 300 400');
    expect(container.firstElementChild!.className).toContain('media-frame-offer');
  });

  it('still draws something for a category it does not know', () => {
    const { container } = render(<OfferImage image={null} categoryId="NOUVEAU" sizes="100vw" />);
    expect(container.querySelector('svg')!.getAttribute('data-category')).toBe('DEFAULT');
  });
});

describe('a card’s light image', () => {
  it('needs only a srcset: JPEG source from it, the shape’s ratio, decorative', () => {
    const { container } = render(
      <OfferImage
        image={{ srcset: '/images/k/160.jpg 160w, /images/k/400.jpg 400w, /images/k/800.jpg 800w' }}
        categoryId="LIVRE"
        sizes="88px"
      />,
    );
    const img = container.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('/images/k/400.jpg');
    expect(img.getAttribute('alt')).toBe('');
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1200', '1600']);
    expect(container.querySelectorAll('source')).toHaveLength(0);
  });
});

describe('VenueImage', () => {
  it('illustrates a venue by its type, landscape', () => {
    const { container } = render(<VenueImage image={null} venueType="MOVIE" sizes="100vw" />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('data-category')).toBe('CINEMA');
    expect(svg.getAttribute('viewBox')).toBe('0 0 300 200');
  });
});
