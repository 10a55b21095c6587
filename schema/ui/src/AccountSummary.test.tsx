import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AccountSummary } from './AccountSummary';
import { AppIdentityContext } from './context';
import { ErrorAlert, Loading } from './Status';

describe('AccountSummary', () => {
  it('shows the account in French, roles labelled, in the app register', () => {
    render(
      <AppIdentityContext value={{ product: 'pass Culture', register: 'tu' }}>
        <AccountSummary
          user={{
            firstName: 'Camille',
            lastName: 'Martin',
            email: 'jeune@passculture.test',
            roles: ['BENEFICIARY', 'PRO'],
            departmentCode: null,
          }}
        />
      </AppIdentityContext>,
    );
    expect(screen.getByRole('heading', { name: 'Ton compte' })).toBeTruthy();
    expect(screen.getByText('Rôles').nextElementSibling?.textContent).toBe(
      'Bénéficiaire, Professionnel',
    );
    expect(screen.getByText('Département').nextElementSibling?.textContent).toBe('Non renseigné');
  });
});

describe('Status', () => {
  it('announces loading politely', () => {
    render(<Loading label="Chargement des offres…" />);
    expect(screen.getByRole('status').textContent).toBe('Chargement des offres…');
  });

  it('shows an error as the French sentence of its code, in the app register', () => {
    render(
      <AppIdentityContext value={{ product: 'pass Culture Pro', register: 'vous' }}>
        <ErrorAlert error={new TypeError('Failed to fetch')} />
      </AppIdentityContext>,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'Impossible de joindre le serveur. Vérifiez votre connexion internet puis réessayez.',
    );
    expect(screen.queryByRole('button')).toBeNull();
  });
});
