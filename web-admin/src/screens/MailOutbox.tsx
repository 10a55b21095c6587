import { useMutation, useQuery } from '@apollo/client/react';
import { formatNumericDateTime } from '@passculture/client';
import { Button, ErrorAlert, Loading, Page, SelectField } from '@passculture/ui';
import { useState } from 'react';
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
      failedAt
      nextAttemptAt
      lastError
    }
  }
`);

export const resendOutboxMessageMutation = graphql(`
  mutation AdminResendOutboxMessage($id: ID!) {
    resendOutboxMessage(id: $id) {
      id
      status
      attempts
      failedAt
      nextAttemptAt
    }
  }
`);

/** The worker gave up on these: an admin may send them again. */
const RESENDABLE: readonly OutboxStatus[] = ['UNCERTAIN', 'FAILED'];

const PAGE_SIZE = 50;

export const STATUS_LABELS: Record<OutboxStatus, string> = {
  PENDING: 'En attente',
  SENDING: 'En cours d’envoi',
  SENT: 'Envoyé',
  FAILED: 'Échec',
  UNCERTAIN: 'Envoi incertain',
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
  BOOKING_DATE_CHANGED: 'Date d’un évènement modifiée',
  EMAIL_CONFIRMATION: 'Confirmation d’adresse e-mail',
  SIGN_UP_ATTEMPT: 'Inscription avec une adresse déjà utilisée',
};

function when(value: string | null): string {
  return value ? formatNumericDateTime(value) : '—';
}

/**
 * The emails of the outbox, newest first, with their status: what was sent, what waits for
 * its next attempt, what failed and why. Without SMTP the api writes each one as an .eml
 * file; here an admin reads them all the same.
 */
export function MailOutbox() {
  const [status, setStatus] = useState<OutboxStatus | ''>('');
  const { data, error, loading, refetch } = useQuery(outboxMessagesQuery, {
    variables: { status: status || null, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const messages = data?.outboxMessages;
  const [resend, resending] = useMutation(resendOutboxMessageMutation);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function confirmResend(messageId: string, subject: string) {
    setNotice(null);
    try {
      await resend({ variables: { id: messageId } });
      setConfirming(null);
      setNotice(`« ${subject} » sera renvoyé dans les prochaines minutes.`);
      await refetch();
    } catch {
      // Shown by the alert below (resending.error).
    }
  }

  return (
    <Page title="E-mails envoyés">
      <p className="lead">
        Les {PAGE_SIZE} derniers e-mails de la plateforme (réservations, annulations, rappels…) et
        leur état d’envoi. Ouvrez une ligne pour lire le message. Un envoi « incertain » a échoué
        après que le serveur de messagerie a peut-être reçu le message : il n’est pas renvoyé
        automatiquement, pour ne pas l’envoyer deux fois. Vous pouvez le renvoyer vous-même.
      </p>
      <p role="status" className={notice ? 'alert' : undefined}>
        {notice}
      </p>
      {resending.error && <ErrorAlert error={resending.error} />}
      <div className="button-row">
        <SelectField
          label="État"
          fieldClassName="field-inline"
          value={status}
          onChange={(event) => setStatus(event.target.value as OutboxStatus | '')}
        >
          <option value="">Tous</option>
          {Object.entries(STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <Button variant="secondary" onClick={() => void refetch()} disabled={loading}>
          Actualiser
        </Button>
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
                      {RESENDABLE.includes(message.status) && `le ${when(message.failedAt)}`}
                      {message.status === 'PENDING' &&
                        message.attempts > 0 &&
                        `nouvelle tentative le ${when(message.nextAttemptAt)}`}
                      {message.attempts > 0 &&
                        ` (${message.attempts} tentative${message.attempts > 1 ? 's' : ''})`}
                    </summary>
                    {message.lastError && (
                      <p className="alert alert-error">Dernière erreur : {message.lastError}</p>
                    )}
                    {RESENDABLE.includes(message.status) &&
                      (confirming === message.id ? (
                        <div className="button-row">
                          <p>
                            {message.status === 'UNCERTAIN'
                              ? `${message.recipient} l’a peut-être déjà reçu. Le renvoyer quand même ?`
                              : `Renvoyer ce message à ${message.recipient} ?`}
                          </p>
                          <Button
                            disabled={resending.loading}
                            onClick={() => void confirmResend(message.id, message.subject)}
                          >
                            Confirmer le renvoi
                          </Button>
                          <Button variant="secondary" onClick={() => setConfirming(null)}>
                            Annuler
                          </Button>
                        </div>
                      ) : (
                        <p>
                          <Button variant="secondary" onClick={() => setConfirming(message.id)}>
                            Renvoyer cet e-mail
                          </Button>
                        </p>
                      ))}
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
