import type { ReactNode, Ref } from 'react';
import { FieldError, FieldHint } from './FieldParts';
import { useFieldWiring } from './wiring';

export interface RadioOption<Value extends string> {
  value: Value;
  label: ReactNode;
  /** A line under this option's label, read with it. */
  hint?: ReactNode;
  disabled?: boolean;
}

export interface RadioGroupProps<Value extends string> {
  /** The question, as the group's legend. */
  legend: ReactNode;
  name: string;
  options: readonly RadioOption<Value>[];
  value: Value | null;
  onChange: (value: Value) => void;
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  className?: string;
  /** Class of each option's label: "radio" (a line) by default; an app may draw cards. */
  optionClassName?: string;
  /** The first option's input, e.g. to move focus there when the group is in error. */
  firstOptionRef?: Ref<HTMLInputElement>;
}

/** A fieldset of radios: one legend, one hint and one error for the whole group, each option a
 * 44 px label. Arrow keys move between options (the browser's native behaviour). */
export function RadioGroup<Value extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  hint,
  error,
  required,
  className,
  optionClassName = 'radio',
  firstOptionRef,
}: RadioGroupProps<Value>) {
  const wiring = useFieldWiring({ hasHint: !!hint, hasError: !!error });
  return (
    <fieldset
      role="radiogroup"
      className={className ? `radio-group ${className}` : 'radio-group'}
      aria-describedby={wiring.describedBy}
      aria-invalid={wiring.invalid}
      aria-required={required || undefined}
    >
      <legend className={required ? 'field-label field-label-required' : 'field-label'}>
        {legend}
      </legend>
      {hint && <FieldHint id={wiring.hintId}>{hint}</FieldHint>}
      {options.map((option, index) => {
        const optionId = `${wiring.id}-${option.value}`;
        return (
          <label key={option.value} className={optionClassName} htmlFor={optionId}>
            <input
              ref={index === 0 ? firstOptionRef : undefined}
              id={optionId}
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              disabled={option.disabled}
              required={required}
              aria-describedby={option.hint ? `${optionId}-hint` : undefined}
              onChange={() => onChange(option.value)}
            />
            <span>
              {option.label}
              {option.hint && (
                <span id={`${optionId}-hint`} className="radio-hint">
                  {option.hint}
                </span>
              )}
            </span>
          </label>
        );
      })}
      <FieldError id={wiring.errorId}>{error}</FieldError>
    </fieldset>
  );
}
