import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ApiKeysQuery, MyOfferersQuery } from '../gql/graphql';
import { myOfferersQuery } from '../queries';
import ApiKeys, { apiKeysQuery, createApiKeyMutation } from './ApiKeys';

const offerers: MyOfferersQuery['myOfferers'] = [
  {
    __typename: 'Offerer',
    id: 'o-1',
    siren: '732829320',
    name: 'Librairie du Canal',
    status: 'VALIDATED',
    membershipStatus: 'VALIDATED',
    venues: [],
  },
];

const key: ApiKeysQuery['apiKeys'][number] = {
  __typename: 'ApiKey',
  id: 'k-1',
  name: 'Logiciel de caisse',
  displayPrefix: 'pck_AbCdEfGh',
  createdAt: '2026-11-26T10:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
};

const SECRET = 'pck_AbCdEfGh-the-rest-of-the-secret-shown-once';

function renderKeys(mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter>
        <ApiKeys />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('API keys', () => {
  it('creates a key, shows its secret once and lists it', async () => {
    renderKeys([
      { request: { query: myOfferersQuery }, result: { data: { myOfferers: offerers } } },
      {
        request: { query: apiKeysQuery, variables: { offererId: 'o-1' } },
        result: { data: { apiKeys: [] } },
      },
      {
        request: {
          query: createApiKeyMutation,
          variables: { offererId: 'o-1', name: 'Logiciel de caisse' },
        },
        result: {
          data: {
            createApiKey: {
              __typename: 'CreatedApiKey',
              secret: SECRET,
              key: { __typename: 'ApiKey', id: 'k-1', name: 'Logiciel de caisse' },
            },
          },
        },
      },
      {
        request: { query: apiKeysQuery, variables: { offererId: 'o-1' } },
        result: { data: { apiKeys: [key] } },
      },
    ]);
    expect(await screen.findByText('Aucune clé pour cette structure.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Nom de la nouvelle clé/), {
      target: { value: 'Logiciel de caisse' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Créer la clé' }));

    const secret = await screen.findByLabelText('Clé secrète');
    expect((secret as HTMLInputElement).value).toBe(SECRET);
    expect(screen.getByRole('status').textContent).toContain('ne sera plus jamais affichée');
    const table = await screen.findByRole('table', { name: 'Clés de la structure' });
    const row = within(table).getByRole('row', { name: /Logiciel de caisse/ });
    expect(row.textContent).toContain('pck_AbCdEfGh…');
    expect(row.textContent).toContain('Jamais');
    expect(row.textContent).not.toContain(SECRET);
    expect(
      within(row).getByRole('button', { name: 'Révoquer la clé Logiciel de caisse' }),
    ).toBeTruthy();
  });
});
