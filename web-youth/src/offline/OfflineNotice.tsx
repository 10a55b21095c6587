import { Page } from '@passculture/ui';
import { formatDateTime } from '@passculture/client';
import { useOffline } from './OfflineProvider';

/** Says, in words, that the screen shows what the phone kept, and from when. */
export function OfflineNotice() {
  const { offline, savedAt } = useOffline();
  if (!offline) return null;
  return (
    <div role="status" className="alert alert-info offline-notice">
      <p>
        <strong>Tu es hors connexion.</strong>{' '}
        {savedAt
          ? `Voici tes réservations telles qu'enregistrées sur ce téléphone le ${formatDateTime(savedAt)}.`
          : 'Voici tes réservations telles qu’enregistrées sur ce téléphone.'}{' '}
        Elles seront mises à jour dès le retour du réseau.
      </p>
    </div>
  );
}

const NOTHING_KEPT =
  "Tu es hors connexion et tes réservations n'ont pas encore été enregistrées sur ce téléphone. Reconnecte-toi à internet pour les afficher : elles resteront ensuite consultables sans réseau.";

/** Offline, with nothing kept on this phone yet: says so instead of loading forever. */
export function NothingKeptOffline({ title }: { title?: string }) {
  const message = (
    <p role="status" className="alert alert-info">
      {NOTHING_KEPT}
    </p>
  );
  return title ? <Page title={title}>{message}</Page> : message;
}
