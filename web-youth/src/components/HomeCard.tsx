import { formatShortDateTime } from '@passculture/client';
import { useId } from 'react';
import { Link } from 'react-router';
import type { HomeCardFieldsFragment } from '../gql/graphql';
import { formatDistance, formatRemaining, priceFrom } from '../lib/format';
import { OfferVisual } from './OfferVisual';

/** The soonest date of an event offer, if any. */
export function nextDate(offer: Pick<HomeCardFieldsFragment, 'stocks'>): string | null {
  const dates = offer.stocks
    .map((stock) => stock.beginsAt)
    .filter((value): value is string => value !== null)
    .sort();
  return dates[0] ?? null;
}

/** Fewest places left over the offer's dates, when limited. */
export function fewestLeft(offer: Pick<HomeCardFieldsFragment, 'stocks'>): number | null {
  const left = offer.stocks
    .map((s) => s.remainingQuantity)
    .filter((value): value is number => value !== null);
  return left.length ? Math.min(...left) : null;
}

export function whereLabel(
  offer: Pick<HomeCardFieldsFragment, 'isDigital' | 'venue'>,
  distanceMeters: number | null,
): string {
  if (offer.isDigital || offer.venue.isVirtual) return 'En ligne';
  return distanceMeters !== null ? formatDistance(distanceMeters) : offer.venue.city;
}

/** A card of a home module: picture slot, category, title (opens the offer), where, price, when. */
export function HomeCard({
  offer,
  distanceMeters,
  showPlacesLeft = false,
}: {
  offer: HomeCardFieldsFragment;
  distanceMeters: number | null;
  showPlacesLeft?: boolean;
}) {
  const titleId = useId();
  const price = priceFrom(offer.stocks.map((s) => s.priceCents));
  const date = nextDate(offer);
  const left = showPlacesLeft ? formatRemaining(fewestLeft(offer)) : null;
  return (
    <article className="home-card" aria-labelledby={titleId}>
      <OfferVisual image={offer.image} categoryId={offer.subcategory.categoryId} />
      <div className="home-card-body">
        <p className="home-card-category">{offer.subcategory.label}</p>
        <h3 id={titleId} className="home-card-title">
          <Link to={`/offre/${offer.id}`} className="home-card-link">
            {offer.name}
          </Link>
        </h3>
        <p className="home-card-where">
          {offer.venue.isVirtual ? 'Offre numérique' : offer.venue.name}
          {' · '}
          {whereLabel(offer, distanceMeters)}
        </p>
        <p className="home-card-facts">
          {price && <span className="home-card-price">{price}</span>}
          {date && <span>{formatShortDateTime(date)}</span>}
          {left && <span className="home-card-left">{left}</span>}
          {offer.isDuo && <span className="badge">Duo</span>}
        </p>
      </div>
    </article>
  );
}
