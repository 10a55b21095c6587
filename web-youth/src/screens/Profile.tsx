import { AccountSummary, Button, CheckInbox, LogoutButton, Page } from '@passculture/ui';
import { useState } from 'react';
import { AccountDataCards } from '../components/AccountDataCard';
import { ActivationNotice } from '../components/ActivationNotice';
import { EmailPreferencesCard } from '../components/EmailPreferencesCard';
import { LocationPicker } from '../components/LocationPicker';
import { WalletCard } from '../components/WalletCard';
import { useSearchLocation } from '../lib/location-store';
import { useMe } from '../me';

/** Profile: the credit in detail (or why there is none), search place, account, log-out, one's data. */
export default function Profile() {
  const me = useMe();
  const [location, setLocation] = useSearchLocation();
  const [changing, setChanging] = useState(false);
  if (!me) return null;

  return (
    <Page title="Mon profil">
      {!me.emailConfirmed ? (
        <CheckInbox email={me.email} />
      ) : me.wallet ? (
        <WalletCard wallet={me.wallet} />
      ) : (
        <ActivationNotice me={me} />
      )}
      {me.wallet && me.activationStatus !== 'ACTIVATED' && <ActivationNotice me={me} />}

      {changing || !location ? (
        <LocationPicker onChosen={() => setChanging(false)} />
      ) : (
        <section className="card" aria-labelledby="place-heading">
          <h2 id="place-heading">Ton lieu de recherche</h2>
          <p>
            Tu cherches autour de <strong>{location.label}</strong>. Ce choix est gardé sur cet
            appareil.
          </p>
          <div className="button-row">
            <Button variant="secondary" onClick={() => setChanging(true)}>
              Changer de lieu
            </Button>
            <Button variant="secondary" onClick={() => setLocation(null)}>
              Oublier ce lieu
            </Button>
          </div>
        </section>
      )}

      <AccountSummary user={me} />
      <EmailPreferencesCard />
      <section className="card" aria-labelledby="session-heading">
        <h2 id="session-heading">Déconnexion</h2>
        <p>Sur un appareil partagé, pense à te déconnecter après usage.</p>
        <LogoutButton />
      </section>
      <AccountDataCards />
    </Page>
  );
}
