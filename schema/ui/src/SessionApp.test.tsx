import { gql } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SessionApp, type MeQueryDocument, type SessionUser } from './SessionApp';

interface User extends SessionUser {
  __typename: 'User';
  id: string;
}

const meQuery = gql`
  query TestMe {
    me {
      id
      firstName
      lastName
      email
      roles
    }
  }
` as MeQueryDocument<User>;

const louis: User = {
  __typename: 'User',
  id: '2',
  firstName: 'Louis',
  lastName: 'Bernard',
  email: 'pro@passculture.test',
  roles: ['PRO'],
};

function renderApp(me: User | null | 'error', path = '/', logoutInHeader?: boolean) {
  const mock =
    me === 'error'
      ? { request: { query: meQuery }, error: new TypeError('Failed to fetch') }
      : { request: { query: meQuery }, result: { data: { me } } };
  render(
    <MockedProvider mocks={[mock]}>
      <MemoryRouter initialEntries={[path]}>
        <SessionApp
          product="pass Culture Pro"
          register="vous"
          meQuery={meQuery}
          requiredRole="PRO"
          accessDenied={{
            message: "Ce compte n'a pas accès à l'espace professionnel.",
            hint: 'Créez un compte professionnel.',
          }}
          login={{ title: 'Connexion', intro: 'Connectez-vous à votre espace.' }}
          home={(user) => <p>Bonjour {user.firstName}</p>}
          nav={() => <nav aria-label="Menu principal">menu</nav>}
          logoutInHeader={logoutInHeader}
        >
          <Route path="/offres" element={<p>Vos offres</p>} />
        </SessionApp>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('SessionApp', () => {
  it('sends a visitor to the log-in screen', async () => {
    renderApp(null, '/offres');
    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Se connecter' })).toBeTruthy();
    expect(screen.queryByText('Vos offres')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('lets a user with the role in, with the frame and the navigation', async () => {
    renderApp(louis, '/offres');
    expect(await screen.findByText('Vos offres')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Menu principal' })).toBeTruthy();
    expect(screen.getByText('Louis Bernard', { exact: false })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Se déconnecter' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Aller au contenu' }).getAttribute('href')).toBe(
      '#contenu',
    );
  });

  it('leaves the log-out button out of the header when the app offers it elsewhere', async () => {
    renderApp(louis, '/offres', false);
    expect(await screen.findByText('Vos offres')).toBeTruthy();
    expect(screen.getByRole('banner').textContent).toContain('Louis Bernard');
    expect(screen.queryByRole('button', { name: 'Se déconnecter' })).toBeNull();
  });

  it('sends a signed-in user from the log-in screen to the home', async () => {
    renderApp(louis, '/connexion');
    expect(await screen.findByText('Bonjour Louis')).toBeTruthy();
  });

  it('tells a signed-in user without the role that they have no access', async () => {
    renderApp({ ...louis, roles: ['BENEFICIARY'] }, '/offres');
    expect(await screen.findByRole('heading', { level: 1, name: 'Accès refusé' })).toBeTruthy();
    expect(screen.getByText("Ce compte n'a pas accès à l'espace professionnel.")).toBeTruthy();
    expect(screen.getByText('pro@passculture.test')).toBeTruthy();
    expect(screen.queryByText('Vos offres')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('says in French when the api cannot be reached, and offers to retry', async () => {
    renderApp('error');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Impossible de joindre le serveur.');
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });

  it('answers an unknown path with a page of its own', async () => {
    renderApp(louis, '/nulle-part');
    expect(await screen.findByRole('heading', { name: 'Page introuvable' })).toBeTruthy();
    expect(screen.getByRole('link', { name: "Revenir à l'accueil" })).toBeTruthy();
  });
});
