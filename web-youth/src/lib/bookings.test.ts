import { describe, expect, it } from 'vitest';
import {
  bookingGroup,
  canCancel,
  cancellationReasonLabel,
  cancellationSentence,
  venueDateTime,
  creditAfter,
  groupBookings,
  newIdempotencyKey,
  type BookingTiming,
} from './bookings';

const now = new Date('2026-11-26T10:00:00Z');
const event: BookingTiming = {
  status: 'CONFIRMED',
  beginsAt: '2026-12-08T19:30:00Z',
  cancellationLimitAt: '2026-11-28T10:00:00Z',
};
const thing: BookingTiming = { status: 'CONFIRMED', beginsAt: null, cancellationLimitAt: null };

describe('booking deadline logic', () => {
  it('lets an event be cancelled until its cancellation limit, not after', () => {
    expect(canCancel(event, now)).toBe(true);
    expect(canCancel(event, new Date('2026-11-28T09:59:59Z'))).toBe(true);
    expect(canCancel(event, new Date('2026-11-28T10:00:00Z'))).toBe(false);
  });

  it('lets a thing be cancelled as long as it is not used', () => {
    expect(canCancel(thing, new Date('2030-01-01T00:00:00Z'))).toBe(true);
    expect(canCancel({ ...thing, status: 'USED' }, now)).toBe(false);
    expect(canCancel({ ...thing, status: 'REIMBURSED' }, now)).toBe(false);
    expect(canCancel({ ...thing, status: 'CANCELLED' }, now)).toBe(false);
  });

  it('says until when, in Paris time', () => {
    expect(cancellationSentence(event, now)).toBe(
      "Tu peux l'annuler jusqu'au samedi 28 novembre 2026 à 11\u00a0h.",
    );
    expect(cancellationSentence(event, new Date('2026-11-29T00:00:00Z'))).toBe(
      "Le délai d'annulation est passé (il courait jusqu'au samedi 28 novembre 2026 à 11\u00a0h).",
    );
    expect(cancellationSentence(thing, now)).toBe(
      "Tu peux l'annuler tant que tu ne l'as pas utilisée.",
    );
    expect(cancellationSentence({ ...thing, status: 'USED' }, now)).toBe(
      'Cette réservation a été utilisée.',
    );
  });

  it('says until when on the venue’s clock, naming it overseas', () => {
    // 10:00 UTC is 07:00 in Cayenne.
    expect(cancellationSentence(event, now, 'America/Cayenne')).toBe(
      "Tu peux l'annuler jusqu'au samedi 28 novembre 2026 à 7\u00a0h (heure de Cayenne).",
    );
    expect(venueDateTime('2026-11-28T16:30:00Z', 'Indian/Reunion')).toBe(
      'samedi 28 novembre 2026 à 20\u00a0h\u00a030 (heure de La Réunion)',
    );
    expect(venueDateTime('2026-11-28T16:30:00Z', 'Europe/Paris')).toBe(
      'samedi 28 novembre 2026 à 17\u00a0h\u00a030',
    );
  });
});

describe('bookings tabs', () => {
  it('puts each booking in upcoming, past or cancelled', () => {
    expect(bookingGroup(event, now)).toBe('upcoming');
    expect(bookingGroup(thing, now)).toBe('upcoming');
    expect(bookingGroup({ ...event, status: 'CANCELLED' }, now)).toBe('cancelled');
    expect(bookingGroup({ ...thing, status: 'USED' }, now)).toBe('past');
    expect(bookingGroup({ ...thing, status: 'REIMBURSED' }, now)).toBe('past');
    // An event that has begun is past even before the counter marks it used.
    expect(bookingGroup(event, new Date('2026-12-08T19:30:00Z'))).toBe('past');
  });

  it('sorts upcoming events soonest first, then things newest first', () => {
    const items = [
      { ...thing, id: 'old-thing', bookedAt: '2026-10-01T00:00:00Z' },
      {
        ...event,
        id: 'late-event',
        beginsAt: '2027-01-10T19:00:00Z',
        bookedAt: '2026-11-01T00:00:00Z',
      },
      { ...thing, id: 'new-thing', bookedAt: '2026-11-20T00:00:00Z' },
      { ...event, id: 'soon-event', bookedAt: '2026-11-02T00:00:00Z' },
      {
        ...event,
        id: 'cancelled',
        status: 'CANCELLED' as const,
        bookedAt: '2026-11-03T00:00:00Z',
        cancelledAt: '2026-11-04T00:00:00Z',
      },
      { ...thing, id: 'used', status: 'USED' as const, bookedAt: '2026-09-01T00:00:00Z' },
    ];
    const groups = groupBookings(items, now);
    expect(groups.upcoming.map((item) => item.id)).toEqual([
      'soon-event',
      'late-event',
      'new-thing',
      'old-thing',
    ]);
    expect(groups.past.map((item) => item.id)).toEqual(['used']);
    expect(groups.cancelled.map((item) => item.id)).toEqual(['cancelled']);
  });

  it('explains who cancelled', () => {
    expect(cancellationReasonLabel('BENEFICIARY')).toBe('Annulée par toi');
    expect(cancellationReasonLabel('OFFERER')).toBe('Annulée par le lieu');
    expect(cancellationReasonLabel('EXPIRED')).toMatch(/automatiquement/);
    expect(cancellationReasonLabel(null)).toBe('Annulée');
    expect(cancellationReasonLabel('constructor')).toBe('Annulée');
  });
});

describe('booking confirmation', () => {
  const wallet = { remainingCents: 5000, isExpired: false };

  it('computes the credit left after booking', () => {
    expect(creditAfter(wallet, 4350)).toEqual({ afterCents: 650, enough: true });
    expect(creditAfter(wallet, 5000)).toEqual({ afterCents: 0, enough: true });
    expect(creditAfter(wallet, 5001)).toEqual({ afterCents: -1, enough: false });
  });

  it('lets anyone book a free offer, and nobody without an active credit book a paid one', () => {
    expect(creditAfter(null, 0)).toEqual({ afterCents: null, enough: true });
    expect(creditAfter(null, 100)).toEqual({ afterCents: null, enough: false });
    expect(creditAfter({ remainingCents: 5000, isExpired: true }, 100).enough).toBe(false);
  });

  it('draws a fresh idempotency key each time', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f-]{32,36}$/);
  });
});
