import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation } from '@apollo/client/react';
import { errorCodeOf, errorMessage } from '@passculture/client';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@passculture/ui';
import { activationNotice } from '../lib/activation';
import type { YouthUser } from '../me';
import { requestActivationMutation } from '../queries';

/**
 * The sentence for a refused request: NOT_ELIGIBLE carries the server's own
 * French reason (department not open, not 18 yet, already activated…).
 */
function requestFailureMessage(error: unknown): string {
  if (errorCodeOf(error) === 'NOT_ELIGIBLE' && CombinedGraphQLErrors.is(error)) {
    const reason = error.errors.find((e) => e.extensions?.code === 'NOT_ELIGIBLE')?.message;
    if (reason) return reason;
  }
  return errorMessage(error, 'tu');
}

/**
 * Why there is no credit yet (pre-registration, request pending…), and what
 * happens next; a pre-registered person in an open department can ask for it.
 */
export function ActivationNotice({ me }: { me: YouthUser }) {
  const [request, { data, loading }] = useMutation(requestActivationMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const failureRef = useRef<HTMLParagraphElement>(null);
  // The mutation also updates the cached `me`; its answer is used too so the
  // new state shows at once wherever `me` comes from.
  const requested = data?.requestActivation ?? null;
  const activationStatus = requested?.activationStatus ?? me.activationStatus;

  useEffect(() => {
    if (requested) headingRef.current?.focus();
  }, [requested]);
  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  const notice = activationNotice({
    activationStatus,
    department: requested?.department ?? me.department ?? null,
    hasWallet: me.wallet !== null,
  });
  if (!notice) return null;

  async function ask() {
    if (loading) return;
    setFailure(null);
    try {
      await request();
    } catch (error) {
      setFailure(requestFailureMessage(error));
    }
  }

  return (
    <section
      className={`card activation activation-${notice.tone}`}
      aria-labelledby="activation-heading"
    >
      <h2 id="activation-heading" ref={headingRef} tabIndex={-1}>
        {notice.title}
      </h2>
      {notice.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {notice.canRequest && failure && (
        <p ref={failureRef} tabIndex={-1} role="alert" className="alert alert-error">
          {failure}
        </p>
      )}
      {notice.canRequest && (
        <div className="button-row">
          <Button busy={loading} onClick={() => void ask()}>
            {loading ? 'Demande en cours…' : 'Demander mon crédit'}
          </Button>
        </div>
      )}
    </section>
  );
}
