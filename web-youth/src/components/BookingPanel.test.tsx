import { useQuery } from '@apollo/client/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation, useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { YouthMeQuery, YouthMyBookingsQuery, YouthOfferQuery } from '../gql/graphql';
import { bookOfferMutation, meQuery, myBookingsQuery } from '../queries';
import { BookingPanel } from './BookingPanel';

type Offer = NonNullable<YouthOfferQuery['offer']>;
type Me = NonNullable<YouthMeQuery['me']>;
type Booking = YouthMyBookingsQuery['myBookings'][number];

const offer: Offer = {
  __typename: 'Offer',
  id: 'o1',
  name: 'Concert de jazz',
  description: null,
  url: null,
  isDuo: true,
  isDigital: false,
  isEvent: true,
  isFavorite: false,
  minPriceCents: 1250,
  author: null,
  performer: null,
  stageDirector: null,
  ean: null,
  durationMinutes: null,
  language: null,
  ageAdvice: null,
  image: null,
  subcategory: {
    __typename: 'Subcategory',
    id: 'CONCERT',
    label: 'Concert',
    categoryId: 'MUSIQUE_LIVE',
  },
  venue: {
    __typename: 'Venue',
    id: 'v1',
    name: 'La Cigale',
    address: '120 boulevard de Rochechouart',
    postalCode: '75018',
    city: 'Paris',
    isVirtual: false,
    timeZone: 'Europe/Paris',
    location: { __typename: 'GeoPoint', latitude: 48.88, longitude: 2.34 },
    accessibility: {
      __typename: 'Accessibility',
      motor: true,
      visual: false,
      hearing: false,
      mental: false,
    },
  },
  stocks: [
    {
      __typename: 'Stock',
      id: 's1',
      priceCents: 1250,
      quantity: 100,
      remainingQuantity: 5,
      beginsAt: '2099-06-01T18:30:00Z',
      bookingLimitAt: '2099-06-01T16:30:00Z',
      isBookable: true,
    },
    {
      __typename: 'Stock',
      id: 's2',
      priceCents: 2000,
      quantity: 100,
      remainingQuantity: 1,
      beginsAt: '2099-06-02T18:30:00Z',
      bookingLimitAt: '2099-06-02T16:30:00Z',
      isBookable: true,
    },
    {
      __typename: 'Stock',
      id: 's3',
      priceCents: 500,
      quantity: 100,
      remainingQuantity: 0,
      beginsAt: '2099-06-03T18:30:00Z',
      bookingLimitAt: null,
      isBookable: true,
    },
  ],
};

function meWith(remainingCents: number): Me {
  return {
    __typename: 'User',
    id: 'u1',
    firstName: 'Camille',
    lastName: 'Martin',
    email: 'jeune@passculture.test',
    roles: ['BENEFICIARY'],
    departmentCode: '93',
    activationStatus: 'ACTIVATED',
    emailConfirmed: true,
    department: { __typename: 'Department', code: '93', name: 'Seine-Saint-Denis', isOpen: true },
    wallet: {
      __typename: 'Wallet',
      policy: 'GRANT_2019',
      initialCents: 50000,
      remainingCents,
      digitalRemainingCents: 20000,
      physicalRemainingCents: 20000,
      expiresAt: '2099-12-31T10:00:00Z',
      isExpired: false,
    },
  };
}

const newBooking: Booking = {
  __typename: 'Booking',
  id: '42',
  token: 'ABC234',
  qrCodePayload: 'PASSCULTURE:v3;TOKEN:ABC234',
  status: 'CONFIRMED',
  quantity: 1,
  amountCents: 1250,
  unitPriceCents: 1250,
  bookedAt: '2099-05-01T10:00:00Z',
  usedAt: null,
  cancelledAt: null,
  cancellationReason: null,
  cancellationLimitAt: '2099-05-03T10:00:00Z',
  stock: { __typename: 'Stock', id: 's1', beginsAt: '2099-06-01T18:30:00Z', priceCents: 1250 },
  offer: {
    __typename: 'Offer',
    id: 'o1',
    name: 'Concert de jazz',
    url: null,
    isEvent: true,
    isDigital: false,
    subcategory: {
      __typename: 'Subcategory',
      id: 'CONCERT',
      label: 'Concert',
    },
    venue: {
      __typename: 'Venue',
      id: 'v1',
      name: 'La Cigale',
      address: '120 boulevard de Rochechouart',
      postalCode: '75018',
      city: 'Paris',
      isVirtual: false,
      timeZone: 'Europe/Paris',
    },
  },
};

