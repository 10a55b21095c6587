import { OfferImage, type ImageData } from '@passculture/ui';

/**
 * The picture slot of a home or Découvrir card, at a fixed ratio so nothing moves when
 * pictures arrive: the offer's image cropped to fill it, or its category's illustration.
 * Decorative: the card names the offer and its category in text.
 */
export type VisualRatio = 'card' | 'full';

export function OfferVisual({
  image,
  categoryId,
  ratio = 'card',
  priority = false,
}: {
  image: ImageData | null | undefined;
  categoryId: string;
  ratio?: VisualRatio;
  priority?: boolean;
}) {
  return (
    <OfferImage
      className={`offer-visual offer-visual-${ratio}`}
      image={image}
      categoryId={categoryId}
      sizes={ratio === 'full' ? '(min-width: 40rem) 36rem, 100vw' : '16rem'}
      priority={priority}
    />
  );
}
