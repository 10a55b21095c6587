import { useQuery } from '@apollo/client/react';
import {
  Button,
  ErrorAlert,
  Loading,
  Page,
  RouteErrorBoundary,
  ToggleButton,
} from '@passculture/ui';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { CategoryChips } from '../components/CategoryChips';
import { LocationPicker } from '../components/LocationPicker';
import { NoResults } from '../components/NoResults';
import { OfferCard } from '../components/OfferCard';
import { SearchForm } from '../components/SearchForm';
import type { FacetCounts } from '../lib/facets';
import { useSearchLocation } from '../lib/location-store';
import {
  DEFAULT_FILTERS,
  filtersFromParams,
  filtersToParams,
  toSearchInput,
  type SearchFilters,
} from '../lib/search';
import { categoriesQuery, searchFacetsQuery, searchOffersQuery } from '../queries';

// Leaflet is only downloaded when the map is shown.
const SearchMap = lazy(() => import('../components/SearchMap'));

type View = 'list' | 'map';

/** Search: where, what, filters; results as a list or on a map. */
export default function Search() {
  const [params, setParams] = useSearchParams();
  const [location] = useSearchLocation();
  const [picking, setPicking] = useState(false);
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const view: View = params.get('vue') === 'carte' && location ? 'map' : 'list';

  function apply(next: SearchFilters, nextView: View = view) {
    setParams(filtersToParams(next, nextView === 'map' ? { vue: 'carte' } : {}));
  }

  // Counts for the category chips and for the ways out of an empty result.
  const facetsQuery = useQuery(searchFacetsQuery, {
    variables: { input: toSearchInput(filters, location) },
  });
  const facetsData = (facetsQuery.data ?? facetsQuery.previousData)?.searchFacets ?? null;
  const categories = useQuery(categoriesQuery).data?.categories ?? [];
  const categoryCounts = useMemo(
    () => new Map((facetsData?.categories ?? []).map((row) => [row.categoryId, row.count])),
    [facetsData],
  );
  const categoryLabel = (id: string) =>
    categories.find((category) => category.id === id)?.label ?? id;
  // The api sorts category counts, most offers first.
  const bestRow = facetsQuery.data?.searchFacets.categories.find(
    (row) => !filters.categories.includes(row.categoryId),
  );
  const bestCategory = bestRow
    ? { id: bestRow.categoryId, label: categoryLabel(bestRow.categoryId), count: bestRow.count }
    : null;

  return (
    <Page title="Rechercher">
      <div className="where-bar">
        <p>
          {location ? (
            <>
              Autour de <strong>{location.label}</strong>
            </>
          ) : (
            <>
              <strong>Partout en France</strong> (les plus récentes d'abord)
            </>
          )}
        </p>
        {!picking && (
          <Button variant="secondary" size="small" onClick={() => setPicking(true)}>
            {location ? 'Changer de lieu' : 'Indiquer où je suis'}
          </Button>
        )}
      </div>
      {(picking || !location) && (
        <div className="where-picker">
          <LocationPicker onChosen={() => setPicking(false)} />
          {picking && (
            <Button variant="secondary" onClick={() => setPicking(false)}>
              Garder {location ? location.label : 'la recherche partout en France'}
            </Button>
          )}
        </div>
      )}

      <SearchForm
        key={params.toString()}
        filters={filters}
        around={location}
        onSearch={(next) => apply(next)}
      />

      <div className="view-switch" role="group" aria-label="Affichage des résultats">
        <ToggleButton size="small" pressed={view === 'list'} onClick={() => apply(filters, 'list')}>
          Liste
        </ToggleButton>
        <ToggleButton
          size="small"
          pressed={view === 'map'}
          aria-disabled={!location}
          aria-describedby={location ? undefined : 'map-needs-location'}
          onClick={() => {
            if (location) apply(filters, 'map');
            else setPicking(true);
          }}
        >
          Carte
        </ToggleButton>
        {!location && (
          <span id="map-needs-location" className="hint">
            La carte demande de savoir où tu es.
          </span>
        )}
      </div>

      <CategoryChips
        categories={categories}
        counts={categoryCounts}
        countsAreLowerBounds={facetsData ? !facetsData.exact : false}
        selected={filters.categories}
        onToggle={(categoryId, on) =>
          apply({
            ...filters,
            categories: on
              ? [...filters.categories, categoryId]
              : filters.categories.filter((id) => id !== categoryId),
          })
        }
      />

      {view === 'map' && location ? (
        <RouteErrorBoundary>
          <Suspense fallback={<Loading label="Chargement de la carte…" />}>
            <SearchMap filters={filters} location={location} />
          </Suspense>
        </RouteErrorBoundary>
      ) : (
        <Results
          filters={filters}
          location={location}
          facets={facetsQuery.data?.searchFacets ?? null}
          facetsLoading={facetsQuery.loading}
          categoryLabel={categoryLabel}
          bestCategory={bestCategory}
          onApply={(next) => apply(next)}
          onReset={() => apply({ ...DEFAULT_FILTERS })}
        />
      )}
    </Page>
  );
}

function Results({
  filters,
  location,
  facets,
  facetsLoading,
  categoryLabel,
  bestCategory,
  onApply,
  onReset,
}: {
  filters: SearchFilters;
  location: { latitude: number; longitude: number; label: string } | null;
  facets: FacetCounts | null;
  facetsLoading: boolean;
  categoryLabel: (id: string) => string;
  bestCategory: { id: string; label: string; count: number } | null;
  onApply: (filters: SearchFilters) => void;
  onReset: () => void;
}) {
  const input = toSearchInput(filters, location);
  const { data, error, loading, fetchMore, refetch } = useQuery(searchOffersQuery, {
    variables: { input },
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [announce, setAnnounce] = useState('');
  const firstNewIndex = useRef<number | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const edges = data?.searchOffers.edges ?? [];
  const pageInfo = data?.searchOffers.pageInfo;

  // After « Voir plus », focus the first new result so keyboard users continue from there.
  useEffect(() => {
    const index = firstNewIndex.current;
    if (index === null || !listRef.current) return;
    const link = listRef.current.querySelectorAll<HTMLAnchorElement>('.offer-card-link')[index];
    if (link) {
      firstNewIndex.current = null;
      link.focus();
    }
  }, [edges.length]);

  async function more() {
    if (!pageInfo?.endCursor || loadingMore) return;
    setLoadingMore(true);
    setMoreError(null);
    const before = edges.length;
    try {
      const result = await fetchMore({
        variables: { input: { ...input, after: pageInfo.endCursor } },
      });
      const added = result.data?.searchOffers.edges.length ?? 0;
      firstNewIndex.current = added > 0 ? before : null;
      setAnnounce(added > 0 ? `${added} offres de plus affichées.` : 'Aucune autre offre.');
    } catch (failure) {
      setMoreError(failure);
    } finally {
      setLoadingMore(false);
    }
  }

  if (!data) {
    if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
    return <Loading label="Recherche des offres…" />;
  }

  const where = location ? `autour de ${location.label}` : 'partout en France';
  return (
    <section className="results" aria-labelledby="results-heading" aria-busy={loading}>
      <h2 id="results-heading">Résultats {where}</h2>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {edges.length === 0 ? (
        <NoResults
          filters={filters}
          where={location}
          facets={facets}
          facetsLoading={facetsLoading}
          categoryLabel={categoryLabel}
          bestCategory={bestCategory}
          onApply={onApply}
          onReset={onReset}
        />
      ) : (
        <>
          <p className="results-count" role="status">
            {resultsSentence(edges.length, pageInfo?.hasNextPage ?? false, location !== null)}
          </p>
          <ol ref={listRef} className="offer-list">
            {edges.map((edge) => (
              <li key={edge.node.id}>
                <OfferCard offer={edge.node} distanceMeters={edge.distanceMeters} />
              </li>
            ))}
          </ol>
          {moreError !== null && <ErrorAlert error={moreError} onRetry={() => void more()} />}
          {pageInfo?.hasNextPage && (
            <Button variant="secondary" block busy={loadingMore} onClick={() => void more()}>
              {loadingMore ? 'Chargement…' : "Voir plus d'offres"}
            </Button>
          )}
          <p className="visually-hidden" aria-live="polite">
            {announce}
          </p>
        </>
      )}
    </section>
  );
}

/** `20 offres affichées, les plus proches d'abord.` */
export function resultsSentence(count: number, hasMore: boolean, near: boolean): string {
  const offers = count > 1 ? `${count} offres` : `${count} offre`;
  const verb = hasMore ? 'affichées' : count > 1 ? 'trouvées' : 'trouvée';
  return `${offers} ${verb}${near ? ", les plus proches d'abord" : ''}.`;
}