function meMock(remainingCents: number): MockLink.MockedResponse {
  return { request: { query: meQuery }, result: { data: { me: meWith(remainingCents) } } };
}

function bookingsMock(myBookings: Booking[]): MockLink.MockedResponse {
  return { request: { query: myBookingsQuery }, result: { data: { myBookings } } };
}

interface BookCall {
  stockId: string;
  quantity: number;
  idempotencyKey: string;
}

/** A bookOffer answer; records the variables it was called with. */
function bookMock(
  calls: BookCall[],
  answer: Pick<MockLink.MockedResponse, 'result' | 'error'>,
): MockLink.MockedResponse {
  return {
    request: {
      query: bookOfferMutation,
      variables: (variables: Record<string, unknown>) => {
        calls.push(variables as unknown as BookCall);
        return true;
      },
    },
    ...answer,
  };
}

function refusal(code: string): Pick<MockLink.MockedResponse, 'result'> {
  return {
    result: { data: null, errors: [{ message: 'Refus du serveur', extensions: { code } }] },
  };
}

/** The ticket page stand-in: the booking it was sent to, read from the refreshed bookings. */
function TicketProbe() {
  const { id } = useParams();
  const state = useLocation().state as { justBooked?: boolean } | null;
  const { data } = useQuery(myBookingsQuery, { fetchPolicy: 'cache-only' });
  const booking = data?.myBookings.find((item) => item.id === id);
  return (
    <p>
      Billet {id} {state?.justBooked ? 'tout juste réservé' : ''} : {booking?.token ?? 'inconnu'}
    </p>
  );
}

