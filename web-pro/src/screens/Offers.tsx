import { useMutation, useQuery } from '@apollo/client/react';
import { OFFER_STATUS_LABELS, plural } from '@passculture/client';
import { Button, ErrorAlert, FormAlert, Loading, Page, SelectField } from '@passculture/ui';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { proErrorMessage } from '../lib/errors';
import {
  duplicateOfferMutation,
  myOfferersQuery,
  offersQuery,
  setOfferActiveMutation,
} from '../queries';

/** The pro's offers, drafts included, newest first, of one venue or all. */
export default function Offers() {
  const navigate = useNavigate();
  const [venueId, setVenueId] = useState('');
  const offerers = useQuery(myOfferersQuery);
  const offers = useQuery(offersQuery, { variables: { venueId: venueId || null } });
  const [setActive, activation] = useMutation(setOfferActiveMutation);
  const [duplicate, duplication] = useMutation(duplicateOfferMutation);
  const actionError = activation.error ?? duplication.error;
  const venues = (offerers.data?.myOfferers ?? []).flatMap((o) => o.venues);

  async function copy(id: string) {
    try {
      const result = await duplicate({ variables: { id } });
      await navigate(`/offres/${result.data!.duplicateOffer.id}`);
    } catch {
      // Shown above the list.
    }
  }

  const page = offers.data?.proOffers;
  return (
    <Page title="Vos offres">
      <p className="actions">
        <Link className="button button-primary" to="/offres/nouvelle">
          Créer une offre
        </Link>
      </p>
      <SelectField
        label="Lieu"
        value={venueId}
        onChange={(event) => setVenueId(event.target.value)}
      >
        <option value="">Tous les lieux</option>
        {venues.map((venue) => (
          <option key={venue.id} value={venue.id}>
            {venue.publicName || venue.name}
          </option>
        ))}
      </SelectField>
      <FormAlert>{actionError ? proErrorMessage(actionError) : null}</FormAlert>
      {offers.error ? (
        <ErrorAlert error={offers.error} onRetry={() => void offers.refetch()} />
      ) : !page ? (
        <Loading />
      ) : page.edges.length === 0 ? (
        <p>Aucune offre pour le moment : créez la première !</p>
      ) : (
        <>
          <ul className="offer-list">
            {page.edges.map(({ node: offer }) => (
              <li key={offer.id} className="card">
                <h2 className="card-title">
                  <Link to={`/offres/${offer.id}`}>{offer.name}</Link>
                </h2>
                <p>
                  {offer.subcategory.label} · {offer.venueName} ·{' '}
                  <strong>
                    {offer.isActive ? OFFER_STATUS_LABELS[offer.validation] : 'Désactivée'}
                  </strong>{' '}
                  · {plural(offer.stocks.length, offer.isEvent ? 'date' : 'stock')}
                </p>
                <p className="actions">
                  <Link className="button button-secondary" to={`/offres/${offer.id}`}>
                    Modifier<span className="visually-hidden"> {offer.name}</span>
                  </Link>
                  <Button variant="secondary" onClick={() => void copy(offer.id)}>
                    Dupliquer<span className="visually-hidden"> {offer.name}</span>
                  </Button>
                  {offer.validation !== 'DRAFT' && (
                    <Button
                      variant="secondary"
                      onClick={() =>
                        void setActive({
                          variables: { id: offer.id, isActive: !offer.isActive },
                        }).catch(() => undefined)
                      }
                    >
                      {offer.isActive ? 'Désactiver' : 'Réactiver'}
                      <span className="visually-hidden"> {offer.name}</span>
                    </Button>
                  )}
                </p>
              </li>
            ))}
          </ul>
          {page.pageInfo.hasNextPage && (
            <Button
              variant="secondary"
              onClick={() =>
                void offers.fetchMore({
                  variables: { after: page.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    proOffers: {
                      ...fetchMoreResult.proOffers,
                      edges: [...previous.proOffers.edges, ...fetchMoreResult.proOffers.edges],
                    },
                  }),
                })
              }
            >
              Afficher plus d'offres
            </Button>
          )}
        </>
      )}
    </Page>
  );
}
