import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { OfferCardFieldsFragment } from '../gql/graphql';
import { formatShortDateTime } from '@passculture/client';
import { OfferImage } from '@passculture/ui';
import { formatDistance, priceFrom } from '../lib/format';

export interface OfferCardProps {
  offer: OfferCardFieldsFragment;
  /** Metres from the search point; null for digital offers or when unknown. */
  distanceMeters: number | null;
  /** Shown under the card (e.g. a « Retirer des favoris » button). */
  actions?: ReactNode;
  /** The first cards of a page: their image loads at once instead of lazily. */
  imagePriority?: boolean;
}

/** The next date of an event offer, if any. */
function nextDate(offer: OfferCardFieldsFragment): string | null {
  const dates = offer.stocks
    .map((stock) => stock.beginsAt)
    .filter((value): value is string => value !== null)
    .sort();
  return dates[0] ?? null;
}

/** One result: what, where, how far, how much, when. The whole card opens the offer. */
export function OfferCard({ offer, distanceMeters, actions, imagePriority }: OfferCardProps) {
  const titleId = useId();
  const price = priceFrom(offer.stocks.map((stock) => stock.priceCents));
  const date = nextDate(offer);
  const dateCount = offer.stocks.filter((stock) => stock.beginsAt !== null).length;
  let where: string;
  if (offer.isDigital || offer.venue.isVirtual) where = 'En ligne';
  else if (distanceMeters !== null) where = formatDistance(distanceMeters);
  else where = offer.venue.city;
  return (
    <article className="offer-card" aria-labelledby={titleId}>
      <OfferImage
        className="offer-card-image"
        image={offer.image}
        categoryId={offer.subcategory.categoryId}
        sizes="88px"
        priority={imagePriority}
      />
      <div className="offer-card-body">
        <p className="offer-card-category">{offer.subcategory.label}</p>
        <h3 id={titleId} className="offer-card-title">
          <Link to={`/offre/${offer.id}`} className="offer-card-link">
            {offer.name}
          </Link>
        </h3>
        <p className="offer-card-venue">
          {offer.venue.isVirtual ? 'Offre numérique' : `${offer.venue.name}, ${offer.venue.city}`}
        </p>
        <ul className="offer-card-facts">
          <li className="offer-card-distance">{where}</li>
          {price && <li className="offer-card-price">{price}</li>}
          {date && (
            <li>
              {formatShortDateTime(date, offer.venue.timeZone)}
              {dateCount > 1 && ` (+${dateCount - 1} date${dateCount > 2 ? 's' : ''})`}
            </li>
          )}
          {offer.isDuo && <li className="badge">Duo</li>}
        </ul>
        {actions && <div className="offer-card-actions">{actions}</div>}
      </div>
    </article>
  );
}
