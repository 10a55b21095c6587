import { errorMessage } from '@passculture/client';
import { FormAlert } from '@passculture/ui';

/** The result of the last action of a screen: a French sentence, announced. */
export type Feedback =
  { kind: 'success'; message: string } | { kind: 'error'; error: unknown } | null;

export function FeedbackAlert({ feedback }: { feedback: Feedback }) {
  return (
    <div aria-live="polite" className="feedback">
      {feedback?.kind === 'success' && <FormAlert kind="success">{feedback.message}</FormAlert>}
      {feedback?.kind === 'error' && (
        <FormAlert kind="error">{errorMessage(feedback.error, 'vous')}</FormAlert>
      )}
    </div>
  );
}
