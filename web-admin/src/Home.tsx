import { AccountSummary, Page, type AccountSummaryProps } from '@passculture/schema/react';

export function Home({ me }: { me: AccountSummaryProps['user'] }) {
  return (
    <Page title={`Bonjour ${me.firstName}`}>
      <p className="lead">
        Bienvenue dans l'administration du pass Culture. Le suivi par département, la validation des
        structures et la modération des offres arrivent bientôt ici.
      </p>
      <AccountSummary user={me} />
    </Page>
  );
}
