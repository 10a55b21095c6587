import { useMutation } from '@apollo/client/react';
import {
  centsToInput,
  clockLabel,
  errorFieldsOf,
  fromLocalInput,
  parseEuros,
  toLocalInput,
} from '@passculture/client';
import { useState, type FormEvent } from 'react';
import { Button, CheckboxField, FormAlert, TextField } from '@passculture/ui';
import type { ProOfferFieldsFragment } from '../gql/graphql';
import { parseTimes, WEEKDAYS } from '../lib/dates';
import { proErrorMessage } from '../lib/errors';
import { addStocksMutation, updateStockMutation } from '../queries';

type Stock = ProOfferFieldsFragment['stocks'][number];

/**
 * Adds stocks (a thing's one stock; an event's dates, typed one by one or repeated
 * every week) or edits one. Quantity left empty: unlimited places.
 */
export function StockForm({
  offer,
  stock,
  onDone,
}: {
  offer: ProOfferFieldsFragment;
  stock: Stock | null;
  onDone: () => void;
}) {
  const [add, adding] = useMutation(addStocksMutation);
  const [update, updating] = useMutation(updateStockMutation);
  const error = stock ? updating.error : adding.error;
  const fields = errorFieldsOf(error);
  const [price, setPrice] = useState(stock ? centsToInput(stock.priceCents) : '');
  const [quantity, setQuantity] = useState(
    stock?.quantity === null || stock?.quantity === undefined ? '' : String(stock.quantity),
  );
  const [dates, setDates] = useState<string[]>(
    stock?.beginsAt
      ? [toLocalInput(stock.beginsAt, offer.venueTimeZone)]
      : offer.isEvent
        ? ['']
        : [],
  );
  const [limit, setLimit] = useState(
    stock?.bookingLimitAt ? toLocalInput(stock.bookingLimitAt, offer.venueTimeZone) : '',
  );
  const [initialDate] = useState(dates[0]);
  const [initialLimit] = useState(limit);
  const [repeat, setRepeat] = useState(false);
  const [recurrence, setRecurrence] = useState({
    from: '',
    until: '',
    weekdays: [] as number[],
    times: '',
  });
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const priceCents = parseEuros(price);
    if (priceCents === null)
      return setProblem('Indiquez le prix en euros, par exemple 12,50 (0 pour gratuit).');
    const places = quantity.trim() === '' ? null : Number(quantity);
    if (places !== null && (!Number.isInteger(places) || places < 0)) {
      return setProblem(
        'Indiquez un nombre de places, ou laissez vide pour des places illimitées.',
      );
    }
    try {
      if (stock) {
        await update({
          variables: {
            id: stock.id,
            input: {
              priceCents,
              quantity: places,
              beginsAt: offer.isEvent ? fromLocalInput(dates[0] ?? '', offer.venueTimeZone) : null,
              // A moved date whose limit the pro left as it was gets the default limit again.
              bookingLimitAt:
                offer.isEvent && dates[0] !== initialDate && limit === initialLimit
                  ? null
                  : fromLocalInput(limit, offer.venueTimeZone),
            },
          },
        });
      } else {
        const times = repeat ? parseTimes(recurrence.times) : [];
        if (times === null)
          return setProblem('Indiquez les horaires au format 20:30, séparés par des virgules.');
        await add({
          variables: {
            offerId: offer.id,
            input: {
              priceCents,
              quantity: places,
              dates: offer.isEvent
                ? dates
                    .map((date) => fromLocalInput(date, offer.venueTimeZone))
                    .filter((d): d is string => d !== null)
                : null,
              recurrence:
                offer.isEvent && repeat
                  ? {
                      from: recurrence.from,
                      until: recurrence.until,
                      weekdays: recurrence.weekdays,
                      times,
                    }
                  : null,
              bookingLimitAt: offer.isEvent ? null : fromLocalInput(limit, offer.venueTimeZone),
            },
          },
        });
        // Added: the dates just saved leave the form, so that a second click adds nothing
        // twice (price and places stay, for the next dates).
        setDates(offer.isEvent ? [''] : []);
        setRepeat(false);
        setRecurrence({ from: '', until: '', weekdays: [], times: '' });
        setLimit('');
      }
      onDone();
    } catch {
      // Shown in the form.
    }
  }

  const clock = clockLabel(offer.venueTimeZone);
  const clockHint = clock ? clock[0]!.toUpperCase() + clock.slice(1) : 'Heure de Paris';
  const loading = adding.loading || updating.loading;
  const message = problem ?? (error ? proErrorMessage(error) : null);
  return (
    <form
      className="form stock-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={stock ? 'Modifier' : offer.isEvent ? 'Nouvelles dates' : 'Nouveau stock'}
    >
      {stock && offer.isEvent && stock.bookedQuantity > 0 && (
        <p className="hint">
          {stock.bookedQuantity === 1
            ? 'Une place est réservée'
            : `${stock.bookedQuantity} places sont réservées`}{' '}
          : si vous changez la date, les jeunes concernés sont prévenus par e-mail et peuvent
          annuler jusqu’à la nouvelle date, au plus tard 48 h après votre changement.
        </p>
      )}
      <FormAlert>
        {message &&
        !Object.keys(fields).some((k) => k !== 'stocks' && k !== 'dates' && k !== 'recurrence')
          ? message
          : null}
      </FormAlert>
      <TextField
        label="Prix en euros"
        inputMode="decimal"
        required
        value={price}
        onChange={(e) => setPrice(e.target.value)}
        error={fields.priceCents}
      />
      <TextField
        label={offer.isEvent ? 'Places par date' : 'Quantité'}
        hint="Laissez vide pour des places illimitées."
        inputMode="numeric"
        value={quantity}
        onChange={(e) => setQuantity(e.target.value)}
        error={fields.quantity}
      />
      {offer.isEvent &&
        dates.map((value, index) => (
          <TextField
            key={index}
            label={stock ? 'Date et heure' : `Date et heure ${index + 1}`}
            type="datetime-local"
            hint={clock ? clockHint : undefined}
            value={value}
            onChange={(e) => setDates(dates.map((d, i) => (i === index ? e.target.value : d)))}
            error={index === 0 ? fields.beginsAt : undefined}
          />
        ))}
      {offer.isEvent && !stock && (
        <p className="actions">
          <Button variant="secondary" onClick={() => setDates([...dates, ''])}>
            Ajouter une autre date
          </Button>
          <CheckboxField
            label="Répéter chaque semaine"
            checked={repeat}
            onChange={(e) => setRepeat(e.target.checked)}
          />
        </p>
      )}
      {offer.isEvent && !stock && repeat && (
        <fieldset className="fieldset">
          <legend>Répétition</legend>
          <TextField
            label="Du"
            type="date"
            value={recurrence.from}
            onChange={(e) => setRecurrence({ ...recurrence, from: e.target.value })}
          />
          <TextField
            label="Jusqu'au"
            type="date"
            value={recurrence.until}
            onChange={(e) => setRecurrence({ ...recurrence, until: e.target.value })}
          />
          <fieldset className="fieldset weekdays">
            <legend>Les jours</legend>
            {WEEKDAYS.map(([day, label]) => (
              <CheckboxField
                key={day}
                label={label}
                checked={recurrence.weekdays.includes(day)}
                onChange={(e) =>
                  setRecurrence({
                    ...recurrence,
                    weekdays: e.target.checked
                      ? [...recurrence.weekdays, day]
                      : recurrence.weekdays.filter((d) => d !== day),
                  })
                }
              />
            ))}
          </fieldset>
          <TextField
            label="Horaires"
            hint={`${clockHint}, par exemple : 20:30 ou 15:00, 20:30.`}
            value={recurrence.times}
            onChange={(e) => setRecurrence({ ...recurrence, times: e.target.value })}
          />
        </fieldset>
      )}
      {(stock || !offer.isEvent) && (
        <TextField
          label="Réservable jusqu'au (facultatif)"
          hint={offer.isEvent ? 'Vide : 3 jours avant, à 23:59.' : 'Vide : sans limite.'}
          type="datetime-local"
          value={limit}
          onChange={(e) => setLimit(e.target.value)}
          error={fields.bookingLimitAt}
        />
      )}
      <p className="actions">
        <Button type="submit" busy={loading}>
          {loading
            ? 'Enregistrement…'
            : stock
              ? 'Enregistrer'
              : offer.isEvent
                ? 'Ajouter ces dates'
                : 'Ajouter le stock'}
        </Button>
        {(stock || offer.stocks.length > 0) && (
          <Button variant="secondary" onClick={onDone}>
            Annuler
          </Button>
        )}
      </p>
    </form>
  );
}
