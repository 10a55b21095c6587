import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MailOutbox, outboxMessagesQuery, resendOutboxMessageMutation } from './MailOutbox';

const sent = {
  __typename: 'OutboxMessage' as const,
  id: '2',
  kind: 'BOOKING_CONFIRMED' as const,
  recipient: 'jeune@passculture.test',
  status: 'SENT' as const,
  attempts: 1,
  subject: 'Ta réservation pour « Le Petit Prince » est confirmée',
  text: 'Bonjour Camille,\n\nCode de réservation : ABC234\n',
  createdAt: '2026-11-26T13:00:00Z',
  sentAt: '2026-11-26T13:00:10Z',
  failedAt: null,
  nextAttemptAt: null,
  lastError: null,
};

const failed = {
  ...sent,
  id: '1',
  kind: 'VENUE_NEW_BOOKING' as const,
  recipient: 'lieu@exemple.fr',
  status: 'FAILED' as const,
  attempts: 5,
  subject: 'Nouvelle réservation : Le Petit Prince',
  text: 'Bonjour,\n\nUne nouvelle réservation pass Culture a été faite.\n',
  sentAt: null,
  failedAt: '2026-11-26T13:20:00Z',
  lastError: '550 boîte inconnue',
};

const uncertain = {
  ...failed,
  id: '3',
  kind: 'BOOKING_CONFIRMED' as const,
  recipient: 'camille@exemple.fr',
  status: 'UNCERTAIN' as const,
  attempts: 1,
  subject: 'Ta réservation pour « Hamlet » est confirmée',
  lastError: 'Peut-être reçu, non renvoyé automatiquement : Timeout',
};

describe('mail outbox', () => {
  it('lists the emails with their status, the text to read, and the error of a failure', async () => {
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: outboxMessagesQuery, variables: { status: null, first: 50 } },
            result: { data: { outboxMessages: [sent, failed] } },
          },
          {
            request: { query: outboxMessagesQuery, variables: { status: 'FAILED', first: 50 } },
            result: { data: { outboxMessages: [] } },
          },
        ]}
      >
        <MailOutbox />
      </MockedProvider>,
    );
    expect(await screen.findByText(sent.subject)).toBeTruthy();
    expect(screen.getByText('Envoyé', { selector: '.status' })).toBeTruthy();
    expect(screen.getByText('Dernière erreur : 550 boîte inconnue')).toBeTruthy();
    expect(screen.getByText(/Code de réservation : ABC234/)).toBeTruthy();
    expect(screen.getByText(/\(5 tentatives\)/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('État'), { target: { value: 'FAILED' } });
    expect(await screen.findByText('Aucun e-mail dans l’état « Échec ».')).toBeTruthy();
  });

  it('lets an admin resend an uncertain email after confirming, and says so', async () => {
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: outboxMessagesQuery, variables: { status: null, first: 50 } },
            result: { data: { outboxMessages: [uncertain, sent] } },
          },
          {
            request: { query: resendOutboxMessageMutation, variables: { id: '3' } },
            result: {
              data: {
                resendOutboxMessage: {
                  __typename: 'OutboxMessage',
                  id: '3',
                  status: 'PENDING',
                  attempts: 0,
                  failedAt: null,
                  nextAttemptAt: '2026-11-26T14:00:00Z',
                },
              },
            },
          },
          {
            request: { query: outboxMessagesQuery, variables: { status: null, first: 50 } },
            result: {
              data: {
                outboxMessages: [
                  { ...uncertain, status: 'PENDING', attempts: 0, failedAt: null },
                  sent,
                ],
              },
            },
          },
        ]}
      >
        <MailOutbox />
      </MockedProvider>,
    );
    expect(await screen.findByText('Envoi incertain', { selector: '.status' })).toBeTruthy();
    // Only the given-up email offers a resend.
    expect(screen.getAllByRole('button', { name: 'Renvoyer cet e-mail' })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Renvoyer cet e-mail' }));
    expect(
      screen.getByText('camille@exemple.fr l’a peut-être déjà reçu. Le renvoyer quand même ?'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer le renvoi' }));
    expect(
      await screen.findByText(
        '« Ta réservation pour « Hamlet » est confirmée » sera renvoyé dans les prochaines minutes.',
      ),
    ).toBeTruthy();
    expect(await screen.findByText('En attente', { selector: '.status' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Renvoyer cet e-mail' })).toBeNull();
    // Three round trips through the mocked link: slow on a loaded machine.
  }, 15_000);

  it('says when the list cannot be loaded', async () => {
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: outboxMessagesQuery, variables: { status: null, first: 50 } },
            error: new TypeError('Failed to fetch'),
          },
        ]}
      >
        <MailOutbox />
      </MockedProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Impossible de joindre le serveur',
    );
  });
});
