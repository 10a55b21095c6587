import { useApolloClient, useMutation } from '@apollo/client/react';
import { BOOKING_STATUS_LABELS, formatDateTime, formatEuros } from '@passculture/client';
import { Button, Loading, Page, TextField } from '@passculture/ui';
import { lazy, Suspense, useState, type FormEvent } from 'react';
import type { CounterBookingFragment } from '../gql/graphql';
import { counterRefusal, tokenFromInput } from '../lib/errors';
import { bookingByTokenQuery, unuseBookingMutation, useBookingMutation } from '../queries';

const QrScanner = lazy(() => import('../components/QrScanner'));

/**
 * When an event's booking may still be cancelled by the young person, it cannot be validated
 * yet (the api refuses with TOO_EARLY): the time it can, or null when it can now.
 */
export function validableFrom(booking: CounterBookingFragment, now = new Date()): string | null {
  const limit = booking.cancellationLimitAt;
  if (!booking.stock.beginsAt || !limit) return null;
  return new Date(limit).getTime() > now.getTime() ? limit : null;
}

/**
 * The counter ("guichet"): type the 6 characters of a contremarque or scan the ticket's
 * QR code, check the booking, validate it, or undo a validation made by mistake.
 */
export default function Counter() {
  const client = useApolloClient();
  const [input, setInput] = useState('');
  const [booking, setBooking] = useState<CounterBookingFragment | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);
  const [scanning, setScanning] = useState(false);
  const [validate, validating] = useMutation(useBookingMutation);
  const [undo, undoing] = useMutation(unuseBookingMutation);

  async function lookUp(text: string) {
    setNotice(null);
    setRefusal(null);
    setBooking(null);
    const token = tokenFromInput(text);
    if (!token) {
      setRefusal(
        'Une contremarque compte 6 caractères : lettres de A à Z (sans I ni O) et chiffres de 2 à 7.',
      );
      return;
    }
    setSearching(true);
    try {
      const result = await client.query({
        query: bookingByTokenQuery,
        variables: { token },
        fetchPolicy: 'network-only',
      });
      if (result.error) throw result.error;
      setBooking(result.data?.bookingByToken ?? null);
    } catch (error) {
      setRefusal(counterRefusal(error));
    } finally {
      setSearching(false);
    }
  }

  async function act(kind: 'use' | 'unuse') {
    if (!booking) return;
    setNotice(null);
    setRefusal(null);
    try {
      const variables = { token: booking.token };
      const updated =
        kind === 'use'
          ? (await validate({ variables })).data!.useBooking
          : (await undo({ variables })).data!.unuseBooking;
      setBooking(updated);
      setNotice(
        kind === 'use'
          ? `Contremarque ${updated.token} validée : le jeune peut profiter de son offre.`
          : `Validation de ${updated.token} annulée : la réservation redevient à valider.`,
      );
    } catch (error) {
      setRefusal(counterRefusal(error));
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void lookUp(input);
  }

  return (
    <Page title="Guichet">
      <p className="lead">
        Saisissez la contremarque affichée sur le billet du jeune, ou scannez son QR code.
      </p>
      <form className="form" onSubmit={submit} aria-label="Rechercher une contremarque">
        <TextField
          label="Contremarque"
          hint="6 caractères, par exemple AB23CD."
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={input}
          onChange={(e) => setInput(e.target.value)}
        />
        <Button type="submit" busy={searching}>
          {searching ? 'Recherche…' : 'Rechercher'}
        </Button>
      </form>
      <p>
        <Button variant="secondary" onClick={() => setScanning(!scanning)}>
          {scanning ? 'Fermer la caméra' : 'Scanner un QR code'}
        </Button>
      </p>
      {scanning && (
        <Suspense fallback={<Loading label="Ouverture de la caméra…" />}>
          <QrScanner
            onText={(text) => {
              setScanning(false);
              setInput(tokenFromInput(text) ?? text);
              void lookUp(text);
            }}
          />
        </Suspense>
      )}
      <div aria-live="polite">
        {refusal && (
          <div role="alert" className="alert alert-error">
            <p>{refusal}</p>
          </div>
        )}
        {notice && (
          <div role="status" className="alert alert-success">
            <p>{notice}</p>
          </div>
        )}
      </div>
      {booking && (
        <section className="card" aria-labelledby="booking-title">
          <h2 id="booking-title">Contremarque {booking.token}</h2>
          <dl className="facts">
            <dt>Offre</dt>
            <dd>{booking.offer.name}</dd>
            <dt>Lieu</dt>
            <dd>{booking.offer.venue.name}</dd>
            {booking.stock.beginsAt && (
              <>
                <dt>Date</dt>
                <dd>{formatDateTime(booking.stock.beginsAt, booking.offer.venue.timeZone)}</dd>
              </>
            )}
            <dt>Places</dt>
            <dd>{booking.quantity === 2 ? '2 (duo)' : '1'}</dd>
            <dt>Prix</dt>
            <dd>{formatEuros(booking.amountCents)}</dd>
            <dt>Statut</dt>
            <dd>
              <strong>{BOOKING_STATUS_LABELS[booking.status]}</strong>
              {booking.usedAt && ` le ${formatDateTime(booking.usedAt)}`}
            </dd>
          </dl>
          {booking.status === 'CONFIRMED' && validableFrom(booking) && (
            <p className="alert alert-warning">
              Cette réservation pourra être validée à partir du{' '}
              {formatDateTime(validableFrom(booking)!)}, après son délai d'annulation.
            </p>
          )}
          {booking.status === 'CONFIRMED' && !validableFrom(booking) && (
            <Button busy={validating.loading} onClick={() => void act('use')}>
              Valider la contremarque
            </Button>
          )}
          {booking.status === 'USED' && (
            <Button variant="secondary" busy={undoing.loading} onClick={() => void act('unuse')}>
              Annuler la validation
            </Button>
          )}
        </section>
      )}
    </Page>
  );
}
