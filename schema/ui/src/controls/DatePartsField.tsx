import type { ReactNode } from 'react';
import { FieldError, FieldHint } from './FieldParts';
import { useFieldWiring } from './wiring';

export type DatePart = 'day' | 'month' | 'year';

export type DateParts = Record<DatePart, string>;

/** The months, as the month list shows them (its values are 1 to 12). */
export const MONTH_NAMES = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

export interface DatePartsFieldProps {
  legend: ReactNode;
  hint?: ReactNode;
  /** One error for the whole date; marks the three parts invalid. */
  error?: ReactNode;
  required?: boolean;
  /** The parts' ids are `${id}-day`, `${id}-month`, `${id}-year`; generated otherwise. */
  id?: string;
  /** The parts' names (e.g. to move focus to the day on an error). */
  names: DateParts;
  value: DateParts;
  onChange: (part: DatePart, value: string) => void;
  onBlur?: () => void;
  /** `bday` for a birth date: the browser fills bday-day, bday-month and bday-year. */
  autoComplete?: 'bday';
  className?: string;
}

/**
 * A date known by heart (a birth date) typed in three parts: day, month in words, year.
 * Easier than a calendar for a date decades back, and the platform's keypads on phones.
 * The legend names the date, each part has its own visible label, and the hint and error
 * describe the group.
 */
export function DatePartsField({
  legend,
  hint,
  error,
  required,
  id,
  names,
  value,
  onChange,
  onBlur,
  autoComplete,
  className,
}: DatePartsFieldProps) {
  const wiring = useFieldWiring({ id, hasHint: !!hint, hasError: !!error });
  const partId = (part: DatePart) => `${wiring.id}-${part}`;
  const auto = (part: DatePart) => (autoComplete ? `${autoComplete}-${part}` : undefined);
  // Day and year: digits typed on a numeric keypad, wired like the month.
  const digits = (part: 'day' | 'year', label: string, maxLength: number) => (
    <div className={`date-part date-part-${part}`}>
      <label htmlFor={partId(part)}>{label}</label>
      <input
        id={partId(part)}
        name={names[part]}
        type="text"
        inputMode="numeric"
        autoComplete={auto(part)}
        maxLength={maxLength}
        required={required}
        value={value[part]}
        onChange={(event) => onChange(part, event.target.value)}
        onBlur={onBlur}
        aria-invalid={wiring.invalid}
      />
    </div>
  );
  return (
    <fieldset
      className={className ? `fieldset date-parts-field ${className}` : 'fieldset date-parts-field'}
      aria-describedby={wiring.describedBy}
    >
      <legend className={required ? 'field-label field-label-required' : 'field-label'}>
        {legend}
      </legend>
      {hint && <FieldHint id={wiring.hintId}>{hint}</FieldHint>}
      <div className="date-parts">
        {digits('day', 'Jour', 2)}
        <div className="date-part date-part-month">
          <label htmlFor={partId('month')}>Mois</label>
          <select
            id={partId('month')}
            name={names.month}
            autoComplete={auto('month')}
            required={required}
            value={value.month}
            onChange={(event) => onChange('month', event.target.value)}
            onBlur={onBlur}
            aria-invalid={wiring.invalid}
          >
            <option value="">—</option>
            {MONTH_NAMES.map((month, index) => (
              <option key={month} value={String(index + 1)}>
                {month}
              </option>
            ))}
          </select>
        </div>
        {digits('year', 'Année', 4)}
      </div>
      <FieldError id={wiring.errorId}>{error}</FieldError>
    </fieldset>
  );
}
