import { errorMessage } from '@passculture/client';
import { useAppIdentity } from './context';
import { Button } from './controls';

/** A polite loading indicator, announced by screen readers. */
export function Loading({ label = 'Chargement…' }: { label?: string }) {
  return (
    <p role="status" className="loading">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

export interface ErrorAlertProps {
  /** Any error returned by Apollo Client; shown as a French sentence. */
  error: unknown;
  /** Offers a "Réessayer" button when given. */
  onRetry?: () => void;
}

export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const { register } = useAppIdentity();
  return (
    <div role="alert" className="alert alert-error">
      <p>{errorMessage(error, register)}</p>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          Réessayer
        </Button>
      )}
    </div>
  );
}
