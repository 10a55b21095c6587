import { useMutation, useQuery } from '@apollo/client/react';
import {
  errorCodeOf,
  errorMessage,
  formatDateTime,
  formatEuros,
  formatPrice,
  plural,
} from '@passculture/client';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, RadioGroup } from '@passculture/ui';
import type { YouthOfferQuery } from '../gql/graphql';
import { creditAfter, newIdempotencyKey, venueDateTime } from '../lib/bookings';
import { formatRemaining } from '../lib/format';
import { useMe } from '../me';
import { bookOfferMutation, meQuery, myBookingsQuery } from '../queries';

type OfferDetail = NonNullable<YouthOfferQuery['offer']>;
type StockDetail = OfferDetail['stocks'][number];

type Step =
  | { kind: 'choose' }
  | { kind: 'confirm'; stock: StockDetail; quantity: number; idempotencyKey: string };

/** How a stock is named in the booking steps. */
function stockLabel(stock: StockDetail, timeZone: string): string {
  const price = formatPrice(stock.priceCents);
  return stock.beginsAt ? `${formatDateTime(stock.beginsAt, timeZone)} — ${price}` : price;
}

/** What a young person should know about a stock before choosing it: places left, last day. */
function stockHint(stock: StockDetail, timeZone: string): ReactNode {
  const remaining = formatRemaining(stock.remainingQuantity);
  const limit =
    stock.beginsAt && stock.bookingLimitAt
      ? `Réservable jusqu'au ${formatDateTime(stock.bookingLimitAt, timeZone)}`
      : null;
  if (!remaining && !limit) return undefined;
  return (
    <>
      {remaining && <span className="choice-hint">{remaining}</span>}
      {limit && <span className="choice-hint">{limit}</span>}
    </>
  );
}

/**
 * Booking: choose the date or price, the number of places (duo), check the
 * amount and the credit left, confirm; then the ticket page.
 */
