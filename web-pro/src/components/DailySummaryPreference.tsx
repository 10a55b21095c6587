import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessage } from '@passculture/client';
import { CheckboxField, ErrorAlert, Loading } from '@passculture/ui';
import { useId, useState } from 'react';
import { emailPreferencesQuery, updateDailySummaryMutation } from '../queries';

/** Whether the pro gets, each morning, an email of the previous day's bookings. */
export function DailySummaryPreference() {
  const id = useId();
  const { data, error, refetch } = useQuery(emailPreferencesQuery);
  const [update, { error: saveError }] = useMutation(updateDailySummaryMutation);
  const [saved, setSaved] = useState<string | null>(null);
  const me = data?.me;

  async function toggle(dailyBookingSummary: boolean) {
    if (!me) return;
    setSaved(null);
    const result = await update({
      variables: { dailyBookingSummary },
      optimisticResponse: {
        updateEmailPreferences: { __typename: 'EmailPreferences', dailyBookingSummary },
      },
      update(cache, { data: answer }) {
        if (!answer) return;
        cache.writeQuery({
          query: emailPreferencesQuery,
          data: {
            me: {
              ...me,
              emailPreferences: { ...me.emailPreferences, ...answer.updateEmailPreferences },
            },
          },
        });
      },
    }).catch(() => null);
    if (result?.data) {
      setSaved(
        dailyBookingSummary
          ? 'C’est enregistré : vous recevrez chaque matin le récapitulatif des réservations de la veille.'
          : 'C’est enregistré : vous ne recevrez plus le récapitulatif quotidien.',
      );
    }
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>E-mails</h2>
      {!me?.emailPreferences ? (
        error ? (
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        ) : (
          <Loading />
        )
      ) : (
        <>
          <CheckboxField
            label="Recevoir chaque matin le récapitulatif des réservations de la veille"
            checked={me.emailPreferences.dailyBookingSummary}
            onChange={(event) => void toggle(event.target.checked)}
          />
          {saveError && (
            <p role="alert" className="field-error">
              {errorMessage(saveError, 'vous')}
            </p>
          )}
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
