import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { FieldError, FieldHint, FieldLabel } from './FieldParts';
import { useFieldWiring } from './wiring';

export interface TextAreaFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'children'
> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  ref?: Ref<HTMLTextAreaElement>;
  fieldClassName?: string;
}

/** A labelled multi-line text. */
export function TextAreaField({
  label,
  hint,
  error,
  id,
  fieldClassName,
  rows = 4,
  'aria-describedby': describedBy,
  ...textarea
}: TextAreaFieldProps) {
  const wiring = useFieldWiring({ id, hasHint: !!hint, hasError: !!error, describedBy });
  return (
    <div className={fieldClassName ? `field ${fieldClassName}` : 'field'}>
      <FieldLabel htmlFor={wiring.id} required={textarea.required}>
        {label}
      </FieldLabel>
      {hint && <FieldHint id={wiring.hintId}>{hint}</FieldHint>}
      <textarea
        {...textarea}
        id={wiring.id}
        rows={rows}
        aria-invalid={wiring.invalid}
        aria-describedby={wiring.describedBy}
      />
      <FieldError id={wiring.errorId}>{error}</FieldError>
    </div>
  );
}
