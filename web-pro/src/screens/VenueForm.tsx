import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { errorFieldsOf } from '@passculture/client';
import {
  Button,
  CheckboxField,
  ErrorAlert,
  FormAlert,
  Loading,
  Page,
  SelectField,
  TextField,
} from '@passculture/ui';
import { lazy, Suspense, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ImageEditor } from '../components/ImageEditor';
import type { Point } from '../components/LocationMap';
import type { VenueFieldsFragment } from '../gql/graphql';
import { proErrorMessage } from '../lib/errors';
import { VENUE_TYPE_LABELS } from '../lib/labels';
import { createVenueMutation, myOfferersQuery, updateVenueMutation, venueQuery } from '../queries';

const LocationMap = lazy(() => import('../components/LocationMap'));

const ACCESSIBILITY = [
  ['motor', 'Handicap moteur'],
  ['visual', 'Handicap visuel'],
  ['hearing', 'Handicap auditif'],
  ['mental', 'Handicap psychique ou cognitif'],
] as const;

type Accessibility = Record<(typeof ACCESSIBILITY)[number][0], boolean>;

interface VenueDraft {
  siret: string;
  name: string;
  publicName: string;
  address: string;
  postalCode: string;
  city: string;
  venueType: string;
  bookingEmail: string;
  location: Point | null;
  accessibility: Accessibility;
}

function draftOf(venue: VenueFieldsFragment | null): VenueDraft {
  return {
    siret: venue?.siret ?? '',
    name: venue?.name ?? '',
    publicName: venue?.publicName ?? '',
    address: venue?.address ?? '',
    postalCode: venue?.postalCode ?? '',
    city: venue?.city ?? '',
    venueType: venue?.venueType ?? '',
    bookingEmail: venue?.bookingEmail ?? '',
    location: venue?.location
      ? { latitude: venue.location.latitude, longitude: venue.location.longitude }
      : null,
    accessibility: {
      motor: venue?.accessibility.motor ?? false,
      visual: venue?.accessibility.visual ?? false,
      hearing: venue?.accessibility.hearing ?? false,
      mental: venue?.accessibility.mental ?? false,
    },
  };
}

/** Creates a venue of a structure (`/lieux/nouveau?structure=…`) or edits one (`/lieux/:id`). */
export default function VenueFormScreen() {
  const { id } = useParams();
  const venue = useQuery(venueQuery, { variables: { id: id ?? '' }, skip: !id });
  if (!id) return <VenueForm venue={null} />;
  if (venue.error)
    return (
      <Page title="Lieu">
        <ErrorAlert error={venue.error} onRetry={() => void venue.refetch()} />
      </Page>
    );
  if (!venue.data) return <Loading />;
  return <VenueForm key={id} venue={venue.data.proVenue} />;
}

