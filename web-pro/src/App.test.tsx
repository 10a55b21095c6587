import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { LogOutMutation } from '@passculture/ui';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { App, meQuery } from './App';
import type { MyOfferersQuery, ProOverviewQuery, ProMeQuery } from './gql/graphql';
import { myOfferersQuery, overviewQuery } from './queries';

type Me = NonNullable<ProMeQuery['me']>;

const pro: Me = {
  __typename: 'User',
  id: 'u-2',
  firstName: 'Louis',
  lastName: 'Bernard',
  email: 'pro@passculture.test',
  roles: ['PRO'],
  departmentCode: '75',
  emailConfirmed: true,
};

function meMock(me: Me | null): MockLink.MockedResponse {
  return { request: { query: meQuery }, result: { data: { me } } };
}

const offerers: MyOfferersQuery['myOfferers'] = [
  {
    __typename: 'Offerer',
    id: 'o-1',
    siren: '732829320',
    name: 'Culture en Seine-Saint-Denis',
    status: 'VALIDATED',
    membershipStatus: 'VALIDATED',
    venues: [
      {
        __typename: 'ProVenue',
        id: 'v-1',
        name: 'SARL Cinéma',
        publicName: 'Cinéma du Canal',
        isVirtual: false,
        city: 'Saint-Denis',
        postalCode: '93200',
        venueType: 'MOVIE',
      },
    ],
  },
  {
    __typename: 'Offerer',
    id: 'o-2',
    siren: '552100554',
    name: 'Diapason',
    status: 'VALIDATED',
    membershipStatus: 'NEW',
    venues: [],
  },
];

const overview: ProOverviewQuery['proOverview'] = {
  __typename: 'ProOverview',
  venues: [
    {
      __typename: 'VenueOverview',
      venueId: 'v-1',
      venueName: 'Cinéma du Canal',
      offers: 1,
      bookings: 3,
      revenueCents: 1_500,
    },
  ],
  offers: [
    {
      __typename: 'OfferOverview',
      offerId: 'of-1',
      offerName: 'Ciné-club',
      venueName: 'Cinéma du Canal',
      validation: 'APPROVED',
      isActive: true,
      bookings: 3,
      usedBookings: 1,
      placesLeft: null,
      revenueCents: 1_500,
    },
  ],
};

const homeMocks: MockLink.MockedResponse[] = [
  { request: { query: myOfferersQuery }, result: { data: { myOfferers: offerers } } },
  { request: { query: overviewQuery, variables: {} }, result: { data: { proOverview: overview } } },
];

function renderApp(mocks: ReadonlyArray<MockLink.MockedResponse>, path = '/') {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[path]}>
        <App />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('web-pro session', () => {
  it('shows a PRO user their structures, venues, pending requests and activity', async () => {
    renderApp([meMock(pro), ...homeMocks]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Bonjour Louis' })).toBeTruthy();
    const structure = await screen.findByRole('article', { name: 'Culture en Seine-Saint-Denis' });
    expect(within(structure).getByRole('link', { name: 'Cinéma du Canal' })).toBeTruthy();
    expect(within(structure).getByRole('link', { name: 'Ajouter un lieu' })).toBeTruthy();
    const pending = screen.getByRole('article', { name: 'Diapason' });
    expect(pending.textContent).toContain('Votre rattachement : En attente de validation');
    expect(within(pending).queryByRole('link', { name: 'Ajouter un lieu' })).toBeNull();
    const activity = await screen.findByRole('table', { name: 'Activité par offre' });
    expect(within(activity).getByRole('link', { name: 'Ciné-club' })).toBeTruthy();
    expect(within(activity).getByText('Illimitées')).toBeTruthy();
    const menu = screen.getByRole('navigation', { name: 'Menu principal' });
    for (const name of ['Accueil', 'Offres', 'Réservations', 'Guichet', 'Remboursements']) {
      expect(within(menu).getByRole('link', { name })).toBeTruthy();
    }
  });

  it('tells a young beneficiary that this space is not theirs', async () => {
    renderApp([meMock({ ...pro, roles: ['BENEFICIARY'] })]);
    expect(
      await screen.findByText("Ce compte n'a pas accès à l'espace professionnel."),
    ).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /Bonjour/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Se déconnecter' })).toBeTruthy();
  });

  it('logs out, resets the cache and comes back to the log-in screen', async () => {
    renderApp([
      meMock(pro),
      ...homeMocks,
      { request: { query: LogOutMutation }, result: { data: { logOut: true } } },
      meMock(null),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Se déconnecter' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Connexion à votre espace' }),
    ).toBeTruthy();
    expect(screen.queryByText('Louis Bernard')).toBeNull();
  });

  it('shows a French error and a retry button when the API is unreachable', async () => {
    renderApp([{ request: { query: meQuery }, error: new TypeError('Failed to fetch') }]);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Impossible de joindre le serveur. Vérifiez votre connexion internet puis réessayez.',
    );
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });

  it('has a French not-found page', async () => {
    renderApp([meMock(pro), ...homeMocks], '/nulle-part');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeTruthy();
  });
});
