import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Combobox, ComboboxField, type ComboboxGroup } from './Combobox';

const groups: ComboboxGroup[] = [
  {
    key: 'offers',
    label: 'Offres',
    options: [
      { key: 'offer:1', label: 'Cinéma en plein air', detail: 'Parc de la Villette' },
      { key: 'offer:2', label: 'Carte cinéma 5 places', detail: 'Ciné 93' },
    ],
  },
  {
    key: 'venues',
    label: 'Lieux',
    options: [{ key: 'venue:9', label: "L'Écran", detail: 'Saint-Denis' }],
  },
  { key: 'towns', label: 'Villes', options: [] },
  {
    key: 'categories',
    label: 'Catégories',
    options: [{ key: 'category:CINEMA', label: 'Cinéma' }],
  },
];

function Harness({ onPick, onSubmit }: { onPick: (key: string) => void; onSubmit?: () => void }) {
  const [text, setText] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit?.();
      }}
    >
      <label htmlFor="q">Que cherches-tu ?</label>
      <Combobox inputId="q" value={text} onValueChange={setText} groups={groups} onPick={onPick} />
    </form>
  );
}

function setup(onSubmit?: () => void) {
  const onPick = vi.fn();
  render(<Harness onPick={onPick} onSubmit={onSubmit} />);
  const input = screen.getByRole('combobox', { name: 'Que cherches-tu ?' });
  return { input, onPick };
}

function activeOption(input: HTMLElement): HTMLElement | null {
  const id = input.getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
}

describe('Combobox', () => {
  it('opens a grouped listbox as one types, announcing the number of suggestions', () => {
    const { input } = setup();
    expect(input?.getAttribute('aria-expanded')).toBe('false');
    fireEvent.change(input, { target: { value: 'c' } });
    // One character: nothing suggested yet.
    expect(input?.getAttribute('aria-expanded')).toBe('false');
    fireEvent.change(input, { target: { value: 'cinema' } });
    expect(input?.getAttribute('aria-expanded')).toBe('true');
    const listbox = screen.getByRole('listbox');
    expect(input?.getAttribute('aria-controls')).toBe(listbox.id);
    // Empty groups are left out; each group is named.
    expect(
      within(listbox)
        .getAllByRole('group')
        .map((group) => group.getAttribute('aria-label')),
    ).toEqual(['Offres', 'Lieux', 'Catégories']);
    expect(within(listbox).getAllByRole('option')).toHaveLength(4);
    expect(screen.getByRole('status')?.textContent).toContain('4 suggestions.');
    expect(input?.hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('moves the active option with Down and Up, wrapping, focus staying in the field', () => {
    const { input } = setup();
    input.focus();
    fireEvent.change(input, { target: { value: 'cinema' } });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(activeOption(input)?.textContent).toContain('Cinéma en plein air');
    expect(activeOption(input)?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(activeOption(input)?.textContent).toContain("L'Écran");
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(activeOption(input)?.textContent).toContain('Cinéma en plein air');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(activeOption(input)?.textContent).toContain('Cinéma');
    expect(activeOption(input)?.textContent).toBe('Cinéma');
    expect(
      screen.getAllByRole('option').filter((o) => o.getAttribute('aria-selected') === 'true'),
    ).toHaveLength(1);
    expect(document.activeElement).toBe(input);
  });

  it('chooses the active option with Enter instead of sending the form', () => {
    const onSubmit = vi.fn();
    const { input, onPick } = setup(onSubmit);
    fireEvent.change(input, { target: { value: 'cinema' } });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith('offer:2');
    expect(input?.getAttribute('aria-expanded')).toBe('false');
  });

  it('lets Enter send the form when no option is active', () => {
    const { input, onPick } = setup();
    fireEvent.change(input, { target: { value: 'cinema' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).not.toHaveBeenCalled();
    expect(input?.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes with Escape, keeps the text, and reopens with Down (first option) or Up (last)', () => {
    const { input, onPick } = setup();
    fireEvent.change(input, { target: { value: 'cinema' } });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input?.getAttribute('aria-expanded')).toBe('false');
    expect(input?.hasAttribute('aria-activedescendant')).toBe(false);
    expect((input as HTMLInputElement).value).toBe('cinema');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input?.getAttribute('aria-expanded')).toBe('true');
    expect(activeOption(input)?.textContent).toContain('Cinéma en plein air');
    // Up on a closed list opens it on the last option.
    fireEvent.keyDown(input, { key: 'Escape' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(activeOption(input)?.textContent).toBe('Cinéma');
  });

  it('chooses an option with the mouse', () => {
    const { input, onPick } = setup();
    fireEvent.change(input, { target: { value: 'cinema' } });
    fireEvent.click(screen.getByRole('option', { name: /L'Écran/ }));
    expect(onPick).toHaveBeenCalledWith('venue:9');
  });
});

describe('ComboboxField', () => {
  function Field({ error }: { error?: string }) {
    const [text, setText] = useState('');
    return (
      <ComboboxField
        label="Ta ville ou ton code postal"
        hint="Par exemple : Saint-Denis, ou 93200"
        error={error}
        value={text}
        onValueChange={setText}
        groups={groups}
        onPick={() => undefined}
      >
        <button type="submit">Chercher</button>
      </ComboboxField>
    );
  }

  it('is a combobox named by its label, described by its hint then its error', () => {
    render(<Field error="Saisis au moins 2 lettres." />);
    const input = screen.getByRole('combobox', { name: 'Ta ville ou ton code postal' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual([
      'Par exemple : Saint-Denis, ou 93200',
      'Saisis au moins 2 lettres.',
    ]);
    // The button given as children sits beside the input, inside the field.
    expect(screen.getByRole('button', { name: 'Chercher' })).toBeTruthy();
  });

  it('is neither invalid nor described by an error once the error is gone', () => {
    render(<Field />);
    const input = screen.getByRole('combobox', { name: 'Ta ville ou ton code postal' });
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.getAttribute('aria-describedby')?.split(' ')).toHaveLength(1);
  });
});
