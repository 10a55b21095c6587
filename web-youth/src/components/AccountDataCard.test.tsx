import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changePasswordMutation, deleteMyAccountMutation } from '../queries';
import { AccountDataCards } from './AccountDataCard';

function type(field: HTMLElement, value: string) {
  fireEvent.change(field, { target: { value } });
}

describe('account data cards', () => {
  it('change the password and say how many other sessions were closed', async () => {
    render(
      <MockedProvider
        mocks={[
          {
            request: {
              query: changePasswordMutation,
              variables: {
                currentPassword: 'ancien mot de passe',
                newPassword: 'une phrase bien longue',
              },
            },
            result: { data: { changePassword: 2 } },
          },
        ]}
      >
        <AccountDataCards />
      </MockedProvider>,
    );
    const region = screen.getByRole('region', { name: 'Mot de passe' });
    type(within(region).getByLabelText('Mot de passe actuel'), 'ancien mot de passe');
    type(within(region).getByLabelText('Nouveau mot de passe'), 'une phrase bien longue');
    fireEvent.click(within(region).getByRole('button', { name: 'Changer mon mot de passe' }));
    expect((await within(region).findByRole('status')).textContent).toContain(
      'Tes 2 autres sessions ouvertes',
    );
    expect((within(region).getByLabelText('Mot de passe actuel') as HTMLInputElement).value).toBe(
      '',
    );
  });

  it('show a wrong current password next to its field', async () => {
    const message = 'Ce mot de passe est incorrect.';
    render(
      <MockedProvider
        mocks={[
          {
            request: {
              query: changePasswordMutation,
              variables: { currentPassword: 'faux', newPassword: 'une phrase bien longue' },
            },
            result: {
              errors: [
                new GraphQLError(message, {
                  extensions: { code: 'INVALID_CREDENTIALS', fields: { currentPassword: message } },
                }),
              ],
            },
          },
        ]}
      >
        <AccountDataCards />
      </MockedProvider>,
    );
    const region = screen.getByRole('region', { name: 'Mot de passe' });
    const current = within(region).getByLabelText('Mot de passe actuel');
    type(current, 'faux');
    type(within(region).getByLabelText('Nouveau mot de passe'), 'une phrase bien longue');
    fireEvent.click(within(region).getByRole('button', { name: 'Changer mon mot de passe' }));
    expect(await within(region).findByText(message)).toBeTruthy();
    expect(current.getAttribute('aria-invalid')).toBe('true');
  });

  it('ask for the password before deleting the account, and let one step back', async () => {
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: deleteMyAccountMutation, variables: { password: 'mauvais' } },
            result: {
              errors: [
                new GraphQLError('Ce mot de passe est incorrect.', {
                  extensions: {
                    code: 'INVALID_CREDENTIALS',
                    fields: { password: 'Ce mot de passe est incorrect.' },
                  },
                }),
              ],
            },
          },
        ]}
      >
        <AccountDataCards />
      </MockedProvider>,
    );
    const region = screen.getByRole('region', { name: 'Supprimer mon compte' });
    expect(region.textContent).toContain('C’est définitif');
    fireEvent.click(within(region).getByRole('button', { name: 'Supprimer mon compte' }));
    type(within(region).getByLabelText('Ton mot de passe, pour confirmer'), 'mauvais');
    fireEvent.click(
      within(region).getByRole('button', { name: 'Supprimer définitivement mon compte' }),
    );
    expect(await within(region).findByText('Ce mot de passe est incorrect.')).toBeTruthy();
    fireEvent.click(within(region).getByRole('button', { name: 'Annuler' }));
    expect(within(region).queryByLabelText('Ton mot de passe, pour confirmer')).toBeNull();
  });
});
