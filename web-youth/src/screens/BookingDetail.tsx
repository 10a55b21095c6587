import { useQuery } from '@apollo/client/react';
import { ErrorAlert, Loading, Page } from '@passculture/ui';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { Ticket } from '../components/Ticket';
import { NothingKeptOffline, OfflineNotice } from '../offline/OfflineNotice';
import { useOffline } from '../offline/OfflineProvider';
import { myBookingsQuery } from '../queries';

/** One booking's ticket; right after booking, it says the booking is done. */
export default function BookingDetail() {
  const { id } = useParams();
  const state: unknown = useLocation().state;
  const justBooked = (state as { justBooked?: unknown } | null)?.justBooked === true;
  const { offline } = useOffline();
  // Offline, the copy kept on the phone is the answer: no request that can only fail.
  const { data, error, loading, refetch } = useQuery(myBookingsQuery, {
    fetchPolicy: offline ? 'cache-only' : 'cache-and-network',
  });
  const [notice, setNotice] = useState<string | null>(null);
  const successRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  const booking = data?.myBookings.find((item) => item.id === id);
  useEffect(() => {
    if (justBooked && booking) successRef.current?.focus();
  }, [justBooked, booking]);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  if (!data || (!booking && loading)) {
    if (offline && !data) return <NothingKeptOffline title="Ma réservation" />;
    if (error)
      return (
        <Page title="Ma réservation">
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        </Page>
      );
    return <Loading label="Chargement de ta réservation…" />;
  }
  if (!booking) {
    return (
      <Page title="Réservation introuvable">
        <p>Cette réservation n'existe pas ou n'est pas la tienne.</p>
        <p>
          <Link to="/reservations">Voir mes réservations</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title="Ma réservation">
      <OfflineNotice />
      {justBooked && booking.status === 'CONFIRMED' && !notice && (
        <div ref={successRef} tabIndex={-1} className="alert alert-success" role="status">
          <p>
            <strong>C'est réservé !</strong> Ta réservation est confirmée.
          </p>
          <p>Garde ce code : tu le retrouveras à tout moment dans « Mes réservations ».</p>
        </div>
      )}
      {notice && (
        <p ref={noticeRef} tabIndex={-1} role="status" className="alert alert-success">
          {notice}
        </p>
      )}
      <Ticket booking={booking} headingLevel={2} onCancelled={setNotice} />
      <p>
        <Link to="/reservations">Toutes mes réservations</Link>
      </p>
    </Page>
  );
}
