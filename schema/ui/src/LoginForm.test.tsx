import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppIdentityContext, type AppIdentity } from './context';
import { LoginForm } from './LoginForm';
import { LogInMutation } from './operations';

const youth: AppIdentity = { product: 'pass Culture', register: 'tu' };
const pro: AppIdentity = { product: 'pass Culture Pro', register: 'vous' };

function logInMock(email: string, password: string, result: 'ok' | 'INVALID_CREDENTIALS') {
  return {
    request: { query: LogInMutation, variables: { email, password } },
    result:
      result === 'ok'
        ? { data: { logIn: { __typename: 'AuthPayload', user: { __typename: 'User', id: '1' } } } }
        : { errors: [{ message: 'refusé', extensions: { code: result } }] },
  };
}

function renderForm(identity: AppIdentity, mocks: unknown[], onLoggedIn = vi.fn(async () => {})) {
  render(
    <MockedProvider mocks={mocks as never}>
      <AppIdentityContext value={identity}>
        <LoginForm onLoggedIn={onLoggedIn} />
      </AppIdentityContext>
    </MockedProvider>,
  );
  return onLoggedIn;
}

function fill(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('Adresse e-mail'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
}

describe('LoginForm', () => {
  it('says what is missing in the app register, next to the field, and focuses it', () => {
    renderForm(pro, []);
    fill('', '');
    const email = screen.getByLabelText('Adresse e-mail');
    expect(screen.getByText('Saisissez votre adresse e-mail.')).toBeTruthy();
    expect(screen.getByText('Saisissez votre mot de passe.')).toBeTruthy();
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(email.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Saisissez votre adresse e-mail.',
    );
    expect(document.activeElement).toBe(email);
  });

  it('addresses young people with tu', () => {
    renderForm(youth, []);
    fill('camille@exemple', 'secret');
    expect(screen.getByText(/^Saisis une adresse e-mail valide/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Adresse e-mail'));
  });

  it('logs in with the trimmed address, then lets the app refetch', async () => {
    const onLoggedIn = renderForm(pro, [logInMock('pro@passculture.test', 'pass', 'ok')]);
    fill('  pro@passculture.test ', 'pass');
    await waitFor(() => expect(onLoggedIn).toHaveBeenCalledOnce());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a refused log-in as a French sentence, never the server message', async () => {
    const onLoggedIn = renderForm(youth, [
      logInMock('jeune@passculture.test', 'faux', 'INVALID_CREDENTIALS'),
    ]);
    fill('jeune@passculture.test', 'faux');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Adresse e-mail ou mot de passe incorrect. Vérifie ta saisie puis réessaie.',
    );
    expect(onLoggedIn).not.toHaveBeenCalled();
  });

  it('shows or hides the password', () => {
    renderForm(pro, []);
    const password = screen.getByLabelText('Mot de passe');
    expect(password.getAttribute('type')).toBe('password');
    fireEvent.click(screen.getByLabelText('Afficher le mot de passe'));
    expect(password.getAttribute('type')).toBe('text');
  });
});
