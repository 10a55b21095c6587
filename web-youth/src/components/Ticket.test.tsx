import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Ticket, type BookingItem } from './Ticket';

const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString();
const inFiveDays = new Date(Date.now() + 5 * 86_400_000).toISOString();
const yesterday = new Date(Date.now() - 86_400_000).toISOString();

const booking: BookingItem = {
  __typename: 'Booking',
  id: '42',
  token: 'KGKZ35',
  qrCodePayload: 'PASSCULTURE:v3;TOKEN:KGKZ35',
  status: 'CONFIRMED',
  quantity: 2,
  amountCents: 2400,
  unitPriceCents: 1200,
  bookedAt: yesterday,
  usedAt: null,
  cancelledAt: null,
  cancellationReason: null,
  cancellationLimitAt: inFiveDays,
  stock: { __typename: 'Stock', id: '7', beginsAt: inTwoWeeks, priceCents: 1200 },
  offer: {
    __typename: 'Offer',
    id: '3',
    name: 'Cyrano de Bergerac',
    url: null,
    isEvent: true,
    isDigital: false,
    subcategory: {
      __typename: 'Subcategory',
      id: 'SPECTACLE_REPRESENTATION',
      label: 'Représentation',
    },
    venue: {
      __typename: 'Venue',
      id: '9',
      name: 'Théâtre de la Fabrique',
      address: '12 rue de la République',
      postalCode: '93200',
      city: 'Saint-Denis',
      isVirtual: false,
      timeZone: 'Europe/Paris',
    },
  },
};

function renderTicket(item: BookingItem) {
  return render(
    <MockedProvider mocks={[]}>
      <MemoryRouter>
        <Ticket booking={item} />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('ticket', () => {
  it('shows the token in large type, its QR code, where, when and the deadline', () => {
    renderTicket(booking);
    const ticket = screen.getByRole('article', { name: 'Cyrano de Bergerac' });
    expect(ticket.querySelector('.ticket-token')?.textContent).toBe('Code : KGKZ35');
    expect(ticket.querySelector('.ticket-token-value')?.textContent).toBe('KGKZ35');
    expect(
      within(ticket).getByRole('img', { name: 'QR code de la réservation KGKZ35' }),
    ).toBeTruthy();
    expect(within(ticket).getByText(/Théâtre de la Fabrique/)).toBeTruthy();
    expect(within(ticket).getByText('2 places')).toBeTruthy();
    expect(within(ticket).getByText(/^Tu peux l'annuler jusqu'au/)).toBeTruthy();
  });

  it('asks for confirmation before cancelling, and can be kept', () => {
    renderTicket(booking);
    fireEvent.click(screen.getByRole('button', { name: /Annuler la réservation/ }));
    const box = screen.getByRole('group', {
      name: 'Annuler ta réservation « Cyrano de Bergerac » ?',
    });
    expect(within(box).getByText(/recrédité de 24 €/)).toBeTruthy();
    fireEvent.click(within(box).getByRole('button', { name: 'Non, garder ma réservation' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.getByRole('button', { name: /Annuler la réservation/ })).toBeTruthy();
  });

  it('offers no cancellation once the deadline has passed', () => {
    renderTicket({ ...booking, cancellationLimitAt: yesterday });
    expect(screen.queryByRole('button', { name: /Annuler/ })).toBeNull();
    expect(screen.getByText(/Le délai d'annulation est passé/)).toBeTruthy();
  });

  it('shows a cancelled booking without its QR code, with who cancelled it', () => {
    renderTicket({
      ...booking,
      status: 'CANCELLED',
      cancellationReason: 'OFFERER',
      cancelledAt: yesterday,
    });
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText('Annulée par le lieu')).toBeTruthy();
    expect(screen.getByText('KGKZ35')).toBeTruthy();
  });
});
