import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button, ComboboxField, ErrorAlert, FormAlert } from '@passculture/ui';
import {
  geolocationFailureMessage,
  placeKey,
  placeLabel,
  townChoice,
  type Place,
  type SearchLocation,
} from '../lib/location';
import { useSearchLocation } from '../lib/location-store';
import { MAX_SUGGESTION_TEXT, SUGGESTION_DELAY_MS, useDebounced } from '../lib/suggestions';
import { placesQuery } from '../queries';
import { Icon } from './Icon';

type GeoState = { kind: 'idle' } | { kind: 'locating' } | { kind: 'failed'; message: string };

/**
 * Asks where the person is: the browser's position (explained first), or a
 * town or postal code typed instead, with the matching towns suggested as one
 * types (the search's combobox). « Chercher » (or Enter) with one matching town
 * chooses it at once; with several, they are listed. The choice is remembered
 * on this device.
 */
export function LocationPicker({
  onChosen,
  headingLevel = 2,
}: {
  onChosen?: (location: SearchLocation) => void;
  headingLevel?: 2 | 3;
}) {
  const id = useId();
  const [, setLocation] = useSearchLocation();
  const [geo, setGeo] = useState<GeoState>({ kind: 'idle' });
  const [text, setText] = useState('');
  const [textError, setTextError] = useState<string | null>(null);
  const [findPlaces, places] = useLazyQuery(placesQuery);
  const [searched, setSearched] = useState<string | null>(null);
  const typed = useDebounced(text.trim(), SUGGESTION_DELAY_MS);
  const suggestionsOn = typed.length >= 2 && typed.length <= MAX_SUGGESTION_TEXT;
  const suggestions = useQuery(placesQuery, { variables: { text: typed }, skip: !suggestionsOn });
  const suggested: readonly Place[] = suggestionsOn
    ? ((suggestions.data ?? suggestions.previousData)?.places ?? [])
    : [];
  const inputRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLParagraphElement>(null);
  const focusResults = useRef(false);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  function choose(location: SearchLocation) {
    setLocation(location);
    onChosen?.(location);
  }

  function chooseTown(town: Place) {
    choose({
      source: 'place',
      label: placeLabel(town),
      latitude: town.latitude,
      longitude: town.longitude,
    });
  }

  function locate() {
    if (geo.kind === 'locating') return;
    if (!('geolocation' in navigator)) {
      setGeo({ kind: 'failed', message: geolocationFailureMessage('unsupported') });
      inputRef.current?.focus();
      return;
    }
    setGeo({ kind: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setGeo({ kind: 'idle' });
        choose({
          source: 'geolocation',
          label: 'ta position actuelle',
          latitude: position.coords.latitude,
          longitude: position.coords.longitude,
        });
      },
      (error) => {
        setGeo({ kind: 'failed', message: geolocationFailureMessage(error.code) });
        inputRef.current?.focus();
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 10 * 60_000 },
    );
  }

  async function searchPlaces(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = text.trim();
    if (query.length < 2) {
      setTextError(
        'Saisis au moins 2 lettres de ta ville, ou ton code postal (par exemple 93200).',
      );
      inputRef.current?.focus();
      return;
    }
    setTextError(null);
    const result = await findPlaces({ variables: { text: query } }).catch(() => undefined);
    const choice = townChoice(result?.data?.places ?? null);
    if (choice.kind === 'one') {
      // One town only: no second click to confirm it.
      chooseTown(choice.town);
      return;
    }
    setSearched(query);
    focusResults.current = true;
  }

  // Once the towns are shown, move focus to them (screen readers hear how many).
  useEffect(() => {
    if (focusResults.current && !places.loading && resultsRef.current) {
      focusResults.current = false;
      resultsRef.current.focus();
    }
  });

  const towns = places.data?.places ?? [];
  return (
    <section className="card location-picker" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>Où es-tu ?</Heading>
      <p>
        Indique où tu es pour voir les offres près de chez toi. Ta position sert seulement à cette
        recherche : elle n'est pas enregistrée dans ton compte.
      </p>
      <Button className="location-button" busy={geo.kind === 'locating'} onClick={locate}>
        <Icon name="pin" />
        <span>
          {geo.kind === 'locating' ? 'Recherche de ta position…' : 'Utiliser ma position'}
        </span>
      </Button>
      <p className="hint">Ton navigateur va te demander l'autorisation : tu peux refuser.</p>
      {geo.kind === 'failed' && <FormAlert kind="warning">{geo.message}</FormAlert>}

      <form
        className="place-form"
        role="search"
        aria-label="Choisir une ville"
        noValidate
        onSubmit={(event) => void searchPlaces(event)}
      >
        <ComboboxField
          ref={inputRef}
          id={`${id}-text`}
          label="Ou indique ta ville ou ton code postal"
          hint="Par exemple : Saint-Denis, ou 93200"
          error={textError}
          name="ville"
          value={text}
          onValueChange={setText}
          groups={[
            {
              key: 'towns',
              label: 'Villes',
              options: suggested.map((town) => ({
                key: placeKey(town),
                label: placeLabel(town),
              })),
            },
          ]}
          loading={suggestionsOn && (typed !== text.trim() || suggestions.loading)}
          onPick={(key) => {
            const town = suggested.find((place) => placeKey(place) === key);
            if (town) chooseTown(town);
          }}
        >
          <Button type="submit" variant="secondary" busy={places.loading}>
            Chercher
          </Button>
        </ComboboxField>
      </form>

      {places.error ? (
        <ErrorAlert error={places.error} />
      ) : (
        searched !== null &&
        !places.loading && (
          <div className="place-results">
            <p ref={resultsRef} tabIndex={-1} className="place-results-title">
              {towns.length === 0
                ? `Aucune ville trouvée pour « ${searched} »`
                : towns.length === 1
                  ? 'Une ville trouvée : choisis-la'
                  : `${towns.length} villes trouvées : choisis la tienne`}
            </p>
            {towns.length === 0 ? (
              <p>
                Vérifie l'orthographe, ou essaie avec ton code postal. Seules les villes où des
                lieux culturels proposent des offres sont connues.
              </p>
            ) : (
              <ul className="place-list">
                {towns.map((town) => (
                  <li key={placeKey(town)}>
                    <Button
                      variant="secondary"
                      className="place-choice"
                      onClick={() => chooseTown(town)}
                    >
                      {placeLabel(town)}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )
      )}
    </section>
  );
}
