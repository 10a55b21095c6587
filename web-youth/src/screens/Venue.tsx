import { useQuery } from '@apollo/client/react';
import { Button, ErrorAlert, Loading, Page, VenueImage } from '@passculture/ui';
import { ShareButton } from '../components/ShareButton';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { OfferCard } from '../components/OfferCard';
import { formatList } from '@passculture/client';
import { formatDistance } from '../lib/format';
import { distanceMeters } from '../lib/location';
import { useSearchLocation } from '../lib/location-store';
import { venueQuery } from '../queries';

/** A venue and its bookable offers. */
export default function Venue() {
  const { id = '' } = useParams();
  const [location] = useSearchLocation();
  // `after: null` sent explicitly: the API rejects an omitted cursor as invalid.
  const { data, error, refetch, fetchMore } = useQuery(venueQuery, {
    variables: { id, after: null },
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);

  if (!data) {
    if (error)
      return (
        <Page title="Un problème est survenu">
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        </Page>
      );
    return <Loading label="Chargement du lieu…" />;
  }
  const venue = data.venue;
  if (!venue) {
    return (
      <Page title="Lieu introuvable">
        <p>Ce lieu n'existe pas ou ne propose plus d'offres.</p>
        <p>
          <Link to="/recherche">Chercher des offres</Link>
        </p>
      </Page>
    );
  }
  const distance = location && venue.location ? distanceMeters(location, venue.location) : null;
  const accessible = (
    [
      ['motor', 'moteur'],
      ['visual', 'visuel'],
      ['hearing', 'auditif'],
      ['mental', 'psychique ou mental'],
    ] as const
  )
    .filter(([key]) => venue.accessibility[key])
    .map(([, label]) => label);
  const { edges, pageInfo } = venue.offers;

  async function more() {
    if (!pageInfo.endCursor || loadingMore) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await fetchMore({ variables: { id, after: pageInfo.endCursor } });
    } catch (failure) {
      setMoreError(failure);
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <Page title={venue.name}>
      <figure className="page-image page-image-venue">
        <VenueImage
          image={venue.image}
          venueType={venue.venueType}
          sizes="(min-width: 672px) 640px, calc(100vw - 32px)"
          priority
        />
        {venue.image?.credit && (
          <figcaption className="media-credit">© {venue.image.credit}</figcaption>
        )}
      </figure>
      <p className="venue-address">
        {venue.address && (
          <>
            {venue.address}
            <br />
          </>
        )}
        {venue.postalCode} {venue.city}
        {distance !== null && (
          <>
            <br />
            {formatDistance(distance).replace(/^à/, 'À')} de {location?.label}
          </>
        )}
      </p>
      <p>
        {accessible.length === 0
          ? "Ce lieu n'a pas indiqué d'accessibilité particulière."
          : `Accessible en cas de handicap ${formatList(accessible)}.`}
      </p>
      <ShareButton title={venue.name} path={`/lieu/${venue.id}`} label="Partager ce lieu" />
      <section aria-labelledby="venue-offers-heading">
        <h2 id="venue-offers-heading">Offres de ce lieu</h2>
        {edges.length === 0 ? (
          <p>Ce lieu n'a pas d'offre réservable en ce moment.</p>
        ) : (
          <ul className="offer-list">
            {edges.map((edge, index) => (
              <li key={edge.node.id}>
                <OfferCard offer={edge.node} distanceMeters={distance} imagePriority={index < 2} />
              </li>
            ))}
          </ul>
        )}
        {moreError !== null && <ErrorAlert error={moreError} onRetry={() => void more()} />}
        {pageInfo.hasNextPage && (
          <Button variant="secondary" block busy={loadingMore} onClick={() => void more()}>
            {loadingMore ? 'Chargement…' : "Voir plus d'offres"}
          </Button>
        )}
      </section>
    </Page>
  );
}
