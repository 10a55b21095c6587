import { useQuery } from '@apollo/client/react';
import { ErrorAlert, Loading, Page } from '@passculture/ui';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Ticket } from '../components/Ticket';
import { groupBookings, type BookingGroup } from '../lib/bookings';
import { NothingKeptOffline, OfflineNotice } from '../offline/OfflineNotice';
import { useOffline } from '../offline/OfflineProvider';
import { myBookingsQuery } from '../queries';

const TABS: ReadonlyArray<{ group: BookingGroup; param: string | null; label: string }> = [
  { group: 'upcoming', param: null, label: 'À venir' },
  { group: 'past', param: 'passees', label: 'Passées' },
  { group: 'cancelled', param: 'annulees', label: 'Annulées' },
];

const EMPTY: Record<BookingGroup, string> = {
  upcoming: "Tu n'as pas de réservation à venir.",
  past: "Tu n'as pas encore de réservation passée.",
  cancelled: "Tu n'as pas de réservation annulée.",
};

/** My bookings: upcoming (with their tickets), past, cancelled. */
export default function Bookings() {
  const [params] = useSearchParams();
  const current = TABS.find((tab) => tab.param === params.get('vue')) ?? TABS[0]!;
  const { offline } = useOffline();
  // Offline, the copy kept on the phone is the answer: no request that can only fail.
  const { data, error, refetch } = useQuery(myBookingsQuery, {
    fetchPolicy: offline ? 'cache-only' : 'cache-and-network',
  });
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const groups = data
    ? groupBookings(
        data.myBookings.map((booking) => ({ ...booking, beginsAt: booking.stock.beginsAt })),
      )
    : null;
  const list = groups?.[current.group] ?? [];

  return (
    <Page title="Mes réservations">
      <OfflineNotice />
      <nav aria-label="Type de réservations" className="segmented">
        <ul>
          {TABS.map((tab) => (
            <li key={tab.group}>
              <Link
                to={tab.param ? `/reservations?vue=${tab.param}` : '/reservations'}
                aria-current={tab.group === current.group ? 'page' : undefined}
                onClick={() => setNotice(null)}
              >
                {tab.label}
                {groups && ` (${groups[tab.group].length})`}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {notice && (
        <p ref={noticeRef} tabIndex={-1} role="status" className="alert alert-success">
          {notice}
        </p>
      )}

      {!data ? (
        offline ? (
          <NothingKeptOffline />
        ) : error ? (
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        ) : (
          <Loading label="Chargement de tes réservations…" />
        )
      ) : (
        <section aria-labelledby="bookings-heading">
          <h2 id="bookings-heading" className="visually-hidden">
            Réservations {current.label.toLowerCase()}
          </h2>
          {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
          {list.length === 0 ? (
            <div className="empty-state">
              <p>{EMPTY[current.group]}</p>
              {current.group === 'upcoming' && (
                <p>
                  <Link to="/recherche" className="button button-primary">
                    Trouver une offre
                  </Link>
                </p>
              )}
            </div>
          ) : (
            <ul className="ticket-list">
              {list.map((booking) => (
                <li key={booking.id}>
                  <Ticket booking={booking} linkToDetail onCancelled={setNotice} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </Page>
  );
}