function renderPanel(mocks: MockLink.MockedResponse[], theOffer: Offer = offer) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={['/offre/o1']}>
        <Routes>
          <Route path="/offre/:id" element={<BookingPanel offer={theOffer} />} />
          <Route path="/reservations/:id" element={<TicketProbe />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

/** Text with every kind of space (narrow no-break ones from Intl) as a plain space. */
function flat(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function factValue(label: string): string {
  const term = screen.getByText(label, { selector: 'dt' });
  return flat(term.nextElementSibling);
}

async function chooseAndContinue(stockLabel: RegExp, places: 1 | 2 = 1) {
  const panel = await screen.findByRole('region', { name: 'Réserver' });
  fireEvent.click(within(panel).getByRole('radio', { name: stockLabel }));
  if (places === 2) fireEvent.click(within(panel).getByRole('radio', { name: /2 places \(duo\)/ }));
  fireEvent.click(within(panel).getByRole('button', { name: 'Continuer' }));
  await screen.findByRole('heading', { name: 'Vérifie ta réservation' });
  // The credit comes from `me`, fetched by the panel.
  await waitFor(() => expect(screen.queryByText("Ton crédit aujourd'hui")).not.toBeNull());
}

describe('BookingPanel', () => {
  it('offers only the stocks with places left, and asks for a date before going on', async () => {
    renderPanel([meMock(30000), bookingsMock([])]);
    const panel = await screen.findByRole('region', { name: 'Réserver' });
    const dates = within(panel).getByRole('radiogroup', { name: 'Choisis une date' });
    const radios = within(dates).getAllByRole('radio');
    expect(radios).toHaveLength(2);
    expect(flat(dates)).toMatch(/1er juin 2099 à 20 h 30 — 12,50 € ?Plus que 5 places/);
    expect(flat(dates)).toMatch(/Plus qu'une place/);
    expect(flat(dates)).not.toMatch(/5 €/);

    fireEvent.click(within(panel).getByRole('button', { name: 'Continuer' }));
    expect(within(panel).getByText('Choisis une date.')).toBeTruthy();
    expect(within(panel).queryByRole('heading', { name: 'Vérifie ta réservation' })).toBeNull();
  });

  it('offers the duo only where two places are left', async () => {
    renderPanel([meMock(30000), bookingsMock([])]);
    const panel = await screen.findByRole('region', { name: 'Réserver' });
    const duo = within(panel).getByRole('radio', { name: /2 places \(duo\)/ });
    fireEvent.click(within(panel).getByRole('radio', { name: /2 juin 2099/ }));
    expect((duo as HTMLInputElement).disabled).toBe(true);
    expect(within(panel).getByText("Il ne reste qu'une place à cette date.")).toBeTruthy();

    fireEvent.click(within(panel).getByRole('radio', { name: /1er juin 2099/ }));
    expect((duo as HTMLInputElement).disabled).toBe(false);
    fireEvent.click(duo);
    expect((duo as HTMLInputElement).checked).toBe(true);
  });

  it('shows the amount of a duo and the credit left after it', async () => {
    renderPanel([meMock(30000), bookingsMock([])]);
    await chooseAndContinue(/1er juin 2099/, 2);
    expect(factValue('Places')).toBe('2 places × 12,50 €');
    expect(factValue('Total')).toBe('25 €');
    expect(factValue("Ton crédit aujourd'hui")).toBe('300 €');
    expect(factValue('Ton crédit après cette réservation')).toBe('275 €');
    expect(
      screen.getByRole('button', { name: /^Confirmer la réservation \(25\s€\)$/ }),
    ).toBeTruthy();
  });

  it('does not let a booking go beyond the credit left', async () => {
    renderPanel([meMock(1000), bookingsMock([])]);
    await chooseAndContinue(/1er juin 2099/);
    expect(
      screen.getByText(/Ton crédit restant \(10 €\) ne suffit pas pour cette réservation/),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Confirmer la réservation/ })).toBeNull();
  });

  it('books, then opens the ticket with its token', async () => {
    const calls: BookCall[] = [];
    renderPanel([
      meMock(30000),
      bookingsMock([]),
      bookMock(calls, {
        result: {
          data: {
            bookOffer: { __typename: 'Booking', id: '42', token: 'ABC234', status: 'CONFIRMED' },
          },
        },
      }),
      meMock(28750),
      bookingsMock([newBooking]),
    ]);
    await chooseAndContinue(/1er juin 2099/);
    fireEvent.click(
      screen.getByRole('button', { name: /^Confirmer la réservation \(12,50\s€\)$/ }),
    );
    expect(await screen.findByText('Billet 42 tout juste réservé : ABC234')).toBeTruthy();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ stockId: 's1', quantity: 1 });
    expect(calls[0]?.idempotencyKey).toMatch(/^[0-9a-f-]{32,36}$/);
  });

  it.each([
    [
      'SOLD_OUT',
      "Il n'y a plus assez de places. Choisis une autre date, réserve une seule place, ou choisis une autre offre.",
    ],
    [
      'INSUFFICIENT_CREDIT',
      'Ton crédit restant ne suffit pas pour cette réservation. Choisis un tarif moins cher, une seule place, ou une offre gratuite.',
    ],
  ])('says a %s refusal in French, without offering to retry', async (code, sentence) => {
    const calls: BookCall[] = [];
    renderPanel([meMock(30000), bookingsMock([]), bookMock(calls, refusal(code))]);
    await chooseAndContinue(/1er juin 2099/);
    fireEvent.click(
      screen.getByRole('button', { name: /^Confirmer la réservation \(12,50\s€\)$/ }),
    );
    const alert = await screen.findByRole('alert');
    expect(flat(alert)).toBe(sentence);
    expect(flat(alert)).not.toContain('Refus du serveur');
    expect(
      screen.getByRole('button', { name: /^Confirmer la réservation \(12,50\s€\)$/ }),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Réessayer' })).toBeNull();
  });

  it('after a network error, retries with the same idempotency key', async () => {
    const calls: BookCall[] = [];
    renderPanel([
      meMock(30000),
      bookingsMock([]),
      bookMock(calls, { error: new TypeError('Failed to fetch') }),
      bookMock(calls, {
        result: {
          data: {
            bookOffer: { __typename: 'Booking', id: '42', token: 'ABC234', status: 'CONFIRMED' },
          },
        },
      }),
      meMock(28750),
      bookingsMock([newBooking]),
    ]);
    await chooseAndContinue(/1er juin 2099/);
    fireEvent.click(
      screen.getByRole('button', { name: /^Confirmer la réservation \(12,50\s€\)$/ }),
    );
    expect(flat(await screen.findByRole('alert'))).toBe(
      'Impossible de joindre le serveur. Vérifie ta connexion internet puis réessaie.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText('Billet 42 tout juste réservé : ABC234')).toBeTruthy();
    expect(calls).toHaveLength(2);
    expect(calls[1]?.idempotencyKey).toBe(calls[0]?.idempotencyKey);
    expect(calls[1]).toMatchObject({ stockId: 's1', quantity: 1 });
  });

  it('says when the offer is booked already, with a link to the booking', async () => {
    renderPanel([meMock(30000), bookingsMock([newBooking])]);
    expect(await screen.findByText('Tu as déjà réservé cette offre.')).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Voir ma réservation et mon code' }).getAttribute('href'),
    ).toBe('/reservations/42');
    expect(screen.queryByRole('button', { name: 'Continuer' })).toBeNull();
  });
});
