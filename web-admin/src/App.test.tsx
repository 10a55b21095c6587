import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { LogInMutation } from '@passculture/ui';
import { App, meQuery } from './App';
import type { AdminMeQuery } from './gql/graphql';

type Me = NonNullable<AdminMeQuery['me']>;

const admin: Me = {
  __typename: 'User',
  id: 'u-1',
  firstName: 'Alice',
  lastName: 'Admin',
  email: 'admin@passculture.test',
  roles: ['ADMIN'],
  departmentCode: null,
};

function meMock(me: Me | null): MockLink.MockedResponse {
  return { request: { query: meQuery }, result: { data: { me } } };
}

function logInMock(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return {
    request: {
      query: LogInMutation,
      variables: { email: 'admin@passculture.test', password: 'pass-culture-demo' },
    },
    result,
  };
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

function submitLogIn() {
  fireEvent.change(screen.getByLabelText('Adresse e-mail'), {
    target: { value: 'admin@passculture.test' },
  });
  fireEvent.change(screen.getByLabelText('Mot de passe'), {
    target: { value: 'pass-culture-demo' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
}

describe('web-admin session', () => {
  it('sends a visitor to the log-in screen', async () => {
    renderApp([meMock(null)]);
    expect(
      await screen.findByRole('heading', { level: 1, name: "Connexion à l'administration" }),
    ).toBeTruthy();
  });

  it('shows the French message for a wrong password', async () => {
    renderApp([
      meMock(null),
      logInMock({
        errors: [{ message: 'Bad', extensions: { code: 'INVALID_CREDENTIALS' } }],
      }),
    ]);
    await screen.findByRole('heading', { level: 1, name: "Connexion à l'administration" });
    submitLogIn();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Adresse e-mail ou mot de passe incorrect. Vérifiez votre saisie puis réessayez.',
    );
  });

  it('checks the fields before calling the API', async () => {
    renderApp([meMock(null)]);
    fireEvent.click(await screen.findByRole('button', { name: 'Se connecter' }));
    expect(screen.getByText('Saisissez votre adresse e-mail.')).toBeTruthy();
    expect(screen.getByText('Saisissez votre mot de passe.')).toBeTruthy();
    expect(screen.getByLabelText('Adresse e-mail').getAttribute('aria-invalid')).toBe('true');
  });

  it('opens the dashboard once logged in', async () => {
    renderApp([
      meMock(null),
      logInMock({
        data: { logIn: { __typename: 'AuthPayload', user: { __typename: 'User', id: 'u-1' } } },
      }),
      meMock(admin),
    ]);
    await screen.findByRole('heading', { level: 1, name: "Connexion à l'administration" });
    submitLogIn();
    // The dashboard is a lazy chunk (charts): its first transform may take seconds here.
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Tableau de bord' },
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Menu principal' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Se déconnecter' })).toBeTruthy();
  });

  it('refuses a signed-in user without the ADMIN role', async () => {
    renderApp([meMock({ ...admin, roles: ['PRO', 'BENEFICIARY'] })]);
    expect(
      await screen.findByText("Ce compte n'a pas accès à l'espace d'administration."),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Se déconnecter' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Tableau de bord' })).toBeNull();
  });
});
