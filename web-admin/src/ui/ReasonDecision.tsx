import { Button, TextField } from '@passculture/ui';
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
        variant="secondary"
        size="small"
        onClick={() => setOpen(true)}
        aria-label={`${label} : ${subject}`}
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
      <TextField
        label="Motif (obligatoire)"
        error={missing ? 'Indiquez un motif.' : undefined}
        id={`${id}-reason`}
        value={reason}
        maxLength={500}
        autoFocus
        onChange={(e) => {
          setReason(e.target.value);
          setMissing(false);
        }}
      />
      <div className="reason-form-actions">
        <Button type="submit" size="small" disabled={busy}>
          {confirmLabel}
        </Button>
        <Button type="button" variant="tertiary" size="small" onClick={() => setOpen(false)}>
          Annuler
        </Button>
      </div>
    </form>
  );
}
