import { ApolloClient, HttpLink, InMemoryCache, type TypePolicies } from '@apollo/client';

export interface ApolloClientOptions {
  /** Sent as the client name to the API (Apollo client awareness), e.g. `web-pro`. */
  name: string;
  /** The GraphQL endpoint; the API serves it on the same origin as the apps. */
  uri?: string;
  /** More cache type policies (e.g. pagination of a list field), merged with the shared ones. */
  typePolicies?: TypePolicies;
}

/**
 * The Apollo Client every app uses. The session lives in an httpOnly cookie set
 * by `logIn`, so requests go to the same origin with `credentials: 'same-origin'`
 * and no token ever reaches JavaScript.
 */
export function createApolloClient({
  name,
  uri = '/graphql',
  typePolicies = {},
}: ApolloClientOptions): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache({
      typePolicies: {
        // A wallet has no id: it belongs to its user, merge it in place.
        Wallet: { merge: true },
        ...typePolicies,
      },
    }),
    clientAwareness: { name },
  });
}

/**
 * The react-router `basename` for a Vite `base` (`import.meta.env.BASE_URL`):
 * without the trailing slash, so that `/pro` matches as well as `/pro/`.
 */
export function routerBasename(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '') || '/';
}
