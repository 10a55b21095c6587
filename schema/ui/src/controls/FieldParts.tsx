import type { ReactNode } from 'react';

/** The label of a control. A required control is marked by an asterisk drawn by CSS with an
 * empty alternative text: screen readers announce the control's own `required` instead, and the
 * label's text (what tests and journeys find it by) stays the words alone. */
export function FieldLabel({
  htmlFor,
  required,
  children,
}: {
  htmlFor: string;
  required?: boolean;
  children: ReactNode;
}) {
  return (
    <label
      htmlFor={htmlFor}
      className={required ? 'field-label field-label-required' : 'field-label'}
    >
      {children}
    </label>
  );
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="field-hint hint">
      {children}
    </p>
  );
}

/** The error of one field, in words (never by colour alone), referenced by the control's
 * aria-describedby. Renders nothing without a message. */
export function FieldError({ id, children }: { id?: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={id} className="field-error">
      {children}
    </p>
  );
}
