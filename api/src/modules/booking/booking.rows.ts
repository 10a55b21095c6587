import type { BookingStatusName } from './booking.rules.js';

export interface BookingRow {
  id: number;
  userId: number;
  stockId: number;
  offerId: number;
  token: string;
  quantity: number;
  amountCents: number;
  status: BookingStatusName;
  cancellationReason: string | null;
  bookedAt: Date;
  cancellationLimitAt: Date | null;
  usedAt: Date | null;
  cancelledAt: Date | null;
  reimbursedAt: Date | null;
}

export const BOOKING_COLUMNS = `b.id, b.user_id as "userId", b.stock_id as "stockId", b.offer_id as "offerId", b.token,
  b.quantity, b.amount_cents as "amountCents", b.status, b.cancellation_reason as "cancellationReason",
  b.booked_at as "bookedAt", b.cancellation_limit_at as "cancellationLimitAt", b.used_at as "usedAt",
  b.cancelled_at as "cancelledAt", b.reimbursed_at as "reimbursedAt"`;

export const BOOKING_DATES = [
  'bookedAt',
  'cancellationLimitAt',
  'usedAt',
  'cancelledAt',
  'reimbursedAt',
] as const;
