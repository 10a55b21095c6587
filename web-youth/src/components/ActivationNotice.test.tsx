import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { YouthUser } from '../me';
import { ActivationNotice } from './ActivationNotice';
import { CreditSummary, WalletCard } from './WalletCard';

const wallet: NonNullable<YouthUser['wallet']> = {
  __typename: 'Wallet',
  policy: 'GRANT_2019',
  initialCents: 50000,
  remainingCents: 41411,
  digitalRemainingCents: 17001,
  physicalRemainingCents: 19210,
  expiresAt: '2099-03-01T10:00:00Z',
  isExpired: false,
};

const hugo: YouthUser = {
  __typename: 'User',
  id: '1',
  firstName: 'Hugo',
  lastName: 'Petit',
  email: 'prejeune@passculture.test',
  roles: [],
  departmentCode: '75',
  activationStatus: 'PRE_REGISTERED',
  wallet: null,
};

describe('credit and activation', () => {
  it('explains a pre-registration in a department not open yet', () => {
    render(<ActivationNotice me={hugo} />);
    const region = screen.getByRole('region', { name: 'Préinscription enregistrée' });
    expect(within(region).getByText(/Ton département \(75\) n'est pas encore ouvert/)).toBeTruthy();
  });

  it('says a request is waiting for validation', () => {
    render(
      <ActivationNotice me={{ ...hugo, departmentCode: '35', activationStatus: 'REQUESTED' }} />,
    );
    expect(
      screen.getByRole('region', { name: 'Demande de crédit en attente de validation' }),
    ).toBeTruthy();
  });

  it('shows nothing once the credit is active', () => {
    const { container } = render(
      <ActivationNotice me={{ ...hugo, activationStatus: 'ACTIVATED', wallet }} />,
    );
    expect(container.textContent).toBe('');
  });

  it('details the credit: total, digital and physical left, expiry', () => {
    render(<WalletCard wallet={wallet} />);
    const card = screen.getByRole('region', { name: 'Ton crédit' });
    expect(card.querySelector('.wallet-amount')?.textContent).toBe('414,11\u00a0€');
    expect(within(card).getByText('170,01 €')).toBeTruthy();
    expect(within(card).getByText('192,10 €')).toBeTruthy();
    expect(within(card).getByText('1 mars 2099')).toBeTruthy();
  });

  it('sums the credit up on the home, with a link to the details', () => {
    render(
      <MemoryRouter>
        <CreditSummary wallet={wallet} />
      </MemoryRouter>,
    );
    expect(screen.getByText(/jusqu'au 1 mars 2099/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Voir le détail de mon crédit' })).toBeTruthy();
  });

  it('says when the credit has expired', () => {
    render(
      <WalletCard wallet={{ ...wallet, expiresAt: '2020-01-01T00:00:00Z', isExpired: true }} />,
    );
    expect(screen.getByText(/Ton crédit a expiré le 1 janvier 2020/)).toBeTruthy();
  });
});
