import { AppIdentityContext } from '@passculture/schema/react';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Home, type YouthUser } from './Home';
import type { Wallet } from './wallet';

const wallet: Wallet = {
  policy: 'GRANT_2019',
  initialCents: 50000,
  remainingCents: 50000,
  digitalRemainingCents: 20000,
  physicalRemainingCents: null,
  expiresAt: '2099-03-01T10:00:00Z',
};

const camille: YouthUser = {
  firstName: 'Camille',
  lastName: 'Martin',
  email: 'jeune@passculture.test',
  roles: ['BENEFICIARY'],
  departmentCode: '29',
  wallet,
};

function renderHome(me: YouthUser) {
  return render(
    <AppIdentityContext value={{ product: 'pass Culture', register: 'tu' }}>
      <Home me={me} />
    </AppIdentityContext>,
  );
}

describe('youth home', () => {
  it('shows the credit left, its caps and its expiry', () => {
    renderHome(camille);
    expect(screen.getByRole('heading', { level: 1, name: 'Bonjour Camille' })).toBeTruthy();
    const card = screen.getByRole('region', { name: 'Ton crédit' });
    expect(card.querySelector('.wallet-amount')?.textContent).toBe('500\u00a0€');
    expect(within(card).getByText('à dépenser')).toBeTruthy();
    expect(within(card).getByText('Encore possible en offres numériques')).toBeTruthy();
    expect(within(card).queryByText('Encore possible en biens physiques')).toBeNull();
    expect(within(card).getByText("Valable jusqu'au")).toBeTruthy();
    expect(within(card).getByText('Crédit 18 ans (expérimentation 2019)')).toBeTruthy();
  });

  it('explains that the credit is not activated yet when there is no wallet', () => {
    renderHome({ ...camille, wallet: null });
    const card = screen.getByRole('region', { name: 'Ton crédit' });
    expect(within(card).getByText("Ton crédit pass Culture n'est pas encore activé.")).toBeTruthy();
    expect(within(card).queryByText(/€/)).toBeNull();
  });

  it('says when the credit has expired', () => {
    renderHome({ ...camille, wallet: { ...wallet, expiresAt: '2020-01-01T00:00:00Z' } });
    expect(screen.getByText(/Ton crédit a expiré le 1 janvier 2020/)).toBeTruthy();
  });

  it('uses tu in the account section', () => {
    renderHome(camille);
    expect(screen.getByRole('region', { name: 'Ton compte' })).toBeTruthy();
    expect(screen.getByText('Bénéficiaire')).toBeTruthy();
  });
});
