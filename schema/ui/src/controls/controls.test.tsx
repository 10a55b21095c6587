import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Button } from './Button';
import { CheckboxField } from './CheckboxField';
import { DatePartsField, type DateParts } from './DatePartsField';
import { Fieldset } from './Fieldset';
import { FormAlert } from './FormAlert';
import { RadioGroup } from './RadioGroup';
import { SelectField } from './SelectField';
import { TextAreaField } from './TextAreaField';
import { ToggleButton } from './ToggleButton';
import { DateTimeField, TextField } from './TextField';

/** The texts of the elements an element's aria-describedby points to, in order. */
function descriptions(element: HTMLElement): string[] {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? `missing #${id}`);
}

describe('TextField', () => {
  it('ties its label, hint and error to the input and marks it invalid', () => {
    render(
      <TextField
        label="Titre de l'offre"
        hint="90 caractères au plus."
        error="Saisissez un titre."
        required
      />,
    );
    const input = screen.getByLabelText("Titre de l'offre");
    expect(input.tagName).toBe('INPUT');
    expect(input.getAttribute('type')).toBe('text');
    expect(input).toHaveProperty('required', true);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(descriptions(input)).toEqual(['90 caractères au plus.', 'Saisissez un titre.']);
    // The required mark is drawn by CSS, so the label's text is the words alone.
    expect(screen.getByText("Titre de l'offre").className).toContain('field-label-required');
  });

  it('is neither invalid nor described when there is nothing to say', () => {
    render(<TextField label="Ville" />);
    const input = screen.getByLabelText('Ville');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.hasAttribute('aria-describedby')).toBe(false);
    expect(screen.getByText('Ville').className).not.toContain('field-label-required');
  });

  it('keeps the caller’s own descriptions after its hint and error', () => {
    render(
      <>
        <p id="counter">12 / 90</p>
        <TextField label="Titre" error="Trop long." aria-describedby="counter" />
      </>,
    );
    expect(descriptions(screen.getByLabelText('Titre'))).toEqual(['Trop long.', '12 / 90']);
  });

  it('passes the value and change handler through, and the caller’s id', () => {
    const onChange = vi.fn();
    render(<TextField label="Prix" type="number" id="price" value="12" onChange={onChange} />);
    const input = screen.getByLabelText('Prix');
    expect(input.id).toBe('price');
    expect(input.getAttribute('type')).toBe('number');
    fireEvent.change(input, { target: { value: '13' } });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('gives a date and time picker with DateTimeField', () => {
    render(<DateTimeField label="Début" error="Choisissez une date à venir." />);
    const input = screen.getByLabelText('Début');
    expect(input.getAttribute('type')).toBe('datetime-local');
    expect(descriptions(input)).toEqual(['Choisissez une date à venir.']);
  });
});

describe('SelectField and TextAreaField', () => {
  it('wire their label, hint and error the same way', () => {
    render(
      <>
        <SelectField label="Catégorie" hint="Celle du catalogue." error="Choisissez une catégorie.">
          <option value="">—</option>
          <option value="BOOK">Livre</option>
        </SelectField>
        <TextAreaField label="Description" hint="Facultative." />
      </>,
    );
    const select = screen.getByLabelText('Catégorie');
    expect(select.tagName).toBe('SELECT');
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(descriptions(select)).toEqual(['Celle du catalogue.', 'Choisissez une catégorie.']);
    const textarea = screen.getByLabelText('Description');
    expect(textarea.tagName).toBe('TEXTAREA');
    expect(textarea.hasAttribute('aria-invalid')).toBe(false);
    expect(descriptions(textarea)).toEqual(['Facultative.']);
  });
});

describe('CheckboxField', () => {
  it('is a checkbox named by its label, described by its hint and error', () => {
    const onChange = vi.fn();
    render(
      <CheckboxField
        label="J'accepte les conditions"
        hint="Obligatoire pour continuer."
        error="Cochez la case."
        onChange={onChange}
      />,
    );
    const box = screen.getByRole('checkbox', { name: "J'accepte les conditions" });
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(descriptions(box)).toEqual(['Obligatoire pour continuer.', 'Cochez la case.']);
    fireEvent.click(box);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('RadioGroup', () => {
  function Choice({ error }: { error?: string }) {
    const [value, setValue] = useState<'duo' | 'solo' | null>(null);
    return (
      <RadioGroup
        legend="Nombre de places"
        name="places"
        value={value}
        onChange={setValue}
        error={error}
        required
        options={[
          { value: 'solo', label: 'Une place' },
          { value: 'duo', label: 'Deux places', hint: 'Pour venir accompagné.' },
        ]}
      />
    );
  }

  it('is one named group whose error describes it, each option described by its own hint', () => {
    render(<Choice error="Choisissez un nombre de places." />);
    const group = screen.getByRole('radiogroup', { name: 'Nombre de places' });
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(group.getAttribute('aria-required')).toBe('true');
    expect(descriptions(group)).toEqual(['Choisissez un nombre de places.']);
    const duo = screen.getByRole('radio', { name: /Deux places/ });
    expect(descriptions(duo)).toEqual(['Pour venir accompagné.']);
  });

  it('checks the option chosen', () => {
    render(<Choice />);
    const solo = screen.getByRole('radio', { name: 'Une place' });
    fireEvent.click(solo);
    expect(solo).toHaveProperty('checked', true);
    expect(screen.getByRole('radiogroup').hasAttribute('aria-invalid')).toBe(false);
  });
});

describe('Button', () => {
  it('does not submit by default and carries its variant', () => {
    const onSubmit = vi.fn((event: Event) => event.preventDefault());
    render(
      <form onSubmit={(event) => onSubmit(event.nativeEvent)}>
        <Button variant="secondary">Annuler</Button>
        <Button type="submit">Enregistrer</Button>
      </form>,
    );
    const cancel = screen.getByRole('button', { name: 'Annuler' });
    expect(cancel.getAttribute('type')).toBe('button');
    expect(cancel.className).toBe('button button-secondary');
    fireEvent.click(cancel);
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('stays focusable while busy but ignores clicks', () => {
    const onClick = vi.fn();
    render(
      <Button busy onClick={onClick}>
        Valider
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Valider' });
    expect(button).toHaveProperty('disabled', false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });
});

describe('FormAlert', () => {
  it('interrupts for an error and speaks politely otherwise', () => {
    render(
      <>
        <FormAlert>Le serveur ne répond pas.</FormAlert>
        <FormAlert kind="success">Offre enregistrée.</FormAlert>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toBe('Le serveur ne répond pas.');
    expect(screen.getByRole('status').textContent).toBe('Offre enregistrée.');
  });

  it('renders nothing without a message', () => {
    const { container } = render(<FormAlert kind="error">{null}</FormAlert>);
    expect(container.innerHTML).toBe('');
  });
});

describe('Fieldset', () => {
  it('names the group by its legend and describes it by its hint and error', () => {
    render(
      <Fieldset legend="Autres critères" hint="Facultatif." error="Choisissez au moins un critère.">
        <CheckboxField label="Offres duo seulement" />
      </Fieldset>,
    );
    const group = screen.getByRole('group', { name: 'Autres critères' });
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(descriptions(group)).toEqual(['Facultatif.', 'Choisissez au moins un critère.']);
    expect(group.contains(screen.getByRole('checkbox', { name: 'Offres duo seulement' }))).toBe(
      true,
    );
  });

  it('says nothing more without a hint or an error', () => {
    render(
      <Fieldset legend="Prix">
        <CheckboxField label="Gratuit" />
      </Fieldset>,
    );
    const group = screen.getByRole('group', { name: 'Prix' });
    expect(group.hasAttribute('aria-describedby')).toBe(false);
    expect(group.hasAttribute('aria-invalid')).toBe(false);
  });
});

describe('DatePartsField', () => {
  function BirthDate({ error }: { error?: string }) {
    const [value, setValue] = useState<DateParts>({ day: '', month: '', year: '' });
    return (
      <DatePartsField
        legend="Date de naissance"
        hint="Par exemple : 14 juillet 2008"
        error={error}
        names={{ day: 'birthDay', month: 'birthMonth', year: 'birthYear' }}
        value={value}
        onChange={(part, text) => setValue((current) => ({ ...current, [part]: text }))}
        autoComplete="bday"
      />
    );
  }

  it('is one named group of three labelled parts, with the birth-date autofill', () => {
    render(<BirthDate />);
    const group = screen.getByRole('group', { name: 'Date de naissance' });
    expect(descriptions(group)).toEqual(['Par exemple : 14 juillet 2008']);
    const day = screen.getByLabelText('Jour');
    const month = screen.getByLabelText('Mois');
    const year = screen.getByLabelText('Année');
    expect([day.tagName, month.tagName, year.tagName]).toEqual(['INPUT', 'SELECT', 'INPUT']);
    expect(day.getAttribute('name')).toBe('birthDay');
    expect(day.getAttribute('inputmode')).toBe('numeric');
    expect(day.getAttribute('autocomplete')).toBe('bday-day');
    expect(month.getAttribute('autocomplete')).toBe('bday-month');
    expect(year.getAttribute('autocomplete')).toBe('bday-year');
    expect(day.hasAttribute('aria-invalid')).toBe(false);
  });

  it('offers the twelve months in words and reports each part typed', () => {
    render(<BirthDate />);
    const month = screen.getByLabelText('Mois');
    expect(within(month).getAllByRole('option')).toHaveLength(13);
    fireEvent.change(month, { target: { value: '7' } });
    expect((month as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('juillet');
    fireEvent.change(screen.getByLabelText('Jour'), { target: { value: '14' } });
    expect(screen.getByLabelText('Jour')).toHaveProperty('value', '14');
  });

  it('marks the three parts invalid and describes the group by the error', () => {
    render(<BirthDate error="Tu dois avoir au moins 15 ans." />);
    for (const label of ['Jour', 'Mois', 'Année']) {
      expect(screen.getByLabelText(label).getAttribute('aria-invalid')).toBe('true');
    }
    expect(descriptions(screen.getByRole('group', { name: 'Date de naissance' }))).toEqual([
      'Par exemple : 14 juillet 2008',
      'Tu dois avoir au moins 15 ans.',
    ]);
  });
});

describe('ToggleButton', () => {
  it('says whether it is pressed, keeps its name, and never submits', () => {
    const onSubmit = vi.fn((event: Event) => event.preventDefault());
    function Chip() {
      const [on, setOn] = useState(false);
      return (
        <form onSubmit={(event) => onSubmit(event.nativeEvent)}>
          <ToggleButton pressed={on} onClick={() => setOn(!on)}>
            Cinéma
          </ToggleButton>
        </form>
      );
    }
    render(<Chip />);
    const chip = screen.getByRole('button', { name: 'Cinéma' });
    expect(chip.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(chip);
    expect(screen.getByRole('button', { name: 'Cinéma', pressed: true })).toBe(chip);
    expect(chip.className).toContain('button-toggle');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('keeps a caller’s aria-disabled (an action that explains itself instead of running)', () => {
    render(
      <ToggleButton pressed={false} aria-disabled>
        Carte
      </ToggleButton>,
    );
    expect(screen.getByRole('button', { name: 'Carte' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
  });
});
