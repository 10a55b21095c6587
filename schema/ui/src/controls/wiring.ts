import { useId } from 'react';

export interface FieldWiringInput {
  /** An id chosen by the caller (e.g. for a link from an error summary); generated otherwise. */
  id?: string;
  hasHint: boolean;
  hasError: boolean;
  /** Ids of other elements that describe the control, kept after the hint and the error. */
  describedBy?: string;
}

export interface FieldWiring {
  id: string;
  hintId: string;
  errorId: string;
  /** The control's aria-describedby: its hint, then its error, then the caller's own ids. */
  describedBy: string | undefined;
  /** The control's aria-invalid: only present when there is an error. */
  invalid: true | undefined;
}

/** The ids and ARIA attributes that tie a label, a hint and an error to one control. */
export function useFieldWiring({
  id,
  hasHint,
  hasError,
  describedBy,
}: FieldWiringInput): FieldWiring {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const ids = [hasHint ? hintId : null, hasError ? errorId : null, describedBy || null].filter(
    Boolean,
  );
  return {
    id: controlId,
    hintId,
    errorId,
    describedBy: ids.length > 0 ? ids.join(' ') : undefined,
    invalid: hasError ? true : undefined,
  };
}
