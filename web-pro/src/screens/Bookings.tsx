import { useMutation, useQuery } from '@apollo/client/react';
import {
  BOOKING_STATUS_LABELS,
  formatEuros,
  formatNumericDateTime,
  parseDay,
  zonedTimeToUtc,
} from '@passculture/client';
import {
  Button,
  ErrorAlert,
  FormAlert,
  Loading,
  Page,
  SelectField,
  TextField,
} from '@passculture/ui';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { proErrorMessage } from '../lib/errors';
import type { ProBookingFilterInput } from '../gql/graphql';
import { bookingsQuery, cancelBookingMutation, myOfferersQuery } from '../queries';

interface FilterForm {
  venueId: string;
  status: string;
  bookedFrom: string;
  bookedTo: string;
  eventFrom: string;
  eventTo: string;
}

const EMPTY: FilterForm = {
  venueId: '',
  status: '',
  bookedFrom: '',
  bookedTo: '',
  eventFrom: '',
  eventTo: '',
};

/** Midnight (Paris) starting a day typed in a date field; `to` days count whole. */
function dayStart(value: string, plusOne = false): string | null {
  const day = parseDay(value);
  if (!day) return null;
  const start = { ...day, day: day.day + (plusOne ? 1 : 0) };
  return zonedTimeToUtc(start, { hour: 0, minute: 0 }, 'Europe/Paris').toISOString();
}

export function toFilter(form: FilterForm, offerId: string | null = null): ProBookingFilterInput {
  return {
    venueId: form.venueId || null,
    offerId,
    status: (form.status || null) as ProBookingFilterInput['status'],
    bookedFrom: dayStart(form.bookedFrom),
    bookedTo: dayStart(form.bookedTo, true),
    eventFrom: dayStart(form.eventFrom),
    eventTo: dayStart(form.eventTo, true),
  };
}

/** The CSV export of the same filter (the session cookie goes with the link). */
export function exportUrl(filter: ProBookingFilterInput): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, String(value));
  const query = params.toString();
  return `/exports/bookings.csv${query ? `?${query}` : ''}`;
}

