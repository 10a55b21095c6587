import { useQuery } from '@apollo/client/react';
import { CheckInbox, Page } from '@passculture/ui';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ActivationNotice } from '../components/ActivationNotice';
import { LocationPicker } from '../components/LocationPicker';
import { CreditSummary } from '../components/WalletCard';
import { useSearchLocation } from '../lib/location-store';
import type { YouthUser } from '../me';
import { categoriesQuery } from '../queries';

/**
 * Home: hello, the credit (or why there is none yet), where to search, categories; before
 * the address is confirmed, « Vérifie ta boîte mail ».
 */
export default function Home({ me }: { me: YouthUser }) {
  const [location] = useSearchLocation();
  const [changing, setChanging] = useState(false);
  const navigate = useNavigate();
  const categories = useQuery(categoriesQuery);

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
        <section className="card" aria-labelledby="where-heading">
          <h2 id="where-heading">Autour de toi</h2>
          <p>
            Tu cherches autour de <strong>{location.label}</strong>.
          </p>
          <div className="button-row">
            <Link to="/recherche" className="button button-primary">
              Voir les offres autour de moi
            </Link>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setChanging(true)}
            >
              Changer de lieu
            </button>
          </div>
        </section>
      ) : (
        <LocationPicker onChosen={() => navigate('/recherche')} />
      )}

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
