import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { CounterBookingFragment } from '../gql/graphql';
import { bookingByTokenQuery, unuseBookingMutation, useBookingMutation } from '../queries';
import Counter, { validableFrom } from './Counter';
import { formatDateTime } from '@passculture/client';

const booking: CounterBookingFragment = {
  __typename: 'Booking',
  id: 'b1',
  token: 'AB23CD',
  status: 'CONFIRMED',
  quantity: 2,
  amountCents: 2_500,
  bookedAt: '2026-11-20T10:00:00.000Z',
  usedAt: null,
  cancellationLimitAt: null,
  offer: {
    __typename: 'Offer',
    id: 'o1',
    name: 'Jazz au Hangar',
    venue: {
      __typename: 'Venue',
      id: 'v1',
      name: 'Salle de concert Le Hangar',
      timeZone: 'Europe/Paris',
    },
  },
  stock: { __typename: 'Stock', id: 's1', beginsAt: '2026-12-04T19:30:00.000Z' },
};

const used = { ...booking, status: 'USED' as const, usedAt: '2026-12-04T19:00:00.000Z' };

function renderCounter(mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter>
        <Counter />
      </MemoryRouter>
    </MockedProvider>,
  );
}

function search(text: string) {
  fireEvent.change(screen.getByRole('textbox', { name: 'Contremarque' }), {
    target: { value: text },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Rechercher' }));
}

describe('counter', () => {
  it('finds a booking from the QR code text, validates it, then undoes the validation', async () => {
    renderCounter([
      {
        request: { query: bookingByTokenQuery, variables: { token: 'AB23CD' } },
        result: { data: { bookingByToken: booking } },
      },
      {
        request: { query: useBookingMutation, variables: { token: 'AB23CD' } },
        result: { data: { useBooking: used } },
      },
      {
        request: { query: unuseBookingMutation, variables: { token: 'AB23CD' } },
        result: { data: { unuseBooking: booking } },
      },
    ]);
    search('PASSCULTURE:v3;TOKEN:ab23cd');
    const card = await screen.findByRole('region', { name: 'Contremarque AB23CD' });
    expect(card.textContent).toContain('Jazz au Hangar');
    expect(card.textContent).toContain('2 (duo)');
    expect(card.textContent).toContain('Confirmée');

    fireEvent.click(within(card).getByRole('button', { name: 'Valider la contremarque' }));
    expect((await screen.findByRole('status')).textContent).toContain(
      'Contremarque AB23CD validée',
    );
    expect(card.textContent).toContain('Utilisée');

    fireEvent.click(within(card).getByRole('button', { name: 'Annuler la validation' }));
    expect((await screen.findByText(/Validation de AB23CD annulée/)).textContent).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Valider la contremarque' })).toBeTruthy();
  });

  it('explains a refusal in French and says what to do', async () => {
    renderCounter([
      {
        request: { query: bookingByTokenQuery, variables: { token: 'ZZZZZZ' } },
        result: {
          errors: [
            new GraphQLError('Cette réservation a été annulée.', {
              extensions: { code: 'BOOKING_CANCELLED' },
            }),
          ],
        },
      },
    ]);
    search('zzzzzz');
    expect((await screen.findByRole('alert')).textContent).toContain(
      "ne donne plus accès à l'offre",
    );
  });

  it('refuses what cannot be a contremarque before asking the api', async () => {
    renderCounter([]);
    search('AB1');
    expect((await screen.findByRole('alert')).textContent).toContain('6 caractères');
  });

  it('says before any click when an event booking can be validated, and offers no button until then', async () => {
    const limit = new Date(Date.now() + 36 * 3_600_000);
    const tooEarly = {
      ...booking,
      token: 'EF45GH',
      cancellationLimitAt: limit.toISOString(),
      stock: { ...booking.stock, beginsAt: new Date(limit.getTime() + 86_400_000).toISOString() },
    };
    renderCounter([
      {
        request: { query: bookingByTokenQuery, variables: { token: 'EF45GH' } },
        result: { data: { bookingByToken: tooEarly } },
      },
    ]);
    search('EF45GH');
    const card = await screen.findByRole('region', { name: 'Contremarque EF45GH' });
    expect(card.textContent).toContain(
      `pourra être validée à partir du ${formatDateTime(limit)}, après son délai d'annulation`,
    );
    expect(within(card).queryByRole('button', { name: 'Valider la contremarque' })).toBeNull();
  });

  it('knows when a booking becomes validable', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const event = { ...booking, cancellationLimitAt: '2026-12-02T10:00:00Z' };
    expect(validableFrom(event, now)).toBe('2026-12-02T10:00:00Z');
    expect(validableFrom(event, new Date('2026-12-02T10:00:01Z'))).toBeNull();
    // A thing (no date) is validated at once, whatever its limit.
    expect(validableFrom({ ...event, stock: { ...event.stock, beginsAt: null } }, now)).toBeNull();
  });
});
