import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  clockLabel,
  errorCodeOf,
  errorFieldsOf,
  formatDateTime,
  formatEuros,
  OFFER_STATUS_LABELS,
  plural,
} from '@passculture/client';
import {
  Button,
  CheckboxField,
  ErrorAlert,
  FormAlert,
  Loading,
  Page,
  TextAreaField,
  TextField,
} from '@passculture/ui';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  CatalogueFields,
  catalogueInput,
  catalogueValuesOf,
  type CatalogueValues,
} from '../components/CatalogueFields';
import { ImageEditor } from '../components/ImageEditor';
import { StockForm } from '../components/StockForm';
import type { ProOfferFieldsFragment } from '../gql/graphql';
import { errorExtension, proErrorMessage } from '../lib/errors';
import {
  deleteStockMutation,
  duplicateOfferMutation,
  offerQuery,
  publishOfferMutation,
  setOfferActiveMutation,
  updateOfferMutation,
} from '../queries';

type Stock = ProOfferFieldsFragment['stocks'][number];

/** An offer: what it says, its dates or stock, and its publication. */
export default function OfferDetail() {
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(offerQuery, { variables: { id } });
  if (error) {
    return (
      <Page title="Offre">
        <ErrorAlert error={error} onRetry={() => void refetch()} />
        <Link to="/offres">Revenir à vos offres</Link>
      </Page>
    );
  }
  if (!data) return <Loading />;
  return <OfferScreen key={id} offer={data.proOffer} />;
}

function OfferScreen({ offer }: { offer: ProOfferFieldsFragment }) {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [publish, publication] = useMutation(publishOfferMutation);
  const [setActive, activation] = useMutation(setOfferActiveMutation);
  const [duplicate, duplication] = useMutation(duplicateOfferMutation);
  const actionError = publication.error ?? activation.error ?? duplication.error;
  const isDraft = offer.validation === 'DRAFT';

  return (
    <Page title={offer.name}>
      <p>
        {offer.subcategory.label} · {offer.venueName} · Statut :{' '}
        <strong>{offer.isActive ? OFFER_STATUS_LABELS[offer.validation] : 'Désactivée'}</strong>
      </p>
      {isDraft && (
        <ol className="steps" aria-label="Étapes">
          <li>1. Description</li>
          <li aria-current={offer.stocks.length === 0 ? 'step' : undefined}>
            2. {offer.isEvent ? 'Dates et prix' : 'Stock et prix'}
          </li>
          <li aria-current={offer.stocks.length > 0 ? 'step' : undefined}>3. Publication</li>
        </ol>
      )}
      <FormAlert>{actionError ? proErrorMessage(actionError) : null}</FormAlert>
      <p className="actions">
        {isDraft ? (
          <Button
            busy={publication.loading}
            onClick={() => void publish({ variables: { id: offer.id } }).catch(() => undefined)}
          >
            Publier l'offre
          </Button>
        ) : (
          <Button
            variant="secondary"
            onClick={() =>
              void setActive({ variables: { id: offer.id, isActive: !offer.isActive } }).catch(
                () => undefined,
              )
            }
          >
            {offer.isActive ? "Désactiver l'offre" : "Réactiver l'offre"}
          </Button>
        )}
        <Button
          variant="secondary"
          onClick={() =>
            void duplicate({ variables: { id: offer.id } })
              .then((r) => navigate(`/offres/${r.data!.duplicateOffer.id}`))
              .catch(() => undefined)
          }
        >
          Dupliquer l'offre
        </Button>
        {!isDraft && <Link to={`/reservations?offre=${offer.id}`}>Voir les réservations</Link>}
      </p>
      {offer.validation === 'PENDING' && (
        <p className="hint">
          L'offre sera visible des jeunes une fois validée (structure ou contenu en cours de
          vérification).
        </p>
      )}
      <Stocks offer={offer} />
      <ImageEditor
        shape="offer"
        targetId={offer.id}
        image={offer.image}
        fallback={offer.subcategory.categoryId}
        onChanged={() => client.refetchQueries({ include: ['ProOffer'] })}
      />
      <DetailsForm offer={offer} />
    </Page>
  );
}

