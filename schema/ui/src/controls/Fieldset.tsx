import type { ReactNode } from 'react';
import { FieldError, FieldHint } from './FieldParts';
import { useFieldWiring } from './wiring';

export interface FieldsetProps {
  /** What the controls inside answer together (« Prix », « Date de naissance »). */
  legend: ReactNode;
  hint?: ReactNode;
  /** One error for the whole group; marks the group invalid. */
  error?: ReactNode;
  required?: boolean;
  /** An id chosen by the caller (hint and error ids derive from it); generated otherwise. */
  id?: string;
  className?: string;
  children: ReactNode;
}

/** Controls that belong together (checkboxes of one question, the parts of a date): one
 * legend, one hint and one error, the group described by them. */
export function Fieldset({
  legend,
  hint,
  error,
  required,
  id,
  className,
  children,
}: FieldsetProps) {
  const wiring = useFieldWiring({ id, hasHint: !!hint, hasError: !!error });
  return (
    <fieldset
      id={id}
      className={className ? `fieldset ${className}` : 'fieldset'}
      aria-describedby={wiring.describedBy}
      aria-invalid={wiring.invalid}
    >
      <legend className={required ? 'field-label field-label-required' : 'field-label'}>
        {legend}
      </legend>
      {hint && <FieldHint id={wiring.hintId}>{hint}</FieldHint>}
      {children}
      <FieldError id={wiring.errorId}>{error}</FieldError>
    </fieldset>
  );
}
