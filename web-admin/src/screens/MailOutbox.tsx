import { useQuery } from '@apollo/client/react';
import { ErrorAlert, Loading, Page } from '@passculture/ui';
import { useId, useState } from 'react';
import { graphql } from '../gql';
import type { MailKind, OutboxStatus } from '../gql/graphql';

export const outboxMessagesQuery = graphql(`
  query AdminOutboxMessages($status: OutboxStatus, $first: Int!) {
    outboxMessages(status: $status, first: $first) {
      id
      kind
      recipient
      status
      attempts
      subject
      text
      createdAt
      sentAt
      nextAttemptAt
      lastError
    }
  }
`);

const PAGE_SIZE = 50;

export const STATUS_LABELS: Record<OutboxStatus, string> = {
  PENDING: 'En attente',
  SENDING: 'En cours d’envoi',
  SENT: 'Envoyé',
  FAILED: 'Échec',
};

export const KIND_LABELS: Record<MailKind, string> = {
  BOOKING_CONFIRMED: 'Réservation confirmée',
  VENUE_NEW_BOOKING: 'Nouvelle réservation (lieu)',
  BOOKING_CANCELLED: 'Réservation annulée',
  EXPIRY_REMINDER: 'Rappel avant expiration',
  PRO_DAILY_SUMMARY: 'Récapitulatif quotidien (pro)',
  ACTIVATION_APPROVED: 'Crédit activé',
  ACTIVATION_REJECTED: 'Demande de crédit refusée',
  OFFER_REJECTED: 'Offre refusée par la modération',
  OFFERER_DECIDED: 'Décision sur une structure',
  MEMBERSHIP_DECIDED: 'Décision sur un rattachement',
  DEPARTMENT_OPENED: 'Ouverture du département',
};

const dateTime = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

function when(value: string | null): string {
  return value ? dateTime.format(new Date(value)) : '—';
}

/**
 * The emails of the outbox, newest first, with their status: what was sent, what waits for
 * its next attempt, what failed and why. Without SMTP the api writes each one as an .eml
 * file; here an admin reads them all the same.
 */
export function MailOutbox() {
  const id = useId();
  const [status, setStatus] = useState<OutboxStatus | ''>('');
  const { data, error, loading, refetch } = useQuery(outboxMessagesQuery, {
    variables: { status: status || null, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const messages = data?.outboxMessages;

  return (
    <Page title="E-mails envoyés">
      <p className="lead">
        Les {PAGE_SIZE} derniers e-mails de la plateforme (réservations, annulations, rappels…) et
        leur état d’envoi. Ouvrez une ligne pour lire le message.
      </p>
      <div className="button-row">
        <p>
          <label htmlFor={`${id}-status`}>État</label>{' '}
          <select
            id={`${id}-status`}
            value={status}
            onChange={(event) => setStatus(event.target.value as OutboxStatus | '')}
          >
            <option value="">Tous</option>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void refetch()}
          disabled={loading}
        >
          Actualiser
        </button>
      </div>

      {!messages ? (
        error ? (
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        ) : (
          <Loading label="Chargement des e-mails…" />
        )
      ) : (
        <>
          {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
          {messages.length === 0 ? (
            <p className="empty-state">
              {status
                ? `Aucun e-mail dans l’état « ${STATUS_LABELS[status]} ».`
                : 'Aucun e-mail pour le moment.'}
            </p>
          ) : (
            <ul className="mail-outbox-list">
              {messages.map((message) => (
                <li key={message.id}>
                  <details>
                    <summary>
                      <strong>{message.subject}</strong>
                      <br />
                      <span>
                        {KIND_LABELS[message.kind]} · à {message.recipient} · créé le{' '}
                        {when(message.createdAt)}
                      </span>
                      <br />
                      <span className={`status status-${message.status.toLowerCase()}`}>
                        {STATUS_LABELS[message.status]}
                      </span>{' '}
                      {message.status === 'SENT' && `le ${when(message.sentAt)}`}
                      {message.status === 'PENDING' &&
                        message.attempts > 0 &&
                        `nouvelle tentative le ${when(message.nextAttemptAt)}`}
                      {message.attempts > 0 &&
                        ` (${message.attempts} tentative${message.attempts > 1 ? 's' : ''})`}
                    </summary>
                    {message.lastError && (
                      <p className="alert alert-error">Dernière erreur : {message.lastError}</p>
                    )}
                    <pre className="mail-outbox-text">{message.text}</pre>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Page>
  );
}
