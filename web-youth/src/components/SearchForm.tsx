import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { plural, todayIn } from '@passculture/client';
import {
  Button,
  CheckboxField,
  ComboboxField,
  Fieldset,
  RadioGroup,
  SelectField,
  TextField,
  type RadioOption,
} from '@passculture/ui';
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

const ACCESSIBILITY_LABELS: Record<AccessibilityNeed, string> = {
  motor: 'Handicap moteur',
  visual: 'Handicap visuel',
  hearing: 'Handicap auditif',
  mental: 'Handicap psychique ou mental',
};

const PRICE_OPTIONS: readonly RadioOption<SearchFilters['price']>[] = [
  { value: 'all', label: 'Tous les prix' },
  { value: 'free', label: 'Gratuit uniquement' },
  { value: 'max', label: "Jusqu'à un prix maximum" },
];

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
      <ComboboxField
        id={`${id}-text`}
        label="Que cherches-tu ?"
        name="q"
        placeholder="Titre, artiste, lieu, ville…"
        value={draft.text}
        onValueChange={(text) => set('text', text)}
        groups={groupSuggestions(suggestionList)}
        loading={suggestionsOn && (typed !== draft.text.trim() || suggestions.loading)}
        onPick={choose}
      >
        <Button type="submit">Rechercher</Button>
      </ComboboxField>

      <details
        className="filters"
        open={open}
        onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>
          Filtres
          {count > 0 && <span className="filter-count"> ({plural(count, 'actif')})</span>}
        </summary>
        <div className="filters-body">
          <Fieldset className="filter-group" legend="Catégories">
            {categories.data ? (
              <ul className="checkbox-list">
                {categories.data.categories.map((category) => (
                  <li key={category.id}>
                    <CheckboxField
                      label={category.label}
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
          </Fieldset>

          <SelectField
            fieldClassName="filter-group"
            label="Distance maximum"
            hint={hasLocation ? undefined : 'Indique où tu es pour choisir une distance.'}
            name="rayon"
            value={draft.radiusKm}
            disabled={!hasLocation}
            onChange={(event) => set('radiusKm', Number(event.target.value))}
          >
            {RADIUS_CHOICES.map((km) => (
              <option key={km} value={km}>
                {km} km autour de toi
              </option>
            ))}
          </SelectField>

          <div className="filter-group">
            <RadioGroup
              legend="Prix"
              name="prix"
              value={draft.price}
              onChange={(price) => set('price', price)}
              options={PRICE_OPTIONS}
            />
            {draft.price === 'max' && (
              <TextField
                id={`${id}-maxprice`}
                fieldClassName="nested-field"
                label="Prix maximum (en euros)"
                inputMode="numeric"
                className="input-short"
                value={maxPriceText}
                onChange={(event) => setMaxPriceText(event.target.value)}
                error={priceError}
              />
            )}
          </div>

          <Fieldset
            className="filter-group"
            legend="Dates (sorties et événements)"
            hint="Avec des dates, seuls les événements à ces dates sont montrés."
          >
            <div className="date-range">
              <TextField
                label="À partir du"
                type="date"
                min={today}
                value={draft.dateFrom ?? ''}
                onChange={(event) => set('dateFrom', event.target.value || null)}
              />
              <TextField
                label="Jusqu'au"
                type="date"
                min={draft.dateFrom ?? today}
                value={draft.dateTo ?? ''}
                onChange={(event) => set('dateTo', event.target.value || null)}
              />
            </div>
          </Fieldset>

          <Fieldset className="filter-group" legend="Autres critères">
            <CheckboxField
              label="Offres duo seulement (2 places : toi et une personne de ton choix)"
              checked={draft.duoOnly}
              onChange={(event) => set('duoOnly', event.target.checked)}
            />
            <CheckboxField
              label="Inclure les offres numériques (en ligne)"
              checked={draft.includeDigital}
              onChange={(event) => set('includeDigital', event.target.checked)}
            />
          </Fieldset>

          <Fieldset className="filter-group" legend="Lieu accessible en cas de">
            {(Object.keys(ACCESSIBILITY_LABELS) as AccessibilityNeed[]).map((need) => (
              <CheckboxField
                key={need}
                label={ACCESSIBILITY_LABELS[need]}
                checked={draft.accessibility.includes(need)}
                onChange={(event) =>
                  set('accessibility', toggle(draft.accessibility, need, event.target.checked))
                }
              />
            ))}
          </Fieldset>

          <div className="button-row">
            <Button type="submit">Appliquer les filtres</Button>
            <Button variant="secondary" onClick={reset}>
              Effacer les filtres
            </Button>
          </div>
        </div>
      </details>
    </form>
  );
}
