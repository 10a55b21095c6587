import { SessionApp } from '@passculture/schema/react';
import { graphql } from './gql';
import { Home } from './Home';

export const meQuery = graphql(`
  query AdminMe {
    me {
      id
      firstName
      lastName
      email
      roles
      departmentCode
    }
  }
`);

export function App() {
  return (
    <SessionApp
      product="pass Culture — Administration"
      register="vous"
      meQuery={meQuery}
      requiredRole="ADMIN"
      accessDenied={{
        message: "Ce compte n'a pas accès à l'espace d'administration.",
        hint: "Connectez-vous avec un compte d'administration du pass Culture.",
      }}
      login={{
        title: "Connexion à l'administration",
        intro:
          'Suivez le déploiement du pass Culture, validez les structures et modérez les offres.',
      }}
      home={(me) => <Home me={me} />}
    />
  );
}
