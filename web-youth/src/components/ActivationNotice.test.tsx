import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { YouthUser } from '../me';
import { requestActivationMutation } from '../queries';
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
  emailConfirmed: true,
  department: { __typename: 'Department', code: '75', name: 'Paris', isOpen: false },
  wallet: null,
};

const openDepartment = {
  __typename: 'Department' as const,
  code: '35',
  name: 'Ille-et-Vilaine',
  isOpen: true,
};

function withApollo(ui: ReactNode, mocks: MockLink.MockedResponse[] = []) {
  return render(<MockedProvider mocks={mocks}>{ui}</MockedProvider>);
}

describe('credit and activation', () => {
  it('explains a pre-registration in a department not open yet', () => {
    withApollo(<ActivationNotice me={hugo} />);
    const region = screen.getByRole('region', { name: 'Préinscription enregistrée' });
    expect(
      within(region).getByText(/Ton département Paris \(75\) n'est pas encore ouvert/),
    ).toBeTruthy();
    expect(within(region).queryByRole('button', { name: 'Demander mon crédit' })).toBeNull();
  });

  it('lets a pre-registered person in an open department ask for the credit', async () => {
    withApollo(
      <ActivationNotice me={{ ...hugo, departmentCode: '35', department: openDepartment }} />,
      [
        {
          request: { query: requestActivationMutation },
          result: {
            data: {
              requestActivation: {
                __typename: 'User',
                id: '1',
                activationStatus: 'REQUESTED',
                department: openDepartment,
              },
            },
          },
        },
      ],
    );
    const region = screen.getByRole('region', { name: 'Préinscription enregistrée' });
    expect(
      within(region).getByText(/Ille-et-Vilaine \(35\) participe au pass Culture/),
    ).toBeTruthy();
    fireEvent.click(within(region).getByRole('button', { name: 'Demander mon crédit' }));
    const pending = await screen.findByRole('region', {
      name: 'Demande de crédit en attente de validation',
    });
    expect(within(pending).getByText(/vérifie ton identité/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Demander mon crédit' })).toBeNull();
  });

  it("shows the server's reason when the request is refused", async () => {
    const reason = 'Le crédit se demande à 18 ans : ta préinscription est gardée jusque-là.';
    withApollo(
      <ActivationNotice me={{ ...hugo, departmentCode: '35', department: openDepartment }} />,
      [
        {
          request: { query: requestActivationMutation },
          result: {
            data: null,
            errors: [{ message: reason, extensions: { code: 'NOT_ELIGIBLE' } }],
          },
        },
      ],
    );
    fireEvent.click(screen.getByRole('button', { name: 'Demander mon crédit' }));
    expect((await screen.findByRole('alert')).textContent).toBe(reason);
    expect(screen.getByRole('region', { name: 'Préinscription enregistrée' })).toBeTruthy();
  });

  it('says a request is waiting for validation', () => {
    withApollo(
      <ActivationNotice
        me={{
          ...hugo,
          departmentCode: '35',
          department: openDepartment,
          activationStatus: 'REQUESTED',
        }}
      />,
    );
    expect(
      screen.getByRole('region', { name: 'Demande de crédit en attente de validation' }),
    ).toBeTruthy();
  });

  it('shows nothing once the credit is active', () => {
    const { container } = withApollo(
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
    expect(within(card).getByText('1er mars 2099')).toBeTruthy();
  });

  it('sums the credit up on the home, with a link to the details', () => {
    render(
      <MemoryRouter>
        <CreditSummary wallet={wallet} />
      </MemoryRouter>,
    );
    expect(screen.getByText(/jusqu'au 1er mars 2099/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Voir le détail de mon crédit' })).toBeTruthy();
  });

  it('says when the credit has expired', () => {
    render(
      <WalletCard wallet={{ ...wallet, expiresAt: '2020-01-01T00:00:00Z', isExpired: true }} />,
    );
    expect(screen.getByText(/Ton crédit a expiré le 1er janvier 2020/)).toBeTruthy();
  });
});
