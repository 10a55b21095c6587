import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emailPreferencesQuery, updateEmailPreferencesMutation } from '../queries';
import { EmailPreferencesCard } from './EmailPreferencesCard';

const loaded = {
  request: { query: emailPreferencesQuery },
  result: {
    data: {
      me: {
        __typename: 'User' as const,
        id: '7',
        emailPreferences: { __typename: 'EmailPreferences' as const, nonEssential: true },
      },
    },
  },
};

describe('email preferences', () => {
  it('turn reminders off, and say that booking emails always go', async () => {
    render(
      <MockedProvider
        mocks={[
          loaded,
          {
            request: { query: updateEmailPreferencesMutation, variables: { nonEssential: false } },
            result: {
              data: {
                updateEmailPreferences: { __typename: 'EmailPreferences', nonEssential: false },
              },
            },
          },
        ]}
      >
        <EmailPreferencesCard />
      </MockedProvider>,
    );
    const region = screen.getByRole('region', { name: 'E-mails' });
    expect(region.textContent).toContain('toujours envoyés');
    const box = await within(region).findByRole('checkbox', {
      name: 'Recevoir les rappels par e-mail',
    });
    expect((box as HTMLInputElement).checked).toBe(true);
    box.click();
    expect(await within(region).findByRole('status')).toHaveProperty(
      'textContent',
      'C’est enregistré : tu ne recevras plus les rappels par e-mail.',
    );
    expect((box as HTMLInputElement).checked).toBe(false);
  });

  it('say when the preferences cannot be loaded, with a retry', async () => {
    render(
      <MockedProvider
        mocks={[
          { request: { query: emailPreferencesQuery }, error: new TypeError('Failed to fetch') },
        ]}
      >
        <EmailPreferencesCard />
      </MockedProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Impossible de joindre le serveur',
    );
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });
});
