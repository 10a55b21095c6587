import { addMonths } from '../../shared/time.js';

/** Pure wallet arithmetic, in integer cents. */

export interface DepositFigures {
  policyCode: string;
  amountCents: number;
  digitalCapCents: number | null;
  physicalCapCents: number | null;
  expiresAt: Date;
}

/** Sums of `amount × quantity` over the deposit's non-cancelled bookings. */
export interface SpentFigures {
  totalCents: number;
  digitalCents: number;
  physicalCents: number;
}

export interface WalletFigures {
  policy: string;
  initialCents: number;
  remainingCents: number;
  /** What can still go to digital offers: the cap left, within the total left; null without cap. */
  digitalRemainingCents: number | null;
  physicalRemainingCents: number | null;
  expiresAt: Date;
  isExpired: boolean;
}

export function computeWallet(
  deposit: DepositFigures,
  spent: SpentFigures,
  now: Date,
): WalletFigures {
  const isExpired = deposit.expiresAt.getTime() <= now.getTime();
  const remainingCents = isExpired ? 0 : Math.max(0, deposit.amountCents - spent.totalCents);
  const capLeft = (cap: number | null, used: number) =>
    cap === null ? null : Math.min(remainingCents, Math.max(0, cap - used));
  return {
    policy: deposit.policyCode,
    initialCents: deposit.amountCents,
    remainingCents,
    digitalRemainingCents: capLeft(deposit.digitalCapCents, spent.digitalCents),
    physicalRemainingCents: capLeft(deposit.physicalCapCents, spent.physicalCents),
    expiresAt: deposit.expiresAt,
    isExpired,
  };
}

/** When a deposit granted on `today` ends: after the policy's months, or on a birthday. */
export function depositExpiry(
  policy: { validityMonths: number | null; expiresAtAge: number | null },
  birthDate: string,
  today: Date,
): Date {
  if (policy.validityMonths !== null) return addMonths(today, policy.validityMonths);
  if (policy.expiresAtAge === null) throw new Error('A grant policy needs a validity');
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year + policy.expiresAtAge, month - 1, day));
}
