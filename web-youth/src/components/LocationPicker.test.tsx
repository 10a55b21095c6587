import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { YouthPlacesQuery } from '../gql/graphql';
import { townChoice } from '../lib/location';
import { placesQuery } from '../queries';
import { LocationPicker } from './LocationPicker';

type Town = YouthPlacesQuery['places'][number];

const saintDenis: Town = {
  __typename: 'Place',
  city: 'Saint-Denis',
  postalCode: '93200',
  departmentCode: '93',
  latitude: 48.936,
  longitude: 2.357,
};
const saintOuen: Town = {
  __typename: 'Place',
  city: 'Saint-Ouen-sur-Seine',
  postalCode: '93400',
  departmentCode: '93',
  latitude: 48.911,
  longitude: 2.334,
};

function placesMock(text: string, places: Town[]): MockLink.MockedResponse {
  return {
    request: { query: placesQuery, variables: { text } },
    result: { data: { places } },
    maxUsageCount: 10,
  };
}

function setup(mocks: MockLink.MockedResponse[]) {
  const onChosen = vi.fn();
  render(
    <MockedProvider mocks={mocks}>
      <LocationPicker onChosen={onChosen} />
    </MockedProvider>,
  );
  const input = screen.getByRole('combobox', { name: 'Ou indique ta ville ou ton code postal' });
  return { input, onChosen };
}

afterEach(() => localStorage.clear());

describe('townChoice', () => {
  it('chooses the only match at once, lists several, and says when there is none', () => {
    expect(townChoice([saintDenis])).toEqual({ kind: 'one', town: saintDenis });
    expect(townChoice([saintDenis, saintOuen])).toEqual({
      kind: 'several',
      towns: [saintDenis, saintOuen],
    });
    expect(townChoice([])).toEqual({ kind: 'none' });
    expect(townChoice(null)).toEqual({ kind: 'none' });
  });
});

describe('LocationPicker', () => {
  it('chooses the only matching town on « Chercher », without a second click', async () => {
    const { input, onChosen } = setup([placesMock('93200', [saintDenis])]);
    fireEvent.change(input, { target: { value: '93200' } });
    fireEvent.click(screen.getByRole('button', { name: 'Chercher' }));
    await waitFor(() => expect(onChosen).toHaveBeenCalledTimes(1));
    expect(onChosen.mock.calls[0]![0]).toMatchObject({
      source: 'place',
      label: 'Saint-Denis (93200)',
      latitude: 48.936,
    });
    expect(localStorage.getItem('passculture.youth.location')).toContain('Saint-Denis (93200)');
  });

  it('lists several matching towns to choose from', async () => {
    const { input, onChosen } = setup([placesMock('Saint', [saintDenis, saintOuen])]);
    fireEvent.change(input, { target: { value: 'Saint' } });
    fireEvent.click(screen.getByRole('button', { name: 'Chercher' }));
    expect(await screen.findByText('2 villes trouvées : choisis la tienne')).toBeTruthy();
    expect(onChosen).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Saint-Ouen-sur-Seine (93400)' }));
    expect(onChosen).toHaveBeenCalledWith(
      expect.objectContaining({ label: 'Saint-Ouen-sur-Seine (93400)' }),
    );
  });

  it('suggests towns as one types, announced, chosen with the arrows and Enter', async () => {
    const { input, onChosen } = setup([placesMock('Saint', [saintDenis, saintOuen])]);
    fireEvent.change(input, { target: { value: 'Saint' } });
    expect(await screen.findByRole('option', { name: 'Saint-Denis (93200)' })).toBeTruthy();
    expect(input.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('2 suggestions'));

    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const active = document.getElementById(input.getAttribute('aria-activedescendant')!);
    expect(active?.textContent).toBe('Saint-Ouen-sur-Seine (93400)');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChosen).toHaveBeenCalledTimes(1);
    expect(onChosen).toHaveBeenCalledWith(
      expect.objectContaining({ label: 'Saint-Ouen-sur-Seine (93400)' }),
    );
  });

  it('closes the suggestions with Escape, without choosing', async () => {
    const { input, onChosen } = setup([placesMock('Saint', [saintDenis, saintOuen])]);
    fireEvent.change(input, { target: { value: 'Saint' } });
    await screen.findByRole('option', { name: 'Saint-Denis (93200)' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('option')).toBeNull();
    expect(onChosen).not.toHaveBeenCalled();
  });

  it('asks for two letters at least', () => {
    const { input, onChosen } = setup([]);
    fireEvent.change(input, { target: { value: 'S' } });
    fireEvent.click(screen.getByRole('button', { name: 'Chercher' }));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    // The error is read with the field, after its example, and the focus goes back to it.
    expect(
      input
        .getAttribute('aria-describedby')
        ?.split(' ')
        .map((id) => document.getElementById(id)?.textContent),
    ).toEqual([
      'Par exemple : Saint-Denis, ou 93200',
      'Saisis au moins 2 lettres de ta ville, ou ton code postal (par exemple 93200).',
    ]);
    expect(document.activeElement).toBe(input);
    expect(onChosen).not.toHaveBeenCalled();
  });
});

describe('LocationPicker, when the position cannot be had', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says why politely (a status, not an alert) and keeps the town field to fall back on', async () => {
    const getCurrentPosition = vi.fn(
      (_success: PositionCallback, failure?: PositionErrorCallback | null) =>
        failure?.({ code: 1, PERMISSION_DENIED: 1 } as GeolocationPositionError),
    );
    vi.stubGlobal('navigator', { ...navigator, geolocation: { getCurrentPosition } });
    const { input, onChosen } = setup([]);
    fireEvent.click(screen.getByRole('button', { name: 'Utiliser ma position' }));
    const message = await screen.findByText(/Tu n'as pas autorisé l'accès à ta position/);
    const notice = message.closest('[role]')!;
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.className).toContain('alert-warning');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(input).toBeTruthy();
    expect(onChosen).not.toHaveBeenCalled();
  });
});
