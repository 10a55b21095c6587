import { SessionApp } from '@passculture/schema/react';
import { graphql } from './gql';
import { Home } from './Home';

export const meQuery = graphql(`
  query YouthMe {
    me {
      id
      firstName
      lastName
      email
      roles
      departmentCode
      wallet {
        policy
        initialCents
        remainingCents
        digitalRemainingCents
        physicalRemainingCents
        expiresAt
      }
    }
  }
`);

export function App() {
  return (
    <SessionApp
      product="pass Culture"
      register="tu"
      meQuery={meQuery}
      login={{
        title: 'Connecte-toi',
        intro:
          'Retrouve ton crédit pass Culture et réserve des sorties, des livres et plus encore.',
      }}
      home={(me) => <Home me={me} />}
    />
  );
}
