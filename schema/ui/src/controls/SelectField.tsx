import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { FieldError, FieldHint, FieldLabel } from './FieldParts';
import { useFieldWiring } from './wiring';

export interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  ref?: Ref<HTMLSelectElement>;
  fieldClassName?: string;
  /** The <option> elements. */
  children: ReactNode;
}

/** A labelled native select (the platform's own list on phones). */
export function SelectField({
  label,
  hint,
  error,
  id,
  fieldClassName,
  children,
  'aria-describedby': describedBy,
  ...select
}: SelectFieldProps) {
  const wiring = useFieldWiring({ id, hasHint: !!hint, hasError: !!error, describedBy });
  return (
    <div className={fieldClassName ? `field ${fieldClassName}` : 'field'}>
      <FieldLabel htmlFor={wiring.id} required={select.required}>
        {label}
      </FieldLabel>
      {hint && <FieldHint id={wiring.hintId}>{hint}</FieldHint>}
      <select
        {...select}
        id={wiring.id}
        aria-invalid={wiring.invalid}
        aria-describedby={wiring.describedBy}
      >
        {children}
      </select>
      <FieldError id={wiring.errorId}>{error}</FieldError>
    </div>
  );
}