function VenueForm({ venue }: { venue: VenueFieldsFragment | null }) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const offererId = venue?.offererId ?? params.get('structure') ?? '';
  const [draft, setDraft] = useState(() => draftOf(venue));
  const [saved, setSaved] = useState(false);
  const client = useApolloClient();
  const refetchQueries = [{ query: myOfferersQuery }];
  const [create, creation] = useMutation(createVenueMutation, { refetchQueries });
  const [update, updating] = useMutation(updateVenueMutation, { refetchQueries });
  const error = venue ? updating.error : creation.error;
  const loading = creation.loading || updating.loading;
  const fields = errorFieldsOf(error);
  const set = (key: keyof VenueDraft) => (event: { target: { value: string } }) => {
    setSaved(false);
    setDraft({ ...draft, [key]: event.target.value });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const details = {
      name: draft.name,
      publicName: draft.publicName || null,
      address: draft.address,
      postalCode: draft.postalCode,
      city: draft.city,
      venueType: draft.venueType,
      bookingEmail: draft.bookingEmail || null,
      location: draft.location,
      accessibility: draft.accessibility,
    };
    try {
      if (venue) {
        await update({ variables: { id: venue.id, input: details } });
        setSaved(true);
      } else {
        const result = await create({
          variables: { input: { ...details, offererId, siret: draft.siret } },
        });
        await navigate(`/lieux/${result.data!.createVenue.id}`, { replace: true });
      }
    } catch {
      // Shown in the form.
    }
  }

  if (!venue && !offererId) {
    return (
      <Page title="Nouveau lieu">
        <p>
          Choisissez d'abord la structure du lieu depuis <Link to="/">l'accueil</Link>.
        </p>
      </Page>
    );
  }

  return (
    <Page title={venue ? venue.publicName || venue.name : 'Nouveau lieu'}>
      <form className="form form-wide" onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert>
          {error && Object.keys(fields).length === 0 ? proErrorMessage(error) : null}
        </FormAlert>
        {saved && (
          <div role="status" className="alert alert-success">
            <p>Les informations du lieu sont enregistrées.</p>
          </div>
        )}
        {venue ? (
          <p>
            SIRET {venue.siret} · département {venue.departmentCode}
          </p>
        ) : (
          <TextField
            label="SIRET"
            hint="14 chiffres : le SIREN de la structure suivi de 5 chiffres."
            inputMode="numeric"
            required
            value={draft.siret}
            onChange={set('siret')}
            error={fields.siret}
          />
        )}
        <TextField
          label="Raison sociale du lieu"
          required
          value={draft.name}
          onChange={set('name')}
          error={fields.name}
        />
        <TextField
          label="Nom affiché aux jeunes (facultatif)"
          value={draft.publicName}
          onChange={set('publicName')}
          error={fields.publicName}
        />
        <SelectField
          label="Type de lieu"
          required
          value={draft.venueType}
          onChange={(event) => setDraft({ ...draft, venueType: event.target.value })}
          error={fields.venueType}
        >
          <option value="">Choisissez un type</option>
          {Object.entries(VENUE_TYPE_LABELS)
            .filter(([type]) => type !== 'DIGITAL')
            .map(([type, label]) => (
              <option key={type} value={type}>
                {label}
              </option>
            ))}
        </SelectField>
        <TextField
          label="Adresse"
          autoComplete="street-address"
          required
          value={draft.address}
          onChange={set('address')}
          error={fields.address}
        />
        <TextField
          label="Code postal"
          autoComplete="postal-code"
          inputMode="numeric"
          required
          value={draft.postalCode}
          onChange={set('postalCode')}
          error={fields.postalCode}
        />
        <TextField
          label="Ville"
          autoComplete="address-level2"
          required
          value={draft.city}
          onChange={set('city')}
          error={fields.city}
        />
        <fieldset className="fieldset">
          <legend>Position sur la carte</legend>
          <p className="hint">
            {draft.location
              ? `Position choisie : ${draft.location.latitude.toFixed(5)}, ${draft.location.longitude.toFixed(5)}.`
              : 'Sans position choisie, le lieu est placé au centre de sa ville.'}{' '}
            Cliquez sur la carte pour placer le lieu précisément.
          </p>
          <Suspense fallback={<Loading label="Chargement de la carte…" />}>
            <LocationMap
              value={draft.location}
              onChange={(location) => setDraft({ ...draft, location })}
            />
          </Suspense>
          {draft.location && (
            <Button variant="secondary" onClick={() => setDraft({ ...draft, location: null })}>
              Utiliser plutôt la ville
            </Button>
          )}
          {fields.location && <p className="field-error">{fields.location}</p>}
        </fieldset>
        <TextField
          label="E-mail pour les réservations (facultatif)"
          type="email"
          value={draft.bookingEmail}
          onChange={set('bookingEmail')}
          error={fields.bookingEmail}
        />
        <fieldset className="fieldset">
          <legend>Accessibilité du lieu</legend>
          {ACCESSIBILITY.map(([key, label]) => (
            <CheckboxField
              key={key}
              label={<>Accessible : {label.toLowerCase()}</>}
              checked={draft.accessibility[key]}
              onChange={(event) =>
                setDraft({
                  ...draft,
                  accessibility: { ...draft.accessibility, [key]: event.target.checked },
                })
              }
            />
          ))}
        </fieldset>
        <Button type="submit" busy={loading}>
          {loading ? 'Enregistrement…' : venue ? 'Enregistrer' : 'Créer le lieu'}
        </Button>
      </form>
      {venue && !venue.isVirtual && (
        <ImageEditor
          shape="venue"
          targetId={venue.id}
          image={venue.image}
          fallback={venue.venueType}
          onChanged={() => client.refetchQueries({ include: ['ProVenue'] })}
        />
      )}
    </Page>
  );
}
