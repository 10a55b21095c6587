import { useQuery } from '@apollo/client/react';
import { ErrorAlert, Loading, OfferImage, Page } from '@passculture/ui';
import { Fragment } from 'react';
import { Link, useParams } from 'react-router';
import { BookingPanel } from '../components/BookingPanel';
import { FavoriteButton } from '../components/FavoriteButton';
import { ShareButton } from '../components/ShareButton';
import type { YouthOfferQuery } from '../gql/graphql';
import {
  CATALOGUE_FIELD_LABELS,
  CATALOGUE_FIELDS,
  clockLabel,
  formatDateTime,
  formatDuration,
  formatList,
} from '@passculture/client';
import { formatDistance, priceFrom } from '../lib/format';
import { distanceMeters } from '../lib/location';
import { useSearchLocation } from '../lib/location-store';
import { offerQuery } from '../queries';

type OfferDetail = NonNullable<YouthOfferQuery['offer']>;

const ACCESSIBILITY: ReadonlyArray<
  [keyof Omit<OfferDetail['venue']['accessibility'], '__typename'>, string]
> = [
  ['motor', 'moteur'],
  ['visual', 'visuel'],
  ['hearing', 'auditif'],
  ['mental', 'psychique ou mental'],
];

/** An offer: what, where, when and for how much; favorite; booking. */
export default function Offer() {
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(offerQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });

  if (!data) {
    if (error)
      return (
        <Page title="Un problème est survenu">
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        </Page>
      );
    return <Loading label="Chargement de l'offre…" />;
  }
  const offer = data.offer;
  if (!offer) {
    return (
      <Page title="Offre introuvable">
        <p>Cette offre n'existe pas ou n'est plus proposée.</p>
        <p>
          <Link to="/recherche">Chercher d'autres offres</Link>
        </p>
      </Page>
    );
  }
  return <OfferView offer={offer} />;
}

function OfferView({ offer }: { offer: OfferDetail }) {
  const [location] = useSearchLocation();
  const venue = offer.venue;
  const distance =
    location && venue.location && !venue.isVirtual
      ? distanceMeters(location, venue.location)
      : null;
  const accessible = ACCESSIBILITY.filter(([key]) => venue.accessibility[key]).map(
    ([, label]) => label,
  );
  const price = priceFrom(offer.stocks.map((stock) => stock.priceCents));
  const datedStocks = offer.stocks.filter((stock) => stock.beginsAt !== null);
  const clock = clockLabel(venue.timeZone);
  const when = (iso: string) =>
    `${formatDateTime(iso, venue.timeZone)}${clock ? ` (${clock})` : ''}`;
  const facts = CATALOGUE_FIELDS.flatMap((field) => {
    const value = offer[field];
    if (value === null || value === undefined || value === '') return [];
    const shown = field === 'durationMinutes' ? formatDuration(Number(value)) : String(value);
    return [[CATALOGUE_FIELD_LABELS[field], shown] as const];
  });

  return (
    <Page title={offer.name}>
      <figure className="page-image">
        <OfferImage
          image={offer.image}
          categoryId={offer.subcategory.categoryId}
          sizes="(min-width: 416px) 384px, calc(100vw - 32px)"
          priority
        />
        {offer.image?.credit && (
          <figcaption className="media-credit">© {offer.image.credit}</figcaption>
        )}
      </figure>
      <p className="offer-kind">
        <span className="chip chip-static">{offer.subcategory.label}</span>
        {offer.isDuo && <span className="chip chip-static">Duo possible</span>}
        {offer.isDigital && <span className="chip chip-static">En ligne</span>}
      </p>
      {price && <p className="offer-price">{price}</p>}
      {datedStocks.length > 0 && (
        <p>
          {datedStocks.length === 1
            ? `Le ${when(datedStocks[0]!.beginsAt as string)}`
            : `${datedStocks.length} dates, à partir du ${when(datedStocks[0]!.beginsAt as string)}`}
        </p>
      )}
      <div className="offer-actions">
        {offer.stocks.length > 0 && (
          <a href="#reserver" className="button button-primary">
            Réserver
          </a>
        )}
        <FavoriteButton offerId={offer.id} offerName={offer.name} isFavorite={offer.isFavorite} />
        <ShareButton title={offer.name} path={`/offre/${offer.id}`} />
      </div>

      {offer.description && (
        <section aria-labelledby="about-heading" className="offer-section">
          <h2 id="about-heading">Description</h2>
          <p className="offer-description">{offer.description}</p>
        </section>
      )}

      {facts.length > 0 && (
        <section aria-labelledby="facts-heading" className="offer-section">
          <h2 id="facts-heading">En bref</h2>
          <dl className="facts offer-facts">
            {facts.map(([label, value]) => (
              <Fragment key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
      )}

      <section aria-labelledby="where-heading" className="offer-section">
        <h2 id="where-heading">{venue.isVirtual ? 'Où en profiter ?' : 'Où ?'}</h2>
        {venue.isVirtual ? (
          <p>
            C'est une offre numérique : elle s'utilise en ligne. Le lien d'accès apparaît dans ta
            réservation.
          </p>
        ) : (
          <>
            <p className="venue-address">
              <strong>{venue.name}</strong>
              <br />
              {venue.address && (
                <>
                  {venue.address}
                  <br />
                </>
              )}
              {venue.postalCode} {venue.city}
            </p>
            {distance !== null && (
              <p>
                {formatDistance(distance).replace(/^à/, 'À')} de {location?.label}
              </p>
            )}
            <p>
              <Link to={`/lieu/${venue.id}`}>Toutes les offres de ce lieu</Link>
            </p>
            <h3 className="subheading">Accessibilité</h3>
            <p>
              {accessible.length === 0
                ? "Ce lieu n'a pas indiqué d'accessibilité particulière. Contacte-le avant d'y aller si tu as besoin d'un accueil adapté."
                : `Ce lieu est accessible en cas de handicap ${formatList(accessible)}.`}
            </p>
          </>
        )}
      </section>

      <BookingPanel offer={offer} />
    </Page>
  );
}
