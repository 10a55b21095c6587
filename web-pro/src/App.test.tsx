import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { LogOutMutation } from '@passculture/schema/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { App, meQuery } from './App';
import type { ProMeQuery } from './gql/graphql';

type Me = NonNullable<ProMeQuery['me']>;

const pro: Me = {
  __typename: 'User',
  id: 'u-2',
  firstName: 'Louis',
  lastName: 'Bernard',
  email: 'pro@passculture.test',
  roles: ['PRO'],
  departmentCode: '75',
};

function meMock(me: Me | null): MockLink.MockedResponse {
  return { request: { query: meQuery }, result: { data: { me } } };
}

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
  it('shows a PRO user their home and account', async () => {
    renderApp([meMock(pro)]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Bonjour Louis' })).toBeTruthy();
    const account = screen.getByRole('region', { name: 'Votre compte' });
    expect(within(account).getByText('pro@passculture.test')).toBeTruthy();
    expect(within(account).getByText('Professionnel')).toBeTruthy();
    expect(within(account).getByText('75')).toBeTruthy();
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
    renderApp([meMock(pro)], '/nulle-part');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeTruthy();
  });
});
