import { activationNotice } from '../lib/activation';
import type { YouthUser } from '../me';

/** Why there is no credit yet (pre-registration, request pending…), and what happens next. */
export function ActivationNotice({ me }: { me: YouthUser }) {
  const notice = activationNotice({
    activationStatus: me.activationStatus,
    departmentCode: me.departmentCode,
    hasWallet: me.wallet !== null,
  });
  if (!notice) return null;
  return (
    <section
      className={`card activation activation-${notice.tone}`}
      aria-labelledby="activation-heading"
    >
      <h2 id="activation-heading">{notice.title}</h2>
      {notice.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </section>
  );
}
