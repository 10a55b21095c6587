import { Link } from 'react-router';
import { describeWallet, type Wallet } from '../wallet';

/** The young person's credit in full: what is left, the caps, the expiry (profile). */
export function WalletCard({ wallet }: { wallet: Wallet }) {
  const view = describeWallet(wallet);
  return (
    <section className="card wallet" aria-labelledby="wallet-heading">
      <h2 id="wallet-heading">Ton crédit</h2>
      {view.expired ? (
        <p className="alert alert-warning">
          Ton crédit a expiré le {view.expiresOn} : tu ne peux plus l'utiliser pour réserver. Les
          offres gratuites restent réservables.
        </p>
      ) : (
        <p className="wallet-remaining">
          <span className="wallet-amount">{view.remaining}</span>
          <span>à dépenser</span>
        </p>
      )}
      <dl className="facts">
        <dt>Dispositif</dt>
        <dd>{view.policy}</dd>
        <dt>Crédit de départ</dt>
        <dd>{view.initial}</dd>
        {view.expired && (
          <>
            <dt>Crédit restant</dt>
            <dd>{view.remaining}</dd>
          </>
        )}
        {view.digitalRemaining !== null && (
          <>
            <dt>Encore possible en offres numériques</dt>
            <dd>{view.digitalRemaining}</dd>
          </>
        )}
        {view.physicalRemaining !== null && (
          <>
            <dt>Encore possible en biens physiques</dt>
            <dd>{view.physicalRemaining}</dd>
          </>
        )}
        <dt>{view.expired ? 'A expiré le' : "Valable jusqu'au"}</dt>
        <dd>{view.expiresOn}</dd>
      </dl>
      {(view.digitalRemaining !== null || view.physicalRemaining !== null) && (
        <p className="hint">
          Les offres numériques (streaming, jeux en ligne, presse…) et les biens physiques (livres,
          disques, instruments…) ont chacun leur plafond dans ton crédit. Les sorties (cinéma,
          concerts, spectacles…) comptent seulement dans le total.
        </p>
      )}
    </section>
  );
}

/** One line for the home: what is left, with a link to the details. */
export function CreditSummary({ wallet }: { wallet: Wallet }) {
  const view = describeWallet(wallet);
  return (
    <section className="card wallet" aria-labelledby="credit-summary-heading">
      <h2 id="credit-summary-heading">Ton crédit</h2>
      {view.expired ? (
        <p>
          Ton crédit a expiré le {view.expiresOn}. Tu peux encore réserver les offres gratuites.
        </p>
      ) : (
        <>
          <p className="wallet-remaining">
            <span className="wallet-amount">{view.remaining}</span>
            <span>à dépenser jusqu'au {view.expiresOn}</span>
          </p>
        </>
      )}
      <p className="card-link">
        <Link to="/profil">Voir le détail de mon crédit</Link>
      </p>
    </section>
  );
}
