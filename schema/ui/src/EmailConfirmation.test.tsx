import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppIdentityContext, type AppIdentity } from './context';
import { CheckInbox, ConfirmEmailPage } from './EmailConfirmation';
import { ConfirmEmailMutation, ResendEmailConfirmationMutation } from './operations';

const youth: AppIdentity = { product: 'pass Culture', register: 'tu' };
const pro: AppIdentity = { product: 'pass Culture Pro', register: 'vous' };
const TOKEN = 'a'.repeat(43);

function confirmMock(password: string | null, outcome: 'ok' | string) {
  return {
    request: { query: ConfirmEmailMutation, variables: { token: TOKEN, password } },
    result:
      outcome === 'ok'
        ? {
            data: {
              confirmEmail: {
                __typename: 'AuthPayload',
                user: { __typename: 'User', id: '1', emailConfirmed: true },
              },
            },
          }
        : { errors: [{ message: 'refusé', extensions: { code: outcome } }] },
  };
}

function renderWith(identity: AppIdentity, mocks: unknown[], ui: React.ReactNode, path = '/') {
  render(
    <MockedProvider mocks={mocks as never}>
      <AppIdentityContext value={identity}>
        <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
      </AppIdentityContext>
    </MockedProvider>,
  );
}

describe('CheckInbox', () => {
  it('names the address and sends the email again, saying so', async () => {
    renderWith(
      youth,
      [
        {
          request: { query: ResendEmailConfirmationMutation },
          result: { data: { resendEmailConfirmation: true } },
        },
      ],
      <CheckInbox email="lea@exemple.fr" variant="page" />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Vérifie ta boîte mail' })).toBeTruthy();
    expect(screen.getByText('lea@exemple.fr')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Renvoyer l’e-mail' }));
    expect((await screen.findByText(/C’est envoyé/)).getAttribute('role')).toBe('status');
  });

  it('says why a resend is refused, in the app register', async () => {
    renderWith(
      pro,
      [
        {
          request: { query: ResendEmailConfirmationMutation },
          result: { errors: [{ message: 'non', extensions: { code: 'RATE_LIMITED' } }] },
        },
      ],
      <CheckInbox email="louis@exemple.fr" />,
    );
    expect(
      screen.getByRole('heading', { level: 2, name: 'Adresse e-mail à confirmer' }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Renvoyer l’e-mail' }));
    expect(await screen.findByText(/Patientez une minute/)).toBeTruthy();
  });
});

describe('ConfirmEmailPage', () => {
  it('confirms at once with the session of the sign-up, then offers to continue', async () => {
    renderWith(
      youth,
      [confirmMock(null, 'ok')],
      <ConfirmEmailPage />,
      `/confirmer-email?jeton=${TOKEN}`,
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ton adresse est confirmée' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Continuer' }).getAttribute('href')).toBe('/');
  });

  it('asks for the password elsewhere, says when it is wrong, then confirms', async () => {
    renderWith(
      pro,
      [
        confirmMock(null, 'CONFIRMATION_PASSWORD_REQUIRED'),
        confirmMock('faux', 'INVALID_CREDENTIALS'),
        confirmMock('le bon mot de passe', 'ok'),
      ],
      <ConfirmEmailPage />,
      `/confirmer-email?jeton=${TOKEN}`,
    );
    const password = await screen.findByLabelText('Votre mot de passe');
    fireEvent.change(password, { target: { value: 'faux' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer mon adresse' }));
    expect(await screen.findByText(/incorrect/)).toBeTruthy();
    expect(password.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(password, { target: { value: 'le bon mot de passe' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer mon adresse' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Votre adresse est confirmée' }),
    ).toBeTruthy();
  });

  it('explains a spent or expired link', async () => {
    renderWith(
      youth,
      [confirmMock(null, 'CONFIRMATION_LINK_INVALID')],
      <ConfirmEmailPage />,
      `/confirmer-email?jeton=${TOKEN}`,
    );
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByText(/n'est plus valable/)).toBeTruthy();
  });
});
