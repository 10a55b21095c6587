import { describeWallet, type Wallet } from './wallet';

/** The young person's credit, or why there is none yet. */
export function WalletCard({ wallet }: { wallet: Wallet | null }) {
  if (!wallet) {
    return (
      <section className="card wallet" aria-labelledby="wallet-heading">
        <h2 id="wallet-heading">Ton crédit</h2>
        <p>
          <strong>Ton crédit pass Culture n'est pas encore activé.</strong>
        </p>
        <p>
          Pour l'obtenir, termine ton inscription en vérifiant ton identité. Dès que ton éligibilité
          est confirmée, ton crédit apparaît ici et tu reçois un e-mail.
        </p>
      </section>
    );
  }

  const view = describeWallet(wallet);
  return (
    <section className="card wallet" aria-labelledby="wallet-heading">
      <h2 id="wallet-heading">Ton crédit</h2>
      {view.expired ? (
        <p className="alert alert-warning">
          Ton crédit a expiré le {view.expiresOn} : tu ne peux plus l'utiliser pour réserver.
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
        {!view.expired && (
          <>
            <dt>Valable jusqu'au</dt>
            <dd>{view.expiresOn}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
