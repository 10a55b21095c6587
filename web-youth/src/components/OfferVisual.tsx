/**
 * The picture slot of an offer, at a fixed ratio so nothing moves when pictures arrive.
 * Until offers carry their own pictures, a gradient in the colours of the category stands
 * in (decorative: the card names the category in text). When the shared `OfferImage`
 * lands, this component renders it instead: one line to change, here.
 */
export type VisualRatio = 'card' | 'full';

/** Two colours a category, dark enough for white text laid over them. */
const GRADIENTS: Record<string, [string, string]> = {
  CINEMA: ['#3b0a57', '#a4136f'],
  FILM: ['#2d1b69', '#6b3fa0'],
  LIVRE: ['#0b4f6c', '#1f8a70'],
  MUSIQUE_LIVE: ['#8a0f6b', '#d9480f'],
  MUSIQUE_ENREGISTREE: ['#5c1a8c', '#c2255c'],
  SPECTACLE: ['#7a1f1f', '#c0392b'],
  MUSEE: ['#3d3a1e', '#8c6d1f'],
  PRATIQUE_ART: ['#1d4d2b', '#5c940d'],
  INSTRUMENT: ['#4a2c0f', '#a35d1b'],
  BEAUX_ARTS: ['#1e3a5f', '#4263eb'],
  CONFERENCE: ['#263238', '#546e7a'],
  JEU: ['#0f3d3e', '#0b7285'],
  MEDIA: ['#34245a', '#7048e8'],
  TECHNIQUE: ['#333333', '#666666'],
};
const DEFAULT_GRADIENT: [string, string] = ['#66094f', '#8a0f6b'];

export function categoryGradient(categoryId: string | null | undefined): string {
  const [from, to] = (categoryId && GRADIENTS[categoryId]) || DEFAULT_GRADIENT;
  return `linear-gradient(135deg, ${from}, ${to})`;
}

export function OfferVisual({
  categoryId,
  ratio = 'card',
}: {
  categoryId: string | null | undefined;
  ratio?: VisualRatio;
}) {
  return (
    <div
      className={`offer-visual offer-visual-${ratio}`}
      style={{ backgroundImage: categoryGradient(categoryId) }}
      aria-hidden="true"
    />
  );
}
