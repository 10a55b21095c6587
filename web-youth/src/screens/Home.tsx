import { useQuery } from '@apollo/client/react';
import { Button, CheckInbox, ErrorAlert, Page } from '@passculture/ui';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ActivationNotice } from '../components/ActivationNotice';
import { HomeModuleRow } from '../components/HomeModuleRow';
import { LocationPicker } from '../components/LocationPicker';
import { CreditSummary } from '../components/WalletCard';
import { useSearchLocation } from '../lib/location-store';
import type { YouthUser } from '../me';
import { categoriesQuery, homeQuery } from '../queries';

/**
 * Home: hello, the credit, where the person is, then the discovery feed — modules of offers
 * (près de toi, cette semaine, gratuit, dernières places, sélections de l'équipe, pour
 * changer, nouveautés) in one query. Without a place it shows national and digital offers
 * and invites to choose one. Before the address is confirmed, « Vérifie ta boîte mail ».
 */
export default function Home({ me }: { me: YouthUser }) {
  const [location] = useSearchLocation();
  const [changing, setChanging] = useState(false);
  const navigate = useNavigate();
  const categories = useQuery(categoriesQuery);
  const around = location ? { latitude: location.latitude, longitude: location.longitude } : null;
  const feed = useQuery(homeQuery, {
    variables: { input: { around } },
    skip: !me.emailConfirmed,
  });
  const modules = feed.data?.home.modules ?? [];

  if (!me.emailConfirmed) {
    return (
      <CheckInbox email={me.email} variant="page">
        <p>
          En attendant, tu peux déjà <Link to="/recherche">explorer les offres</Link>.
        </p>
      </CheckInbox>
    );
  }

  return (
    <Page title={`Bonjour ${me.firstName}`}>
      {me.wallet ? <CreditSummary wallet={me.wallet} /> : <ActivationNotice me={me} />}

      {location && !changing ? (
        <section className="card home-where" aria-labelledby="where-heading">
          <h2 id="where-heading">Autour de toi</h2>
          <p>
            Les offres autour de <strong>{location.label}</strong>.
          </p>
          <div className="button-row">
            <Link to="/decouvrir" className="button button-primary">
              Découvrir une offre à la fois
            </Link>
            <Link to="/recherche" className="button button-secondary">
              Chercher
            </Link>
            <Button variant="secondary" onClick={() => setChanging(true)}>
              Changer de lieu
            </Button>
          </div>
        </section>
      ) : (
        <div className="home-invite">
          {!location && (
            <p className="alert alert-info home-invite-text">
              Dis-nous où tu es pour voir ce qui se passe près de chez toi. En attendant, voici des
              offres partout en France et en ligne.
            </p>
          )}
          <LocationPicker onChosen={() => void navigate('/recherche')} />
          {!location && (
            <p>
              <Link to="/decouvrir">Découvrir une offre à la fois</Link>
            </p>
          )}
        </div>
      )}

      {feed.error && <ErrorAlert error={feed.error} onRetry={() => void feed.refetch()} />}
      {feed.loading && !feed.data && (
        <p className="hint" role="status">
          Chargement des offres…
        </p>
      )}
      {feed.data && modules.length === 0 && (
        <p className="card">Aucune offre pour le moment : reviens bientôt ou change de lieu.</p>
      )}
      {modules.map((module) => (
        <HomeModuleRow key={module.id} module={module} />
      ))}

      {categories.data && categories.data.categories.length > 0 && (
        <section aria-labelledby="categories-heading">
          <h2 id="categories-heading">Envie de…</h2>
          <ul className="chip-list">
            {categories.data.categories.map((category) => (
              <li key={category.id}>
                <Link className="chip" to={`/recherche?cat=${encodeURIComponent(category.id)}`}>
                  {category.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  );
}
