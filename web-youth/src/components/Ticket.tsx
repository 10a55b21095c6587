import { useMutation } from '@apollo/client/react';
import {
  BOOKING_STATUS_LABELS,
  labelOf,
  errorMessage,
  formatDateTime,
  formatEuros,
  plural,
} from '@passculture/client';
import { Button } from '@passculture/ui';
import { QRCodeSVG } from 'qrcode.react';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { YouthMyBookingsQuery } from '../gql/graphql';
import {
  bookingGroup,
  canCancel,
  cancellationReasonLabel,
  cancellationSentence,
  venueDateTime,
} from '../lib/bookings';

import { cancelBookingMutation, meQuery } from '../queries';

export type BookingItem = YouthMyBookingsQuery['myBookings'][number];

export interface TicketProps {
  booking: BookingItem;
  /** The offer name as a heading of this level. */
  headingLevel?: 2 | 3;
  /** Called once the booking is cancelled, with the French confirmation. */
  onCancelled?: (message: string) => void;
  /** Links the offer name to the ticket page (in lists). */
  linkToDetail?: boolean;
}

/** A young person's ticket: reimbursing the venue is none of their business, it was used. */
function statusLabel(status: string): string {
  return labelOf(BOOKING_STATUS_LABELS, status === 'REIMBURSED' ? 'USED' : status);
}

/**
 * A booking as a ticket: the token in large type and its QR code to show at
 * the counter, where and when, the cancellation deadline and the cancel action.
 */
export function Ticket({ booking, headingLevel = 3, onCancelled, linkToDetail }: TicketProps) {
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const now = new Date();
  const group = bookingGroup(
    {
      status: booking.status,
      cancellationLimitAt: booking.cancellationLimitAt,
      beginsAt: booking.stock.beginsAt,
    },
    now,
  );
  const timing = {
    status: booking.status,
    cancellationLimitAt: booking.cancellationLimitAt,
    beginsAt: booking.stock.beginsAt,
  };
  const cancellable = canCancel(timing, now);
  const venue = booking.offer.venue;
  const showCode = group === 'upcoming';

  return (
    <article className={`ticket ticket-${group}`} aria-labelledby={`${id}-title`}>
      <p className="ticket-category">
        {booking.offer.subcategory.label}
        <span className={`status status-${booking.status.toLowerCase()}`}>
          {statusLabel(booking.status)}
        </span>
      </p>
      <Heading id={`${id}-title`} className="ticket-title">
        {linkToDetail ? (
          <Link to={`/reservations/${booking.id}`}>{booking.offer.name}</Link>
        ) : (
          booking.offer.name
        )}
      </Heading>

      {showCode && (
        <div className="ticket-code">
          <p className="ticket-token-label">Ton code de réservation</p>
          <p className="ticket-token">
            <span className="visually-hidden">Code : </span>
            <span className="ticket-token-value">{booking.token}</span>
          </p>
          <QRCodeSVG
            value={booking.qrCodePayload}
            size={176}
            level="M"
            marginSize={2}
            role="img"
            aria-label={`QR code de la réservation ${booking.token}`}
            className="ticket-qr"
          />
          <p className="hint">
            {booking.offer.isDigital
              ? 'Garde ce code : il prouve ta réservation.'
              : 'Montre ce code ou ce QR code au guichet du lieu.'}
          </p>
        </div>
      )}

      <dl className="facts ticket-facts">
        {booking.stock.beginsAt && (
          <>
            <dt>Date</dt>
            <dd>{venueDateTime(booking.stock.beginsAt, venue.timeZone)}</dd>
          </>
        )}
        <dt>Lieu</dt>
        <dd>
          {venue.isVirtual ? (
            'Offre numérique, en ligne'
          ) : (
            <>
              {venue.name}
              <br />
              {[venue.address, `${venue.postalCode} ${venue.city}`].filter(Boolean).join(', ')}
            </>
          )}
        </dd>
        {booking.offer.isDigital && booking.offer.url && showCode && (
          <>
            <dt>Accès</dt>
            <dd>
              <a href={booking.offer.url} target="_blank" rel="noreferrer">
                Accéder à l'offre en ligne
                <span className="visually-hidden"> (nouvelle fenêtre)</span>
              </a>
            </dd>
          </>
        )}
        <dt>Places</dt>
        <dd>{plural(booking.quantity, 'place')}</dd>
        <dt>Prix</dt>
        <dd>{booking.amountCents === 0 ? 'Gratuit' : formatEuros(booking.amountCents)}</dd>
        {!showCode && (
          <>
            <dt>Code</dt>
            <dd className="ticket-token-small">{booking.token}</dd>
          </>
        )}
        {booking.status === 'CANCELLED' && (
          <>
            <dt>Annulation</dt>
            <dd>{cancellationReasonLabel(booking.cancellationReason)}</dd>
          </>
        )}
        {booking.usedAt && (
          <>
            <dt>Utilisée le</dt>
            <dd>{formatDateTime(booking.usedAt, venue.timeZone)}</dd>
          </>
        )}
      </dl>

      {booking.status === 'CONFIRMED' && (
        <p className="ticket-deadline">{cancellationSentence(timing, now, venue.timeZone)}</p>
      )}
      {cancellable && <CancelBooking booking={booking} onCancelled={onCancelled} />}
    </article>
  );
}

function CancelBooking({
  booking,
  onCancelled,
}: {
  booking: BookingItem;
  onCancelled?: (message: string) => void;
}) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [cancel, { loading }] = useMutation(cancelBookingMutation, {
    refetchQueries: [meQuery],
  });
  const questionRef = useRef<HTMLParagraphElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) questionRef.current?.focus();
    else if (wasConfirming.current) openerRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function confirm() {
    if (loading) return;
    setFailure(null);
    try {
      await cancel({ variables: { bookingId: booking.id } });
      const refund =
        booking.amountCents > 0
          ? ` Ton crédit a été recrédité de ${formatEuros(booking.amountCents)}.`
          : '';
      onCancelled?.(`Ta réservation « ${booking.offer.name} » est annulée.${refund}`);
    } catch (error) {
      setFailure(errorMessage(error, 'tu'));
    }
  }

  if (!confirming) {
    return (
      <Button
        ref={openerRef}
        variant="secondary"
        className="ticket-cancel"
        onClick={() => setConfirming(true)}
      >
        Annuler la réservation
        <span className="visually-hidden"> « {booking.offer.name} »</span>
      </Button>
    );
  }
  return (
    <div className="confirm-box" role="group" aria-labelledby={`${id}-question`}>
      <p id={`${id}-question`} ref={questionRef} tabIndex={-1} className="confirm-question">
        Annuler ta réservation « {booking.offer.name} » ?
      </p>
      <p>
        {booking.amountCents > 0
          ? `Ton crédit sera recrédité de ${formatEuros(booking.amountCents)}. `
          : ''}
        Ta place sera libérée pour quelqu'un d'autre : tu ne pourras pas revenir en arrière.
      </p>
      {failure && (
        <p role="alert" className="alert alert-error">
          {failure}
        </p>
      )}
      <div className="button-row">
        <Button variant="danger" busy={loading} onClick={() => void confirm()}>
          {loading ? 'Annulation…' : 'Oui, annuler'}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          Non, garder ma réservation
        </Button>
      </div>
    </div>
  );
}
