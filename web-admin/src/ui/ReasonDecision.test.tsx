import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ReasonDecision } from './ReasonDecision';

describe('ReasonDecision', () => {
  it('asks for a reason before confirming, and sends it trimmed', () => {
    const onConfirm = vi.fn();
    render(
      <ReasonDecision
        label="Refuser"
        subject="la demande de Nina"
        confirmLabel="Confirmer le refus"
        onConfirm={onConfirm}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Refuser : la demande de Nina' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer le refus' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByText('Indiquez un motif.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Motif (obligatoire)'), {
      target: { value: '  Pièce illisible ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer le refus' }));
    expect(onConfirm).toHaveBeenCalledWith('Pièce illisible');
  });

  it('can be cancelled', () => {
    render(
      <ReasonDecision
        label="Rejeter"
        subject="l'offre X"
        confirmLabel="Confirmer"
        onConfirm={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: "Rejeter : l'offre X" }));
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByLabelText('Motif (obligatoire)')).toBeNull();
  });
});
