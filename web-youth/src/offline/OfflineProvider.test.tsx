import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { YouthMeQuery, YouthMyBookingsQuery } from '../gql/graphql';
import { meQuery, myBookingsQuery } from '../queries';
import { OfflineNotice } from './OfflineNotice';
import { OfflineProvider, useOffline } from './OfflineProvider';
import { loadSnapshot, saveSnapshot } from './snapshot';

const me: YouthMeQuery = {
  me: {
    __typename: 'User',
    id: '7',
    firstName: 'Camille',
    lastName: 'Martin',
    email: 'jeune@passculture.test',
    roles: ['BENEFICIARY'],
    departmentCode: '93',
    activationStatus: 'ACTIVATED',
    emailConfirmed: true,
    department: null,
    wallet: null,
  },
};

const bookings: YouthMyBookingsQuery = {
  myBookings: [
    {
      __typename: 'Booking',
      id: '12',
      token: 'ABC234',
      qrCodePayload: 'PASSCULTURE:v3;TOKEN:ABC234',
      status: 'CONFIRMED',
      quantity: 1,
      amountCents: 1500,
      unitPriceCents: 1500,
      bookedAt: '2026-11-20T10:00:00Z',
      usedAt: null,
      cancelledAt: null,
      cancellationReason: null,
      cancellationLimitAt: null,
      stock: { __typename: 'Stock', id: '3', beginsAt: null, priceCents: 1500 },
      offer: {
        __typename: 'Offer',
        id: '4',
        name: 'Le Petit Prince',
        url: null,
        isEvent: false,
        isDigital: false,
        subcategory: { __typename: 'Subcategory', id: 'LIVRE_PAPIER', label: 'Livre papier' },
        venue: {
          __typename: 'Venue',
          id: '5',
          name: 'Librairie',
          address: '1 rue de Paris',
          postalCode: '93200',
          city: 'Saint-Denis',
          isVirtual: false,
          timeZone: 'Europe/Paris',
        },
      },
    },
  ],
};

/** What a screen inside the provider sees: the offline flag and the bookings from the cache. */
function Screen() {
  const { offline } = useOffline();
  const { data } = useQuery(myBookingsQuery, { fetchPolicy: 'cache-only' });
  const client = useApolloClient();
  return (
    <div>
      <OfflineNotice />
      <p>{offline ? 'hors ligne' : 'en ligne'}</p>
      <p>{data?.myBookings.map((booking) => booking.token).join(',') ?? 'aucune'}</p>
      <button type="button" onClick={() => void client.resetStore()}>
        Se déconnecter
      </button>
    </div>
  );
}

function renderWith(
  mocks: MockLink.MockedResponse[],
  slowNetworkMs?: number,
  retryDelaysMs?: readonly number[],
) {
  return render(
    <MockedProvider mocks={mocks}>
      <OfflineProvider slowNetworkMs={slowNetworkMs} retryDelaysMs={retryDelaysMs}>
        <Screen />
      </OfflineProvider>
    </MockedProvider>,
  );
}

afterEach(() => localStorage.clear());

describe('offline copy of the session and the bookings', () => {
  it('shows the bookings kept on the phone, with the offline notice, when the network fails', async () => {
    saveSnapshot({ me }, new Date('2026-11-26T13:05:00Z'));
    saveSnapshot({ myBookings: bookings }, new Date('2026-11-26T13:05:00Z'));
    renderWith([{ request: { query: meQuery }, error: new TypeError('Failed to fetch') }]);

    expect(await screen.findByText('hors ligne')).toBeTruthy();
    expect(screen.getByText('ABC234')).toBeTruthy();
    expect(screen.getByRole('status').textContent?.replace(/\s/g, ' ')).toContain(
      "Voici tes réservations telles qu'enregistrées sur ce téléphone le jeudi 26 novembre 2026 à 14 h 05.",
    );
  });

  it('shows the copy while a slow network has not answered, then goes back online', async () => {
    saveSnapshot({ me });
    saveSnapshot({ myBookings: bookings });
    renderWith([{ request: { query: meQuery }, result: { data: me }, delay: 400 }], 50);

    expect(await screen.findByText('hors ligne')).toBeTruthy();
    expect(screen.getByText('ABC234')).toBeTruthy();
    expect(await screen.findByText('en ligne')).toBeTruthy();
  });

  it('tries the network again while offline, and drops the notice once it answers, with no online event', async () => {
    saveSnapshot({ me });
    saveSnapshot({ myBookings: bookings });
    const unreachable = { request: { query: meQuery }, error: new TypeError('Failed to fetch') };
    renderWith(
      [unreachable, unreachable, { request: { query: meQuery }, result: { data: me } }],
      undefined,
      [30],
    );

    expect(await screen.findByText('hors ligne')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Tu es hors connexion');
    // The first retry fails too: still offline; the second one reaches the network.
    expect(await screen.findByText('en ligne', {}, { timeout: 2_000 })).toBeTruthy();
    expect(screen.queryByText(/Tu es hors connexion/)).toBeNull();
  });

  it('does not restore anything for an error that is not the network', async () => {
    saveSnapshot({ me });
    renderWith([{ request: { query: meQuery }, result: { errors: [{ message: 'boom' }] } }]);
    expect(await screen.findByText('en ligne')).toBeTruthy();
    expect(screen.getByText('aucune')).toBeTruthy();
  });

  it('keeps each network answer, and forgets it at log-out', async () => {
    renderWith([{ request: { query: meQuery }, result: { data: me } }]);
    expect(await screen.findByText('en ligne')).toBeTruthy();
    expect(loadSnapshot()?.me).toEqual(me);
    screen.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect.poll(() => loadSnapshot()).toBeNull();
  });
});

describe('snapshot', () => {
  it('keeps bookings only with the person they belong to', () => {
    saveSnapshot({ me });
    saveSnapshot({ myBookings: bookings });
    expect(loadSnapshot()?.myBookings).toEqual(bookings);
    saveSnapshot({ me: { me: { ...me.me!, id: '8' } } });
    expect(loadSnapshot()?.myBookings).toBeNull();
    saveSnapshot({ me: { me: null } });
    expect(loadSnapshot()).toBeNull();
  });

  it('ignores bookings without a session, and a broken copy', () => {
    saveSnapshot({ myBookings: bookings });
    expect(loadSnapshot()).toBeNull();
    localStorage.setItem('passculture:hors-ligne:v1', '{pas du json');
    expect(loadSnapshot()).toBeNull();
  });
});
