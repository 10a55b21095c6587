import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { FieldError, FieldHint } from './FieldParts';
import { useFieldWiring } from './wiring';

export interface CheckboxFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'children'
> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  ref?: Ref<HTMLInputElement>;
  fieldClassName?: string;
}

/** One checkbox with its label beside it; the whole label is a 44 px target. */
export function CheckboxField({
  label,
  hint,
  error,
  id,
  fieldClassName,
  'aria-describedby': describedBy,
  ...input
}: CheckboxFieldProps) {
  const wiring = useFieldWiring({ id, hasHint: !!hint, hasError: !!error, describedBy });
  return (
    <div className={fieldClassName ? `field-check ${fieldClassName}` : 'field-check'}>
      <label className="checkbox" htmlFor={wiring.id}>
        <input
          {...input}
          id={wiring.id}
          type="checkbox"
          aria-invalid={wiring.invalid}
          aria-describedby={wiring.describedBy}
        />
        <span>{label}</span>
      </label>
      {hint && <FieldHint id={wiring.hintId}>{hint}</FieldHint>}
      <FieldError id={wiring.errorId}>{error}</FieldError>
    </div>
  );
}
