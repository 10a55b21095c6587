import { useEffect, useId, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { plural } from '@passculture/client';
import { FieldError, FieldHint, FieldLabel } from './FieldParts';
import { useFieldWiring } from './wiring';

export interface ComboboxOption {
  /** Unique among all the options. */
  key: string;
  label: string;
  /** A second line, e.g. a venue's town. */
  detail?: string | null;
}

export interface ComboboxGroup {
  key: string;
  /** Read before the group's options: `Lieux`, `Villes`… */
  label: string;
  options: ComboboxOption[];
}

export interface ComboboxProps {
  /** The input's label is the caller's `<label htmlFor={inputId}>`. */
  inputId: string;
  value: string;
  onValueChange: (text: string) => void;
  groups: ComboboxGroup[];
  /** The person chose an option (click, or Enter on the active one). */
  onPick: (key: string) => void;
  /** Suggestions are on their way: the count is not announced yet. */
  loading?: boolean;
  /** Below this many characters nothing is suggested (and nothing announced). */
  minLength?: number;
  name?: string;
  placeholder?: string;
  /** Ids of the hint and error that describe the field. */
  describedBy?: string;
  /** The field's text was refused (shown by the caller's error message). */
  invalid?: boolean;
  /** Beside the input (e.g. the « Rechercher » button). */
  children?: ReactNode;
  /** The input, e.g. to move focus back to it after an error. */
  ref?: Ref<HTMLInputElement>;
}

/**
 * A text field that suggests as you type: the WAI-ARIA 1.2 combobox with a
 * grouped listbox. Focus stays in the field; Down and Up move the active option
 * (announced through `aria-activedescendant`), Enter chooses it (without an
 * active option, Enter sends the form as before), Escape closes the list, Alt+Down
 * opens it. The number of suggestions is announced once they arrive.
 */
export function Combobox({
  inputId,
  value,
  onValueChange,
  groups,
  onPick,
  loading = false,
  minLength = 2,
  name,
  placeholder,
  describedBy,
  invalid,
  children,
  ref,
}: ComboboxProps) {
  const listboxId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const visibleGroups = groups.filter((group) => group.options.length > 0);
  const options = visibleGroups.flatMap((group) => group.options);
  const typed = value.trim().length >= minLength;
  const expanded = open && typed && options.length > 0;
  const optionId = (index: number) => `${listboxId}-option-${index}`;

  // A new list of suggestions starts with no active option.
  const signature = options.map((option) => option.key).join('|');
  const [listSignature, setListSignature] = useState(signature);
  if (listSignature !== signature) {
    setListSignature(signature);
    setActive(-1);
  }

  useEffect(() => {
    if (!expanded || active < 0) return;
    document
      .getElementById(`${listboxId}-option-${active}`)
      ?.scrollIntoView?.({ block: 'nearest' });
  }, [active, expanded, listboxId]);

  function pick(index: number) {
    const option = options[index];
    if (!option) return;
    setOpen(false);
    setActive(-1);
    onPick(option.key);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = options.length;
    switch (event.key) {
      case 'ArrowDown': {
        if (!typed || count === 0) return;
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(event.altKey ? -1 : 0);
        } else if (!event.altKey) {
          setActive((current) => (current + 1) % count);
        }
        return;
      }
      case 'ArrowUp': {
        if (!typed || count === 0) return;
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(count - 1);
        } else {
          setActive((current) => (current <= 0 ? count - 1 : current - 1));
        }
        return;
      }
      case 'Enter': {
        if (expanded && active >= 0) {
          event.preventDefault();
          pick(active);
        } else {
          setOpen(false);
        }
        return;
      }
      case 'Escape': {
        if (expanded) {
          // Closes the list only; a second Escape lets the field clear itself.
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        }
        return;
      }
      case 'Tab':
        setOpen(false);
        return;
      default:
    }
  }

  let announcement = '';
  if (open && typed && !loading) {
    announcement =
      options.length === 0
        ? 'Aucune suggestion.'
        : `${plural(options.length, 'suggestion')}. Flèches haut et bas pour les parcourir, Entrée pour choisir.`;
  }

  let index = -1;
  return (
    <div className="combobox">
      <div className="inline-field">
        <input
          ref={ref}
          id={inputId}
          type="search"
          name={name}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={describedBy}
          aria-invalid={invalid ? true : undefined}
          autoComplete="off"
          enterKeyHint="search"
          placeholder={placeholder}
          value={value}
          onChange={(event) => {
            onValueChange(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onClick={() => setOpen(true)}
        />
        {children}
      </div>
      <div
        id={listboxId}
        role="listbox"
        aria-label="Suggestions"
        className="combobox-list"
        hidden={!expanded}
      >
        {expanded &&
          visibleGroups.map((group) => {
            return (
              <div key={group.key} role="group" aria-label={group.label}>
                <div aria-hidden="true" className="combobox-group-label">
                  {group.label}
                </div>
                {group.options.map((option) => {
                  index += 1;
                  const mine = index;
                  return (
                    <div
                      key={option.key}
                      id={optionId(mine)}
                      role="option"
                      aria-selected={mine === active}
                      className="combobox-option"
                      // Keep the focus in the field: the choice is made on click.
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => pick(mine)}
                    >
                      <span className="combobox-option-label">{option.label}</span>
                      {option.detail && (
                        <span className="combobox-option-detail">{option.detail}</span>
                      )}
                    </div>
                  );
                })}
              </div>
            );
          })}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

export interface ComboboxFieldProps extends Omit<
  ComboboxProps,
  'inputId' | 'describedBy' | 'invalid'
> {
  label: ReactNode;
  /** Help shown under the label, read with the field. */
  hint?: ReactNode;
  /** A French sentence saying what is wrong; marks the field invalid. */
  error?: ReactNode;
  /** An id chosen by the caller; generated otherwise. */
  id?: string;
  /** Extra class on the field's wrapper (layout only). */
  fieldClassName?: string;
}

/** The combobox with its label, hint and error tied to it, like every other field. */
export function ComboboxField({
  label,
  hint,
  error,
  id,
  fieldClassName,
  ...combobox
}: ComboboxFieldProps) {
  const wiring = useFieldWiring({ id, hasHint: !!hint, hasError: !!error });
  return (
    <div className={fieldClassName ? `field ${fieldClassName}` : 'field'}>
      <FieldLabel htmlFor={wiring.id}>{label}</FieldLabel>
      {hint && <FieldHint id={wiring.hintId}>{hint}</FieldHint>}
      <Combobox
        {...combobox}
        inputId={wiring.id}
        describedBy={wiring.describedBy}
        invalid={!!wiring.invalid}
      />
      <FieldError id={wiring.errorId}>{error}</FieldError>
    </div>
  );
}
