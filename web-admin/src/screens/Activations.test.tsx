import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { AppIdentityContext } from '@passculture/ui';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Activations, ActivationRequestsQuery } from './Activations';

function renderWith(requests: unknown[]) {
  const mocks: MockLink.MockedResponse[] = [
    {
      request: { query: ActivationRequestsQuery },
      result: { data: { activationRequests: requests } },
    },
  ];
  return render(
    <AppIdentityContext value={{ product: 'Administration', register: 'vous' }}>
      <MockedProvider mocks={mocks}>
        <MemoryRouter>
          <Activations />
        </MemoryRouter>
      </MockedProvider>
    </AppIdentityContext>,
  );
}

const request = {
  __typename: 'ActivationRequest',
  userId: '7',
  email: 'nina@exemple.fr',
  firstName: 'Nina',
  lastName: 'Rousseau',
  birthDate: '2008-10-01',
  age: 18,
  departmentCode: '69',
  departmentName: 'Rhône',
  departmentOpen: false,
  requestedAt: '2026-11-20T10:00:00.000Z',
  obstacle:
    "Le département de cette personne n'est pas ouvert au pass Culture : ouvrez-le avant de valider la demande.",
};

describe('Activations', () => {
  it('says why a request cannot be approved yet, and disables approval', async () => {
    renderWith([request]);
    expect(await screen.findByText(/ouvrez-le avant de valider/)).toBeTruthy();
    expect(
      (
        screen.getByRole('button', {
          name: 'Valider la demande de Nina Rousseau',
        }) as HTMLButtonElement
      ).disabled,
    ).toBe(true);
    expect(
      screen.getByRole('button', { name: 'Refuser : la demande de Nina Rousseau' }),
    ).toBeTruthy();
  });

  it('says when nothing waits', async () => {
    renderWith([]);
    expect(await screen.findByText('Aucune demande en attente.')).toBeTruthy();
  });
});
