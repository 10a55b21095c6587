import { SessionApp } from '@passculture/schema/react';
import { graphql } from './gql';
import { Home } from './Home';

export const meQuery = graphql(`
  query ProMe {
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
      product="pass Culture Pro"
      register="vous"
      meQuery={meQuery}
      requiredRole="PRO"
      accessDenied={{
        message: "Ce compte n'a pas accès à l'espace professionnel.",
        hint: "Connectez-vous avec le compte d'une structure culturelle partenaire.",
      }}
      login={{
        title: 'Connexion à votre espace',
        intro: 'Gérez vos offres, vos réservations et vos remboursements sur pass Culture Pro.',
      }}
      home={(me) => <Home me={me} />}
    />
  );
}