function Stocks({ offer }: { offer: ProOfferFieldsFragment }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(offer.stocks.length === 0);
  const [remove, removal] = useMutation(deleteStockMutation);
  const [pending, setPending] = useState<{ stockId: string; count: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function deleteStock(stock: Stock, confirm: boolean) {
    setNotice(null);
    try {
      const result = await remove({ variables: { id: stock.id, confirm } });
      const cancelled = result.data!.deleteStock.cancelledBookings;
      setPending(null);
      setNotice(
        cancelled > 0
          ? `Supprimé. ${plural(cancelled, 'réservation annulée', 'réservations annulées')} : les jeunes ont récupéré leur crédit.`
          : 'Supprimé.',
      );
    } catch (error) {
      if (errorCodeOf(error) === 'STOCK_HAS_BOOKINGS') {
        setPending({
          stockId: stock.id,
          count: Number(errorExtension(error, 'bookingsCount') ?? 0),
        });
      }
    }
  }

  const title = offer.isEvent ? 'Dates et prix' : 'Stock et prix';
  return (
    <section aria-labelledby="stocks-title">
      <h2 id="stocks-title">{title}</h2>
      {clockLabel(offer.venueTimeZone) && (
        <p className="hint">
          Les dates et heures de ce lieu sont en {clockLabel(offer.venueTimeZone)}.
        </p>
      )}
      {notice && (
        <div role="status" className="alert alert-success">
          <p>{notice}</p>
        </div>
      )}
      {removal.error && errorCodeOf(removal.error) !== 'STOCK_HAS_BOOKINGS' && (
        <FormAlert>{proErrorMessage(removal.error)}</FormAlert>
      )}
      {offer.stocks.length === 0 ? (
        <p>{offer.isEvent ? 'Aucune date pour le moment.' : 'Aucun stock pour le moment.'}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={title}>
          <table className="table-cards">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {offer.isEvent && <th scope="col">Date</th>}
                <th scope="col">Prix</th>
                <th scope="col">Places</th>
                <th scope="col">Réservées</th>
                <th scope="col">Réservable jusqu'au</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {offer.stocks.map((stock) => {
                const label = stock.beginsAt
                  ? formatDateTime(stock.beginsAt, offer.venueTimeZone)
                  : 'le stock';
                return (
                  <tr key={stock.id}>
                    {offer.isEvent && (
                      <th scope="row">
                        {stock.beginsAt && formatDateTime(stock.beginsAt, offer.venueTimeZone)}
                      </th>
                    )}
                    <td data-label="Prix">{formatEuros(stock.priceCents)}</td>
                    <td data-label="Places">{stock.quantity ?? 'Illimitées'}</td>
                    <td data-label="Réservées">{stock.bookedQuantity}</td>
                    <td data-label="Réservable jusqu'au">
                      {stock.bookingLimitAt
                        ? formatDateTime(stock.bookingLimitAt, offer.venueTimeZone)
                        : '—'}
                    </td>
                    <td data-label="Actions">
                      {editing === stock.id ? (
                        <StockForm offer={offer} stock={stock} onDone={() => setEditing(null)} />
                      ) : pending?.stockId === stock.id ? (
                        <div role="alert" className="alert alert-warning">
                          <p>
                            {plural(pending.count, 'réservation')} en cours sur {label}. Les
                            supprimer annule ces réservations et rend leur crédit aux jeunes.
                          </p>
                          <Button onClick={() => void deleteStock(stock, true)}>
                            Supprimer et annuler les réservations
                          </Button>{' '}
                          <Button variant="secondary" onClick={() => setPending(null)}>
                            Garder
                          </Button>
                        </div>
                      ) : (
                        <span className="actions">
                          <Button variant="secondary" onClick={() => setEditing(stock.id)}>
                            Modifier<span className="visually-hidden"> {label}</span>
                          </Button>
                          <Button
                            variant="secondary"
                            onClick={() => void deleteStock(stock, false)}
                          >
                            Supprimer<span className="visually-hidden"> {label}</span>
                          </Button>
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {(offer.isEvent || offer.stocks.length === 0) &&
        (adding ? (
          <StockForm offer={offer} stock={null} onDone={() => setAdding(offer.isEvent)} />
        ) : (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            {offer.isEvent ? 'Ajouter des dates' : 'Ajouter un stock'}
          </Button>
        ))}
    </section>
  );
}

function DetailsForm({ offer }: { offer: ProOfferFieldsFragment }) {
  const [update, { loading, error }] = useMutation(updateOfferMutation);
  const [form, setForm] = useState({
    name: offer.name,
    description: offer.description ?? '',
    url: offer.url ?? '',
    isDuo: offer.isDuo,
  });
  const [catalogue, setCatalogue] = useState<CatalogueValues>(catalogueValuesOf(offer));
  const [saved, setSaved] = useState(false);
  const fields = errorFieldsOf(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    try {
      await update({
        variables: {
          id: offer.id,
          input: {
            name: form.name,
            description: form.description || null,
            url: offer.isDigital ? form.url : null,
            isDuo: form.isDuo,
            ...catalogueInput(catalogue, offer.subcategory.catalogueFields),
          },
        },
      });
      setSaved(true);
    } catch {
      // Shown in the form.
    }
  }

  return (
    <section aria-labelledby="details-title">
      <h2 id="details-title">Description</h2>
      {offer.validation !== 'DRAFT' && (
        <p className="hint">Une offre publiée modifiée repasse par la validation.</p>
      )}
      <form className="form form-wide" onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert>
          {error && Object.keys(fields).length === 0 ? proErrorMessage(error) : null}
        </FormAlert>
        {saved && (
          <div role="status" className="alert alert-success">
            <p>La description est enregistrée.</p>
          </div>
        )}
        <TextField
          label="Titre de l'offre"
          maxLength={140}
          required
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
          error={fields.name}
        />
        <TextAreaField
          label="Description"
          id="offer-description"
          value={form.description}
          onChange={(e) => setForm({ ...form, description: e.target.value })}
          error={fields.description}
        />
        {offer.isDigital && (
          <TextField
            label="Adresse web de l'offre"
            type="url"
            required
            value={form.url}
            onChange={(e) => setForm({ ...form, url: e.target.value })}
            error={fields.url}
          />
        )}
        {offer.subcategory.canBeDuo && (
          <CheckboxField
            label="Réservable en duo"
            checked={form.isDuo}
            onChange={(e) => setForm({ ...form, isDuo: e.target.checked })}
          />
        )}
        <CatalogueFields
          fields={offer.subcategory.catalogueFields}
          values={catalogue}
          onChange={setCatalogue}
          errors={fields}
        />
        <Button type="submit" busy={loading}>
          {loading ? 'Enregistrement…' : 'Enregistrer la description'}
        </Button>
      </form>
    </section>
  );
}
