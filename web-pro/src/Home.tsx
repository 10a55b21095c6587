import { AccountSummary, Page, type AccountSummaryProps } from '@passculture/schema/react';

export function Home({ me }: { me: AccountSummaryProps['user'] }) {
  return (
    <Page title={`Bonjour ${me.firstName}`}>
      <p className="lead">
        Bienvenue sur pass Culture Pro. Vos offres, vos réservations, le guichet et vos
        remboursements arrivent bientôt ici.
      </p>
      <AccountSummary user={me} />
    </Page>
  );
}
