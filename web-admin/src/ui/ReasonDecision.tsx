import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useId, useState, type FormEvent } from 'react';

export interface ReasonDecisionProps {
  /** The button that opens the form, e.g. « Refuser ». */
  label: string;
  /** Said to screen readers with the label: what it applies to. */
  subject: string;
  /** The confirm button, e.g. « Confirmer le refus ». */
  confirmLabel: string;
  busy?: boolean;
  /** The start of the reason, for the admin to complete (e.g. « Image non conforme : »). */
  initialReason?: string;
  onConfirm: (reason: string) => void;
}

/** A refusal that needs a written reason: the button opens a small form. */
export function ReasonDecision({
  label,
  subject,
  confirmLabel,
  busy,
  initialReason = '',
  onConfirm,
}: ReasonDecisionProps) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState(initialReason);
  const [missing, setMissing] = useState(false);
  const id = useId();

  if (!open) {
    return (
      <Button
        priority="secondary"
        size="small"
        onClick={() => setOpen(true)}
        nativeButtonProps={{ 'aria-label': `${label} : ${subject}` }}
      >
        {label}
      </Button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim() || reason.trim() === initialReason.trim()) {
      setMissing(true);
      return;
    }
    onConfirm(reason.trim());
  };
  return (
    <form onSubmit={submit} className="reason-form" aria-label={`${label} : ${subject}`}>
      <Input
        label="Motif (obligatoire)"
        state={missing ? 'error' : 'default'}
        stateRelatedMessage="Indiquez un motif."
        nativeInputProps={{
          id: `${id}-reason`,
          value: reason,
          maxLength: 500,
          autoFocus: true,
          onChange: (e) => {
            setReason(e.target.value);
            setMissing(false);
          },
        }}
      />
      <div className="reason-form-actions">
        <Button type="submit" size="small" disabled={busy}>
          {confirmLabel}
        </Button>
        <Button type="button" priority="tertiary" size="small" onClick={() => setOpen(false)}>
          Annuler
        </Button>
      </div>
    </form>
  );
}
