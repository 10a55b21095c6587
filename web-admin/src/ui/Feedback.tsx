import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { errorMessage } from '@passculture/client';

/** The result of the last action of a screen: a French sentence, announced. */
export type Feedback =
  { kind: 'success'; message: string } | { kind: 'error'; error: unknown } | null;

export function FeedbackAlert({ feedback }: { feedback: Feedback }) {
  return (
    <div aria-live="polite" className="feedback">
      {feedback?.kind === 'success' && (
        <Alert severity="success" small description={feedback.message} />
      )}
      {feedback?.kind === 'error' && (
        <Alert severity="error" small description={errorMessage(feedback.error, 'vous')} />
      )}
    </div>
  );
}
