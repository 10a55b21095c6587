import { AccountSummary, Page, type AccountSummaryProps } from '@passculture/schema/react';
import type { Wallet } from './wallet';
import { WalletCard } from './WalletCard';

export interface YouthUser extends Readonly<AccountSummaryProps['user']> {
  wallet: Wallet | null;
}

export function Home({ me }: { me: YouthUser }) {
  return (
    <Page title={`Bonjour ${me.firstName}`}>
      <p className="lead">
        Bienvenue sur le pass Culture. La recherche d'offres autour de toi et tes réservations
        arrivent bientôt ici.
      </p>
      <WalletCard wallet={me.wallet} />
      <AccountSummary user={me} />
    </Page>
  );
}
