import { useMutation, useQuery } from '@apollo/client/react';
import { errorFieldsOf } from '@passculture/client';
import {
  Button,
  CheckboxField,
  ErrorAlert,
  FormAlert,
  Loading,
  Page,
  SelectField,
  TextAreaField,
  TextField,
} from '@passculture/ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import {
  CatalogueFields,
  catalogueInput,
  EMPTY_CATALOGUE,
  type CatalogueValues,
} from '../components/CatalogueFields';
import { proErrorMessage } from '../lib/errors';
import { categoriesQuery, createOfferDraftMutation, myOfferersQuery } from '../queries';

/**
 * Step 1 of an offer: what it is and where. It is saved as a draft, then the pro adds
 * dates or a stock (step 2) and publishes it (step 3) on the offer's page.
 */
export default function NewOffer() {
  const navigate = useNavigate();
  const offerers = useQuery(myOfferersQuery);
  const categories = useQuery(categoriesQuery);
  const [createDraft, { loading, error }] = useMutation(createOfferDraftMutation);
  const [form, setForm] = useState({
    subcategoryId: '',
    venueId: '',
    name: '',
    description: '',
    url: '',
    isDuo: false,
  });
  const [catalogue, setCatalogue] = useState<CatalogueValues>(EMPTY_CATALOGUE);
  const fields = errorFieldsOf(error);

  if (offerers.error || categories.error) {
    return (
      <Page title="Créer une offre">
        <ErrorAlert
          error={offerers.error ?? categories.error}
          onRetry={() => void offerers.refetch()}
        />
      </Page>
    );
  }
  if (!offerers.data || !categories.data) return <Loading />;

  const subcategories = categories.data.categories.flatMap((c) =>
    c.subcategories.map((s) => ({ ...s, category: c.label })),
  );
  const subcategory = subcategories.find((s) => s.id === form.subcategoryId);
  const venues = offerers.data.myOfferers
    .filter((o) => o.membershipStatus === 'VALIDATED')
    .flatMap((o) => o.venues.map((v) => ({ ...v, offererName: o.name })))
    .filter((v) => !subcategory || v.isVirtual === subcategory.isDigital);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const result = await createDraft({
        variables: {
          input: {
            venueId: form.venueId,
            subcategoryId: form.subcategoryId,
            name: form.name,
            description: form.description || null,
            url: subcategory?.isDigital ? form.url : null,
            isDuo: form.isDuo && !!subcategory?.canBeDuo,
            ...catalogueInput(catalogue, subcategory?.catalogueFields ?? []),
          },
        },
      });
      await navigate(`/offres/${result.data!.createOfferDraft.id}?etape=stocks`);
    } catch {
      // Shown in the form.
    }
  }

  return (
    <Page title="Créer une offre">
      <ol className="steps" aria-label="Étapes">
        <li aria-current="step">1. Description</li>
        <li>2. {subcategory && !subcategory.isEvent ? 'Stock et prix' : 'Dates et prix'}</li>
        <li>3. Publication</li>
      </ol>
      {venues.length === 0 && !subcategory ? (
        <p>Aucun lieu disponible : votre rattachement à une structure doit d'abord être validé.</p>
      ) : (
        <form className="form form-wide" onSubmit={(e) => void submit(e)} noValidate>
          <FormAlert>
            {error && Object.keys(fields).length === 0 ? proErrorMessage(error) : null}
          </FormAlert>
          <SelectField
            label="Catégorie"
            required
            value={form.subcategoryId}
            onChange={(event) =>
              setForm({ ...form, subcategoryId: event.target.value, venueId: '' })
            }
            error={fields.subcategoryId}
          >
            <option value="">Choisissez une catégorie</option>
            {categories.data.categories.map((category) => (
              <optgroup key={category.id} label={category.label}>
                {category.subcategories.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
          <SelectField
            label="Lieu"
            required
            value={form.venueId}
            onChange={(event) => setForm({ ...form, venueId: event.target.value })}
            error={fields.venueId}
          >
            <option value="">Choisissez un lieu</option>
            {venues.map((venue) => (
              <option key={venue.id} value={venue.id}>
                {venue.isVirtual
                  ? `${venue.offererName} — offres numériques`
                  : venue.publicName || venue.name}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Titre de l'offre"
            required
            maxLength={140}
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.target.value })}
            error={fields.name}
          />
          <TextAreaField
            label="Description (facultative)"
            id="offer-description"
            value={form.description}
            onChange={(e) => setForm({ ...form, description: e.target.value })}
            error={fields.description}
          />
          {subcategory?.isDigital && (
            <TextField
              label="Adresse web de l'offre"
              type="url"
              placeholder="https://"
              required
              value={form.url}
              onChange={(e) => setForm({ ...form, url: e.target.value })}
              error={fields.url}
            />
          )}
          {subcategory?.canBeDuo && (
            <CheckboxField
              label="Réservable en duo (le jeune peut réserver deux places)"
              checked={form.isDuo}
              onChange={(e) => setForm({ ...form, isDuo: e.target.checked })}
            />
          )}
          <CatalogueFields
            fields={subcategory?.catalogueFields ?? []}
            values={catalogue}
            onChange={setCatalogue}
            errors={fields}
          />
          <Button type="submit" busy={loading}>
            {loading ? 'Enregistrement…' : 'Enregistrer le brouillon et continuer'}
          </Button>
        </form>
      )}
    </Page>
  );
}
