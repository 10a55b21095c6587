import { useQuery } from '@apollo/client/react';
import { formatEuros, OFFER_STATUS_LABELS, OFFERER_STATUS_LABELS } from '@passculture/client';
import { CheckInbox, ErrorAlert, Loading, Page } from '@passculture/ui';
import { Link } from 'react-router';
import { VENUE_TYPE_LABELS } from './lib/labels';
import { DailySummaryPreference } from './components/DailySummaryPreference';
import { myOfferersQuery, overviewQuery } from './queries';

export function Home({
  me,
}: {
  me: { firstName: string; email: string; emailConfirmed: boolean };
}) {
  if (!me.emailConfirmed) {
    return (
      <CheckInbox email={me.email} variant="page">
        <p>Vous pourrez ensuite inscrire ou rejoindre votre structure avec son numéro SIREN.</p>
      </CheckInbox>
    );
  }
  return <Dashboard me={me} />;
}

/** The confirmed pro's home: their structures, venues and the activity of their offers. */
function Dashboard({ me }: { me: { firstName: string } }) {
  const offerers = useQuery(myOfferersQuery);
  const overview = useQuery(overviewQuery, { variables: {} });

  return (
    <Page title={`Bonjour ${me.firstName}`}>
      <p className="lead">
        Vos structures, vos lieux et l'activité de vos offres sur pass Culture Pro.
      </p>
      <p className="actions">
        <Link className="button button-primary" to="/offres/nouvelle">
          Créer une offre
        </Link>
        <Link className="button button-secondary" to="/guichet">
          Valider une contremarque
        </Link>
      </p>

      <section aria-labelledby="structures-title">
        <h2 id="structures-title">Vos structures</h2>
        {offerers.error ? (
          <ErrorAlert error={offerers.error} onRetry={() => void offerers.refetch()} />
        ) : !offerers.data ? (
          <Loading />
        ) : offerers.data.myOfferers.length === 0 ? (
          <div className="card">
            <p>Vous n'êtes rattaché à aucune structure pour le moment.</p>
            <Link className="button button-primary" to="/structures/nouvelle">
              Inscrire ou rejoindre une structure
            </Link>
          </div>
        ) : (
          <>
            {offerers.data.myOfferers.map((offerer) => (
              <article key={offerer.id} className="card" aria-labelledby={`offerer-${offerer.id}`}>
                <h3 id={`offerer-${offerer.id}`}>{offerer.name}</h3>
                <p>
                  SIREN {offerer.siren} · Structure :{' '}
                  <strong>{OFFERER_STATUS_LABELS[offerer.status]}</strong>
                  {offerer.membershipStatus !== 'VALIDATED' && (
                    <>
                      {' '}
                      · Votre rattachement :{' '}
                      <strong>{OFFERER_STATUS_LABELS[offerer.membershipStatus]}</strong>
                    </>
                  )}
                </p>
                {offerer.status === 'NEW' && offerer.membershipStatus === 'VALIDATED' && (
                  <p className="hint">
                    Vous pouvez déjà préparer vos lieux et vos offres : elles seront visibles des
                    jeunes une fois la structure validée par le ministère.
                  </p>
                )}
                {offerer.membershipStatus === 'VALIDATED' && (
                  <>
                    <ul className="venue-list">
                      {offerer.venues.map((venue) => (
                        <li key={venue.id}>
                          {venue.isVirtual ? (
                            <span>
                              {venue.name} <span className="hint">(offres numériques)</span>
                            </span>
                          ) : (
                            <Link to={`/lieux/${venue.id}`}>{venue.publicName || venue.name}</Link>
                          )}{' '}
                          {!venue.isVirtual && (
                            <span className="hint">
                              {VENUE_TYPE_LABELS[venue.venueType]} · {venue.postalCode} {venue.city}
                            </span>
                          )}
                        </li>
                      ))}
                    </ul>
                    <Link to={`/lieux/nouveau?structure=${offerer.id}`}>Ajouter un lieu</Link>
                  </>
                )}
              </article>
            ))}
            <p>
              <Link to="/structures/nouvelle">Inscrire ou rejoindre une autre structure</Link>
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="activity-title">
        <h2 id="activity-title">Activité de vos offres</h2>
        {overview.error ? (
          <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />
        ) : !overview.data ? (
          <Loading />
        ) : overview.data.proOverview.offers.length === 0 ? (
          <p>Aucune offre pour le moment.</p>
        ) : (
          <>
            <div className="table-scroll" tabIndex={0} role="region" aria-label="Activité par lieu">
              <table>
                <caption className="visually-hidden">Activité par lieu</caption>
                <thead>
                  <tr>
                    <th scope="col">Lieu</th>
                    <th scope="col">Offres</th>
                    <th scope="col">Réservations</th>
                    <th scope="col">Chiffre d'affaires</th>
                  </tr>
                </thead>
                <tbody>
                  {overview.data.proOverview.venues.map((venue) => (
                    <tr key={venue.venueId}>
                      <th scope="row">{venue.venueName}</th>
                      <td>{venue.offers}</td>
                      <td>{venue.bookings}</td>
                      <td>{formatEuros(venue.revenueCents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div
              className="table-scroll"
              tabIndex={0}
              role="region"
              aria-label="Activité par offre"
            >
              <table>
                <caption className="visually-hidden">Activité par offre</caption>
                <thead>
                  <tr>
                    <th scope="col">Offre</th>
                    <th scope="col">Lieu</th>
                    <th scope="col">Statut</th>
                    <th scope="col">Réservations (validées)</th>
                    <th scope="col">Places restantes</th>
                    <th scope="col">Chiffre d'affaires</th>
                  </tr>
                </thead>
                <tbody>
                  {overview.data.proOverview.offers.slice(0, 20).map((offer) => (
                    <tr key={offer.offerId}>
                      <th scope="row">
                        <Link to={`/offres/${offer.offerId}`}>{offer.offerName}</Link>
                      </th>
                      <td>{offer.venueName}</td>
                      <td>
                        {offer.isActive ? OFFER_STATUS_LABELS[offer.validation] : 'Désactivée'}
                      </td>
                      <td>
                        {offer.bookings} ({offer.usedBookings})
                      </td>
                      <td>{offer.placesLeft ?? 'Illimitées'}</td>
                      <td>{formatEuros(offer.revenueCents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
      <DailySummaryPreference />
    </Page>
  );
}
