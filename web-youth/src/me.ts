import { useQuery } from '@apollo/client/react';
import type { YouthMeQuery } from './gql/graphql';
import { meQuery } from './queries';

export type YouthUser = NonNullable<YouthMeQuery['me']>;
export type YouthWallet = NonNullable<YouthUser['wallet']>;

/** The signed-in young person (already loaded by the session shell: read from the cache). */
export function useMe(): YouthUser | null {
  const { data } = useQuery(meQuery);
  return data?.me ?? null;
}
