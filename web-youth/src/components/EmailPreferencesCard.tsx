import { useMutation, useQuery } from '@apollo/client/react';
import { CheckboxField, ErrorAlert, Loading } from '@passculture/ui';
import { useId, useState } from 'react';
import { emailPreferencesQuery, updateEmailPreferencesMutation } from '../queries';

/**
 * Which emails the young person gets: reminders can be turned off; booking and
 * cancellation emails always go.
 */
export function EmailPreferencesCard() {
  const id = useId();
  const { data, error, refetch } = useQuery(emailPreferencesQuery);
  const [saved, setSaved] = useState<string | null>(null);
  const [update, { error: saveError }] = useMutation(updateEmailPreferencesMutation, {
    update(cache, { data: result }) {
      const me = data?.me;
      if (!me || !result) return;
      cache.writeQuery({
        query: emailPreferencesQuery,
        data: { me: { ...me, emailPreferences: result.updateEmailPreferences } },
      });
    },
  });
  const preferences = data?.me?.emailPreferences;

  async function toggle(nonEssential: boolean) {
    setSaved(null);
    try {
      // Optimistic: the box follows the click at once, and goes back if the save fails.
      await update({
        variables: { nonEssential },
        optimisticResponse: {
          updateEmailPreferences: { __typename: 'EmailPreferences', nonEssential },
        },
      });
      setSaved(
        nonEssential
          ? 'C’est enregistré : tu recevras les rappels par e-mail.'
          : 'C’est enregistré : tu ne recevras plus les rappels par e-mail.',
      );
    } catch {
      // saveError is shown below.
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>E-mails</h2>
      <p>
        Les e-mails de réservation et d’annulation te sont toujours envoyés : ils contiennent ton
        code de réservation.
      </p>
      {!preferences ? (
        error ? (
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        ) : (
          <Loading label="Chargement de tes préférences…" />
        )
      ) : (
        <>
          <CheckboxField
            label="Recevoir les rappels par e-mail"
            checked={preferences.nonEssential}
            aria-describedby={`${id}-hint`}
            onChange={(event) => void toggle(event.target.checked)}
          />
          <p id={`${id}-hint`} className="hint">
            Par exemple, un rappel 7 puis 5 jours avant la fin du délai pour retirer un livre ou un
            objet réservé.
          </p>
          {saveError && <ErrorAlert error={saveError} />}
          {saved && (
            <p role="status" className="alert alert-success">
              {saved}
            </p>
          )}
        </>
      )}
    </section>
  );
}
