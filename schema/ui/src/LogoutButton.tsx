import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { errorCodeOf, errorMessage } from '@passculture/client';
import { useAppIdentity } from './context';
import { LogOutMutation } from './operations';
import { Button } from './controls';

/**
 * Ends the session (`logOut` clears the cookie), then resets the Apollo cache:
 * every active query refetches, so the app's `me` becomes null and it shows
 * the log-in screen.
 */
export function LogoutButton() {
  const client = useApolloClient();
  const { register } = useAppIdentity();
  const [logOut, { loading }] = useMutation(LogOutMutation);
  const [failure, setFailure] = useState<string | null>(null);

  async function handleClick() {
    if (loading) return;
    setFailure(null);
    try {
      await logOut();
    } catch (error) {
      // An expired session is as good as a closed one.
      if (errorCodeOf(error) !== 'UNAUTHENTICATED') {
        setFailure(errorMessage(error, register));
        return;
      }
    }
    // A failing refetch is shown by the query that failed.
    await client.resetStore().catch(() => undefined);
  }

  return (
    <div className="logout">
      <Button variant="secondary" busy={loading} onClick={() => void handleClick()}>
        {loading ? 'Déconnexion…' : 'Se déconnecter'}
      </Button>
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
    </div>
  );
}