/** Every booking of the pro's venues, filtered, 20 at a time, and their CSV export. */
export default function Bookings() {
  // Reached from an offer's page: its bookings only, until the pro removes that filter.
  const [params, setParams] = useSearchParams();
  const offerId = params.get('offre');
  const [form, setForm] = useState(EMPTY);
  const [filter, setFilter] = useState<ProBookingFilterInput>(toFilter(EMPTY, offerId));
  const [confirming, setConfirming] = useState<string | null>(null);
  const [cancel, cancellation] = useMutation(cancelBookingMutation);
  const offerers = useQuery(myOfferersQuery);
  const bookings = useQuery(bookingsQuery, { variables: { filter } });
  const venues = (offerers.data?.myOfferers ?? []).flatMap((o) => o.venues);
  const set = (key: keyof FilterForm) => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilter(toFilter(form, offerId));
  }

  async function cancelBooking(id: string) {
    try {
      await cancel({ variables: { id } });
      setConfirming(null);
      await bookings.refetch();
    } catch {
      // Shown above the list.
    }
  }

  const page = bookings.data?.proBookings;
  return (
    <Page title="Réservations">
      {offerId && (
        <p className="actions">
          Réservations d'une seule offre.{' '}
          <Button
            variant="secondary"
            onClick={() => {
              setParams({});
              setFilter(toFilter(form));
            }}
          >
            Voir toutes les offres
          </Button>
        </p>
      )}
      <form className="filters" onSubmit={apply} aria-label="Filtrer les réservations">
        <SelectField
          label="Lieu"
          value={form.venueId}
          onChange={(event) => setForm({ ...form, venueId: event.target.value })}
        >
          <option value="">Tous les lieux</option>
          {venues.map((venue) => (
            <option key={venue.id} value={venue.id}>
              {venue.publicName || venue.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Statut"
          value={form.status}
          onChange={(event) => setForm({ ...form, status: event.target.value })}
        >
          <option value="">Tous les statuts</option>
          {Object.entries(BOOKING_STATUS_LABELS).map(([status, label]) => (
            <option key={status} value={status}>
              {label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Réservées à partir du"
          type="date"
          value={form.bookedFrom}
          onChange={set('bookedFrom')}
        />
        <TextField
          label="Réservées jusqu'au"
          type="date"
          value={form.bookedTo}
          onChange={set('bookedTo')}
        />
        <TextField
          label="Évènements à partir du"
          type="date"
          value={form.eventFrom}
          onChange={set('eventFrom')}
        />
        <TextField
          label="Évènements jusqu'au"
          type="date"
          value={form.eventTo}
          onChange={set('eventTo')}
        />
        <p className="actions">
          <Button type="submit">Filtrer</Button>
          <a className="button button-secondary" href={exportUrl(filter)} download>
            Télécharger en CSV
          </a>
        </p>
      </form>
      <FormAlert>{cancellation.error ? proErrorMessage(cancellation.error) : null}</FormAlert>
      {bookings.error ? (
        <ErrorAlert error={bookings.error} onRetry={() => void bookings.refetch()} />
      ) : !page ? (
        <Loading />
      ) : page.edges.length === 0 ? (
        <p>Aucune réservation ne correspond à ces critères.</p>
      ) : (
        <>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Réservations">
            <table className="table-cards">
              <caption className="visually-hidden">Réservations</caption>
              <thead>
                <tr>
                  <th scope="col">Offre</th>
                  <th scope="col">Bénéficiaire</th>
                  <th scope="col">Contremarque</th>
                  <th scope="col">Réservée le</th>
                  <th scope="col">Évènement</th>
                  <th scope="col">Prix</th>
                  <th scope="col">Statut</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {page.edges.map(({ node: booking }) => (
                  <tr key={booking.id}>
                    <th scope="row">
                      {booking.offerName}
                      <span className="hint"> · {booking.venueName}</span>
                    </th>
                    <td data-label="Bénéficiaire">
                      {booking.beneficiaryName}
                      <br />
                      <span className="hint">{booking.beneficiaryEmail}</span>
                    </td>
                    <td data-label="Contremarque" className="token">
                      {booking.token}
                    </td>
                    <td data-label="Réservée le">{formatNumericDateTime(booking.bookedAt)}</td>
                    <td data-label="Évènement">
                      {booking.beginsAt
                        ? formatNumericDateTime(booking.beginsAt, booking.venueTimeZone)
                        : '—'}
                    </td>
                    <td data-label="Prix">{formatEuros(booking.amountCents)}</td>
                    <td data-label="Statut">{BOOKING_STATUS_LABELS[booking.status]}</td>
                    <td data-label="Actions">
                      {booking.status !== 'CONFIRMED' ? null : confirming === booking.id ? (
                        <span className="actions">
                          <Button
                            busy={cancellation.loading}
                            onClick={() => void cancelBooking(booking.id)}
                          >
                            Confirmer l'annulation
                            <span className="visually-hidden"> {booking.token}</span>
                          </Button>
                          <Button variant="secondary" onClick={() => setConfirming(null)}>
                            Garder
                          </Button>
                        </span>
                      ) : (
                        <Button variant="secondary" onClick={() => setConfirming(booking.id)}>
                          Annuler
                          <span className="visually-hidden"> la réservation {booking.token}</span>
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {page.pageInfo.hasNextPage && (
            <Button
              variant="secondary"
              onClick={() =>
                void bookings.fetchMore({
                  variables: { after: page.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    proBookings: {
                      ...fetchMoreResult.proBookings,
                      edges: [...previous.proBookings.edges, ...fetchMoreResult.proBookings.edges],
                    },
                  }),
                })
              }
            >
              Afficher plus de réservations
            </Button>
          )}
        </>
      )}
    </Page>
  );
}