export function BookingPanel({ offer }: { offer: OfferDetail }) {
  const id = useId();
  const me = useMe();
  const navigate = useNavigate();
  const bookings = useQuery(myBookingsQuery);
  const bookable = offer.stocks.filter(
    (stock) =>
      stock.isBookable && (stock.remainingQuantity === null || stock.remainingQuantity > 0),
  );
  const [stockId, setStockId] = useState<string | null>(
    bookable.length === 1 ? (bookable[0]?.id ?? null) : null,
  );
  const [quantity, setQuantity] = useState(1);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [choiceError, setChoiceError] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ code: string | undefined; message: string } | null>(
    null,
  );
  const [book, { loading }] = useMutation(bookOfferMutation);
  const confirmHeadingRef = useRef<HTMLHeadingElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const firstChoiceRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (step.kind === 'confirm') confirmHeadingRef.current?.focus();
  }, [step.kind]);
  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  const existing = bookings.data?.myBookings.find(
    (booking) => booking.offer.id === offer.id && booking.status !== 'CANCELLED',
  );
  const selected = bookable.find((stock) => stock.id === stockId) ?? null;
  const duoPossible =
    offer.isDuo &&
    selected !== null &&
    (selected.remainingQuantity === null || selected.remainingQuantity >= 2);

  function proceed() {
    if (!selected) {
      setChoiceError(offer.isEvent ? 'Choisis une date.' : 'Choisis un tarif.');
      firstChoiceRef.current?.focus();
      return;
    }
    setChoiceError(null);
    setFailure(null);
    // A fresh key for this confirmation; kept if the person retries after a network error.
    setStep({
      kind: 'confirm',
      stock: selected,
      quantity: duoPossible ? quantity : 1,
      idempotencyKey: newIdempotencyKey(),
    });
  }

  async function confirm() {
    if (step.kind !== 'confirm' || loading) return;
    setFailure(null);
    try {
      const result = await book({
        variables: {
          stockId: step.stock.id,
          quantity: step.quantity,
          idempotencyKey: step.idempotencyKey,
        },
        refetchQueries: [meQuery, myBookingsQuery],
        awaitRefetchQueries: true,
      });
      const booking = result.data?.bookOffer;
      if (booking) navigate(`/reservations/${booking.id}`, { state: { justBooked: true } });
    } catch (error) {
      setFailure({ code: errorCodeOf(error), message: errorMessage(error, 'tu') });
    }
  }

  let body;
  if (existing) {
    body = (
      <>
        <div className="alert alert-info">
          <p>Tu as déjà réservé cette offre.</p>
          <p>
            <Link to={`/reservations/${existing.id}`}>Voir ma réservation et mon code</Link>
          </p>
        </div>
        {bookable.length > 0 && (
          <>
            <h3 className="subheading">{offer.isEvent ? 'Dates et prix' : 'Prix'}</h3>
            <ul className="stock-list">
              {bookable.map((stock) => (
                <li key={stock.id}>
                  <span>{stockLabel(stock, offer.venue.timeZone)}</span>
                  {formatRemaining(stock.remainingQuantity) && (
                    <span className="stock-remaining">
                      {formatRemaining(stock.remainingQuantity)}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </>
    );
  } else if (bookable.length === 0) {
    body = (
      <p>
        Plus aucune date ni place n'est réservable pour cette offre.{' '}
        <Link to="/recherche">Chercher d'autres offres</Link>
      </p>
    );
  } else if (step.kind === 'choose') {
    body = (
      <form
        className="booking-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          proceed();
        }}
      >
        <RadioGroup
          className="choice-group"
          optionClassName="choice"
          legend={offer.isEvent ? 'Choisis une date' : 'Choisis un tarif'}
          name="stock"
          value={stockId}
          error={choiceError}
          firstOptionRef={firstChoiceRef}
          onChange={(value) => {
            setStockId(value);
            setChoiceError(null);
          }}
          options={bookable.map((stock) => ({
            value: stock.id,
            label: stockLabel(stock, offer.venue.timeZone),
            hint: stockHint(stock, offer.venue.timeZone),
          }))}
        />

        {offer.isDuo && (
          <RadioGroup
            className="choice-group"
            optionClassName="choice"
            legend="Combien de places ?"
            hint="En duo, les deux places sont payées avec ton crédit."
            name="quantity"
            value={quantity === 2 && duoPossible ? '2' : '1'}
            onChange={(value) => setQuantity(value === '2' ? 2 : 1)}
            options={[
              { value: '1', label: '1 place, pour toi' },
              {
                value: '2',
                label: '2 places (duo) : toi et une personne de ton choix',
                disabled: selected !== null && !duoPossible,
                hint:
                  selected !== null && !duoPossible
                    ? "Il ne reste qu'une place à cette date."
                    : undefined,
              },
            ]}
          />
        )}

        <Button type="submit">Continuer</Button>
      </form>
    );
  } else {
    const amount = step.stock.priceCents * step.quantity;
    const wallet = me?.wallet ?? null;
    const credit = creditAfter(wallet, amount);
    const digitalLeft = wallet?.digitalRemainingCents ?? null;
    const digitalShort = offer.isDigital && digitalLeft !== null && amount > digitalLeft;
    const canConfirm = credit.enough && !digitalShort;
    body = (
      <div className="booking-confirm">
        <h3 ref={confirmHeadingRef} tabIndex={-1}>
          Vérifie ta réservation
        </h3>
        <dl className="facts">
          <dt>Offre</dt>
          <dd>{offer.name}</dd>
          {step.stock.beginsAt && (
            <>
              <dt>Date</dt>
              <dd>{venueDateTime(step.stock.beginsAt, offer.venue.timeZone)}</dd>
            </>
          )}
          <dt>Places</dt>
          <dd>
            {plural(step.quantity, 'place')}
            {step.quantity > 1 && ` × ${formatPrice(step.stock.priceCents)}`}
          </dd>
          <dt>Total</dt>
          <dd className="booking-total">{formatPrice(amount)}</dd>
          {wallet && !wallet.isExpired && (
            <>
              <dt>Ton crédit aujourd'hui</dt>
              <dd>{formatEuros(wallet.remainingCents)}</dd>
              <dt>Ton crédit après cette réservation</dt>
              <dd className="booking-after">
                {credit.afterCents !== null && credit.afterCents >= 0
                  ? formatEuros(credit.afterCents)
                  : '—'}
              </dd>
            </>
          )}
          {offer.isDigital && digitalLeft !== null && !digitalShort && (
            <>
              <dt>Ton plafond numérique après cette réservation</dt>
              <dd>{formatEuros(digitalLeft - amount)}</dd>
            </>
          )}
        </dl>
        {!credit.enough && (
          <p className="alert alert-warning">
            {!wallet || wallet.isExpired
              ? "Tu n'as pas de crédit actif : tu peux réserver seulement les offres gratuites. Regarde dans ton profil où en est ton crédit."
              : `Ton crédit restant (${formatEuros(wallet.remainingCents)}) ne suffit pas pour cette réservation. Choisis un autre tarif${step.quantity > 1 ? ' ou une seule place' : ''}.`}
          </p>
        )}
        {credit.enough && digitalShort && (
          <p className="alert alert-warning">
            Il te reste {formatEuros(digitalLeft ?? 0)} pour les offres numériques : ce n'est pas
            assez pour cette réservation. Tu peux encore réserver des sorties et des biens
            physiques.
          </p>
        )}
        {failure && (
          <div ref={failureRef} tabIndex={-1} role="alert" className="alert alert-error">
            <p>{failure.message}</p>
            {failure.code === 'ALREADY_BOOKED' && (
              <p>
                <Link to="/reservations">Voir mes réservations</Link>
              </p>
            )}
          </div>
        )}
        <div className="button-row">
          {canConfirm && (
            <Button busy={loading} onClick={() => void confirm()}>
              {loading
                ? 'Réservation en cours…'
                : failure && ['NETWORK_ERROR', 'SERVER_ERROR'].includes(failure.code ?? '')
                  ? 'Réessayer'
                  : `Confirmer la réservation (${formatPrice(amount)})`}
            </Button>
          )}
          <Button
            variant="secondary"
            onClick={() => {
              setFailure(null);
              setStep({ kind: 'choose' });
            }}
          >
            Modifier
          </Button>
        </div>
      </div>
    );
  }

  return (
    <section id="reserver" aria-labelledby={`${id}-heading`} className="card booking-panel">
      <h2 id={`${id}-heading`}>Réserver</h2>
      {body}
    </section>
  );
}
