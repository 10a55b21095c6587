import { clockLabel, DEFAULT_TIME_ZONE, formatDateTime } from '@passculture/client';

export type BookingStatus = 'CONFIRMED' | 'USED' | 'CANCELLED' | 'REIMBURSED';
export type BookingGroup = 'upcoming' | 'past' | 'cancelled';

export interface BookingTiming {
  status: BookingStatus;
  /** Events only: after it, the beneficiary can no longer cancel. */
  cancellationLimitAt: string | null;
  /** Events only. */
  beginsAt: string | null;
}

/**
 * Which tab a booking belongs to: cancelled ones apart; used (or reimbursed)
 * ones and events already begun are past; the rest is upcoming.
 */
export function bookingGroup(booking: BookingTiming, now: Date = new Date()): BookingGroup {
  if (booking.status === 'CANCELLED') return 'cancelled';
  if (booking.status === 'USED' || booking.status === 'REIMBURSED') return 'past';
  if (booking.beginsAt && new Date(booking.beginsAt).getTime() <= now.getTime()) return 'past';
  return 'upcoming';
}

/**
 * Whether the beneficiary may still cancel: a confirmed booking, of a thing
 * (until used) or of an event before its cancellation limit.
 */
export function canCancel(booking: BookingTiming, now: Date = new Date()): boolean {
  if (booking.status !== 'CONFIRMED') return false;
  if (booking.cancellationLimitAt === null) return true;
  return now.getTime() < new Date(booking.cancellationLimitAt).getTime();
}

/** An instant on the venue's clock, its clock named when it is not Paris. */
export function venueDateTime(iso: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  const clock = clockLabel(timeZone);
  return `${formatDateTime(iso, timeZone)}${clock ? ` (${clock})` : ''}`;
}

/** The sentence about cancelling shown on a ticket, on the venue's clock. */
export function cancellationSentence(
  booking: BookingTiming,
  now: Date = new Date(),
  timeZone: string = DEFAULT_TIME_ZONE,
): string {
  if (booking.status === 'CANCELLED') return 'Cette réservation est annulée.';
  if (booking.status !== 'CONFIRMED') return 'Cette réservation a été utilisée.';
  if (booking.cancellationLimitAt === null)
    return "Tu peux l'annuler tant que tu ne l'as pas utilisée.";
  const limit = venueDateTime(booking.cancellationLimitAt, timeZone);
  return canCancel(booking, now)
    ? `Tu peux l'annuler jusqu'au ${limit}.`
    : `Le délai d'annulation est passé (il courait jusqu'au ${limit}).`;
}

/** Splits bookings into the three tabs; upcoming soonest first, the others newest first. */
export function groupBookings<
  T extends BookingTiming & { bookedAt: string; cancelledAt?: string | null },
>(bookings: readonly T[], now: Date = new Date()): Record<BookingGroup, T[]> {
  const groups: Record<BookingGroup, T[]> = { upcoming: [], past: [], cancelled: [] };
  for (const booking of bookings) groups[bookingGroup(booking, now)].push(booking);
  const time = (value: string | null | undefined) => (value ? new Date(value).getTime() : 0);
  // Upcoming: dated events first by date, then things by booking date (newest first).
  groups.upcoming.sort((a, b) => {
    if (a.beginsAt && b.beginsAt) return time(a.beginsAt) - time(b.beginsAt);
    if (a.beginsAt) return -1;
    if (b.beginsAt) return 1;
    return time(b.bookedAt) - time(a.bookedAt);
  });
  groups.past.sort((a, b) => time(b.beginsAt ?? b.bookedAt) - time(a.beginsAt ?? a.bookedAt));
  groups.cancelled.sort(
    (a, b) => time(b.cancelledAt ?? b.bookedAt) - time(a.cancelledAt ?? a.bookedAt),
  );
  return groups;
}

export const CANCELLATION_REASONS: Record<string, string> = {
  BENEFICIARY: 'Annulée par toi',
  OFFERER: 'Annulée par le lieu',
  EXPIRED: "Annulée automatiquement : elle n'a pas été retirée à temps",
  FRAUD: 'Annulée par le pass Culture',
  BACKOFFICE: 'Annulée par le pass Culture',
};

export function cancellationReasonLabel(reason: string | null): string {
  return reason && Object.hasOwn(CANCELLATION_REASONS, reason)
    ? (CANCELLATION_REASONS[reason] ?? 'Annulée')
    : 'Annulée';
}

/** A fresh idempotency key for one booking confirmation. */
export function newIdempotencyKey(): string {
  const cryptoApi = globalThis.crypto;
  if (typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID();
  // randomUUID needs a secure context; getRandomValues does not.
  const bytes = cryptoApi.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** What is left of the credit after booking, and whether it is enough. */
export function creditAfter(
  wallet: { remainingCents: number; isExpired: boolean } | null,
  amountCents: number,
): { afterCents: number | null; enough: boolean } {
  if (amountCents === 0) return { afterCents: wallet ? wallet.remainingCents : null, enough: true };
  if (!wallet || wallet.isExpired) return { afterCents: null, enough: false };
  const afterCents = wallet.remainingCents - amountCents;
  return { afterCents, enough: afterCents >= 0 };
}
