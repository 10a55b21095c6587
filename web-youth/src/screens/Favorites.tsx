import { useQuery } from '@apollo/client/react';
import { ErrorAlert, Loading, Page } from '@passculture/ui';
import { Link } from 'react-router';
import { FavoriteButton } from '../components/FavoriteButton';
import { OfferCard } from '../components/OfferCard';
import { distanceMeters } from '../lib/location';
import { useSearchLocation } from '../lib/location-store';
import { myFavoritesQuery } from '../queries';

/** The offers put aside with « Ajouter aux favoris », last added first. */
export default function Favorites() {
  const [location] = useSearchLocation();
  const { data, error, refetch } = useQuery(myFavoritesQuery, {
    fetchPolicy: 'cache-and-network',
  });

  return (
    <Page title="Mes favoris">
      {!data ? (
        error ? (
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        ) : (
          <Loading label="Chargement de tes favoris…" />
        )
      ) : data.myFavorites.length === 0 ? (
        <div className="empty-state">
          <p>
            <strong>Tu n'as pas encore de favori.</strong>
          </p>
          <p>
            Sur la page d'une offre, appuie sur « Ajouter aux favoris » pour la retrouver ici
            facilement.
          </p>
          <p>
            <Link to="/recherche" className="button button-primary">
              Chercher des offres
            </Link>
          </p>
        </div>
      ) : (
        <>
          <p className="results-count">
            {data.myFavorites.length} offre{data.myFavorites.length > 1 ? 's' : ''} en favori.
          </p>
          <ul className="offer-list">
            {data.myFavorites.map((offer) => (
              <li key={offer.id}>
                <OfferCard
                  offer={offer}
                  distanceMeters={
                    location && offer.venue.location && !offer.venue.isVirtual
                      ? distanceMeters(location, offer.venue.location)
                      : null
                  }
                  actions={
                    <FavoriteButton
                      offerId={offer.id}
                      offerName={offer.name}
                      isFavorite={offer.isFavorite}
                      compact
                    />
                  }
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
