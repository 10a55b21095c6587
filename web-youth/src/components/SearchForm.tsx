import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { todayIn } from '@passculture/client';
import { saveSearchLocation } from '../lib/location-store';
import {
  activeFilterCount,
  DEFAULT_FILTERS,
  RADIUS_CHOICES,
  type AccessibilityNeed,
  type SearchFilters,
} from '../lib/search';
import {
  actionOf,
  groupSuggestions,
  MAX_SUGGESTION_TEXT,
  SUGGESTION_DELAY_MS,
  suggestionByKey,
  useDebounced,
} from '../lib/suggestions';
import { categoriesQuery, searchSuggestionsQuery } from '../queries';
import { Combobox } from './Combobox';

const ACCESSIBILITY_LABELS: Record<AccessibilityNeed, string> = {
  motor: 'Handicap moteur',
  visual: 'Handicap visuel',
  hearing: 'Handicap auditif',
  mental: 'Handicap psychique ou mental',
};

/**
 * The words searched and the filters. Changes apply when the form is sent
 * (« Rechercher » or « Appliquer »), never while the person is still choosing.
 */
export function SearchForm({
  filters,
  around,
  onSearch,
}: {
  filters: SearchFilters;
  /** Where the person searches: suggestions come nearest first. */
  around: { latitude: number; longitude: number } | null;
  onSearch: (filters: SearchFilters) => void;
}) {
  const id = useId();
  const navigate = useNavigate();
  const hasLocation = around !== null;
  const [draft, setDraft] = useState<SearchFilters>(filters);
  const typed = useDebounced(draft.text.trim(), SUGGESTION_DELAY_MS);
  const suggestionsOn =
    typed.length >= 2 && typed.length <= MAX_SUGGESTION_TEXT && typed !== filters.text.trim();
  const suggestions = useQuery(searchSuggestionsQuery, {
    variables: {
      text: typed,
      around: around ? { latitude: around.latitude, longitude: around.longitude } : null,
    },
    skip: !suggestionsOn,
  });
  const suggestionList = suggestionsOn
    ? ((suggestions.data ?? suggestions.previousData)?.searchSuggestions ?? [])
    : [];
  const [priceError, setPriceError] = useState<string | null>(null);
  const [maxPriceText, setMaxPriceText] = useState(
    filters.maxPriceEuros === null ? '' : String(filters.maxPriceEuros),
  );
  const categories = useQuery(categoriesQuery);
  const count = activeFilterCount(filters);
  const [open, setOpen] = useState(false);

  function set<K extends keyof SearchFilters>(key: K, value: SearchFilters[K]) {
    setDraft((current) => ({ ...current, [key]: value }));
  }

  function toggle<T>(list: T[], item: T, on: boolean): T[] {
    return on ? [...new Set([...list, item])] : list.filter((value) => value !== item);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    let next = draft;
    if (draft.price === 'max') {
      const text = maxPriceText.trim().replace(/\s*€$/, '');
      if (!/^\d{1,4}$/.test(text)) {
        setPriceError('Saisis un prix maximum en euros, sans centimes (par exemple 20).');
        setOpen(true);
        document.getElementById(`${id}-maxprice`)?.focus();
        return;
      }
      next = { ...draft, maxPriceEuros: Number(text) };
    } else {
      next = { ...draft, maxPriceEuros: null };
    }
    setPriceError(null);
    onSearch(next);
  }

  function choose(key: string) {
    const suggestion = suggestionByKey(suggestionList, key);
    if (!suggestion) return;
    const action = actionOf(suggestion);
    switch (action.kind) {
      case 'open':
        void navigate(action.path);
        return;
      case 'search-around':
        saveSearchLocation(action.location);
        onSearch({ ...filters, text: '' });
        return;
      case 'filter-category':
        onSearch({ ...filters, text: '', categories: [action.categoryId] });
        return;
      case 'search-text':
        onSearch({ ...filters, text: action.text });
    }
  }

  function reset() {
    const next = { ...DEFAULT_FILTERS, text: draft.text };
    setDraft(next);
    setMaxPriceText('');
    setPriceError(null);
    onSearch(next);
  }

  const today = todayIn();
  return (
    <form
      className="search-form"
      role="search"
      aria-label="Rechercher des offres"
      noValidate
      onSubmit={submit}
    >
      <div className="field">
        <label htmlFor={`${id}-text`}>Que cherches-tu ?</label>
        <Combobox
          inputId={`${id}-text`}
          name="q"
          placeholder="Titre, artiste, lieu, ville…"
          value={draft.text}
          onValueChange={(text) => set('text', text)}
          groups={groupSuggestions(suggestionList)}
          loading={suggestionsOn && (typed !== draft.text.trim() || suggestions.loading)}
          onPick={choose}
        >
          <button type="submit" className="button button-primary">
            Rechercher
          </button>
        </Combobox>
      </div>

      <details
        className="filters"
        open={open}
        onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>
          Filtres
          {count > 0 && (
            <span className="filter-count">
              {' '}
              ({count} actif{count > 1 ? 's' : ''})
            </span>
          )}
        </summary>
        <div className="filters-body">
          <fieldset className="filter-group">
            <legend>Catégories</legend>
            {categories.data ? (
              <ul className="checkbox-list">
                {categories.data.categories.map((category) => (
                  <li key={category.id}>
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        name="cat"
                        value={category.id}
                        checked={draft.categories.includes(category.id)}
                        onChange={(event) =>
                          set(
                            'categories',
                            toggle(draft.categories, category.id, event.target.checked),
                          )
                        }
                      />
                      {category.label}
                    </label>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="hint">
                {categories.error
                  ? 'Catégories indisponibles pour le moment.'
                  : 'Chargement des catégories…'}
              </p>
            )}
          </fieldset>

          <div className="field filter-group">
            <label htmlFor={`${id}-radius`}>Distance maximum</label>
            <select
              id={`${id}-radius`}
              name="rayon"
              value={draft.radiusKm}
              disabled={!hasLocation}
              aria-describedby={hasLocation ? undefined : `${id}-radius-hint`}
              onChange={(event) => set('radiusKm', Number(event.target.value))}
            >
              {RADIUS_CHOICES.map((km) => (
                <option key={km} value={km}>
                  {km} km autour de toi
                </option>
              ))}
            </select>
            {!hasLocation && (
              <p id={`${id}-radius-hint`} className="hint">
                Indique où tu es pour choisir une distance.
              </p>
            )}
          </div>

          <fieldset className="filter-group">
            <legend>Prix</legend>
            <label className="checkbox">
              <input
                type="radio"
                name="prix"
                checked={draft.price === 'all'}
                onChange={() => set('price', 'all')}
              />
              Tous les prix
            </label>
            <label className="checkbox">
              <input
                type="radio"
                name="prix"
                checked={draft.price === 'free'}
                onChange={() => set('price', 'free')}
              />
              Gratuit uniquement
            </label>
            <label className="checkbox">
              <input
                type="radio"
                name="prix"
                checked={draft.price === 'max'}
                onChange={() => set('price', 'max')}
              />
              Jusqu'à un prix maximum
            </label>
            {draft.price === 'max' && (
              <div className="field nested-field">
                <label htmlFor={`${id}-maxprice`}>Prix maximum (en euros)</label>
                <input
                  id={`${id}-maxprice`}
                  type="text"
                  inputMode="numeric"
                  className="input-short"
                  value={maxPriceText}
                  onChange={(event) => setMaxPriceText(event.target.value)}
                  aria-invalid={priceError ? true : undefined}
                  aria-describedby={priceError ? `${id}-maxprice-error` : undefined}
                />
                {priceError && (
                  <p id={`${id}-maxprice-error`} className="field-error">
                    {priceError}
                  </p>
                )}
              </div>
            )}
          </fieldset>

          <fieldset className="filter-group">
            <legend>Dates (sorties et événements)</legend>
            <div className="date-range">
              <div className="field">
                <label htmlFor={`${id}-from`}>À partir du</label>
                <input
                  id={`${id}-from`}
                  type="date"
                  min={today}
                  value={draft.dateFrom ?? ''}
                  onChange={(event) => set('dateFrom', event.target.value || null)}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-to`}>Jusqu'au</label>
                <input
                  id={`${id}-to`}
                  type="date"
                  min={draft.dateFrom ?? today}
                  value={draft.dateTo ?? ''}
                  onChange={(event) => set('dateTo', event.target.value || null)}
                />
              </div>
            </div>
            <p className="hint">Avec des dates, seuls les événements à ces dates sont montrés.</p>
          </fieldset>

          <fieldset className="filter-group">
            <legend>Autres critères</legend>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={draft.duoOnly}
                onChange={(event) => set('duoOnly', event.target.checked)}
              />
              Offres duo seulement (2 places : toi et une personne de ton choix)
            </label>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={draft.includeDigital}
                onChange={(event) => set('includeDigital', event.target.checked)}
              />
              Inclure les offres numériques (en ligne)
            </label>
          </fieldset>

          <fieldset className="filter-group">
            <legend>Lieu accessible en cas de</legend>
            {(Object.keys(ACCESSIBILITY_LABELS) as AccessibilityNeed[]).map((need) => (
              <label key={need} className="checkbox">
                <input
                  type="checkbox"
                  checked={draft.accessibility.includes(need)}
                  onChange={(event) =>
                    set('accessibility', toggle(draft.accessibility, need, event.target.checked))
                  }
                />
                {ACCESSIBILITY_LABELS[need]}
              </label>
            ))}
          </fieldset>

          <div className="button-row">
            <button type="submit" className="button button-primary">
              Appliquer les filtres
            </button>
            <button type="button" className="button button-secondary" onClick={reset}>
              Effacer les filtres
            </button>
          </div>
        </div>
      </details>
    </form>
  );
}
