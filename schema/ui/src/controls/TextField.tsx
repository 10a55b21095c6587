import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { FieldError, FieldHint, FieldLabel } from './FieldParts';
import { useFieldWiring } from './wiring';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'children'> {
  label: ReactNode;
  /** Help shown under the label, read with the control. */
  hint?: ReactNode;
  /** A French sentence saying what is wrong; marks the control invalid. */
  error?: ReactNode;
  ref?: Ref<HTMLInputElement>;
  /** Extra class on the field's wrapper (layout only). */
  fieldClassName?: string;
}

/** A labelled text-like input (text, e-mail, password, number, search, date, time…), with its
 * hint and error tied to it. The type is always written, so the shared styles apply. */
export function TextField({
  label,
  hint,
  error,
  id,
  type = 'text',
  fieldClassName,
  'aria-describedby': describedBy,
  ...input
}: TextFieldProps) {
  const wiring = useFieldWiring({ id, hasHint: !!hint, hasError: !!error, describedBy });
  return (
    <div className={fieldClassName ? `field ${fieldClassName}` : 'field'}>
      <FieldLabel htmlFor={wiring.id} required={input.required}>
        {label}
      </FieldLabel>
      {hint && <FieldHint id={wiring.hintId}>{hint}</FieldHint>}
      <input
        {...input}
        id={wiring.id}
        type={type}
        aria-invalid={wiring.invalid}
        aria-describedby={wiring.describedBy}
      />
      <FieldError id={wiring.errorId}>{error}</FieldError>
    </div>
  );
}

export type DateTimeFieldProps = Omit<TextFieldProps, 'type'>;

/** A date and time picked together (the browser's own picker, keyboard-usable). */
export function DateTimeField(props: DateTimeFieldProps) {
  return <TextField {...props} type="datetime-local" />;
}
