import { Button, Loading } from '@passculture/ui';
import { waysOut, wayOutCount, whyNothing, type FacetCounts } from '../lib/facets';
import type { SearchFilters } from '../lib/search';

/**
 * An empty result that is never a dead end: it says what was searched, then
 * offers one-click ways out, each with the number of offers it leads to
 * (a wider radius, no filters, digital offers), and always a fresh start.
 */
export function NoResults({
  filters,
  where,
  facets,
  facetsLoading,
  categoryLabel,
  bestCategory,
  onApply,
  onReset,
}: {
  filters: SearchFilters;
  where: { label: string } | null;
  facets: FacetCounts | null;
  facetsLoading: boolean;
  categoryLabel: (id: string) => string;
  /** The category with the most offers for these words and place (its filter aside). */
  bestCategory: { id: string; label: string; count: number } | null;
  onApply: (filters: SearchFilters) => void;
  onReset: () => void;
}) {
  const ways = facets ? waysOut(filters, facets, where !== null, { best: bestCategory }) : [];
  return (
    <div className="empty-state no-results">
      <p className="no-results-title">
        <strong>Aucune offre ne correspond à ta recherche.</strong>
      </p>
      <p>{whyNothing(filters, where, categoryLabel)}</p>
      {facetsLoading && !facets && <Loading label="Recherche d'autres possibilités…" />}
      {ways.length > 0 && (
        <>
          <h3 className="no-results-heading">Pour trouver des offres :</h3>
          <ul className="way-out-list">
            {ways.map((way) => (
              <li key={way.key}>
                <Button
                  variant="secondary"
                  className="way-out"
                  onClick={() => onApply(way.filters)}
                >
                  <span className="way-out-label">{way.label}</span>
                  <span className="way-out-count">{wayOutCount(way.count)}</span>
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      {facets && ways.length === 0 && (
        <p>
          {filters.text.trim()
            ? `Même plus loin et sans filtres, rien ne correspond à « ${filters.text.trim()} » : vérifie l'orthographe ou essaie un autre mot.`
            : "Même plus loin et sans filtres, aucune offre n'est réservable ici pour le moment."}
        </p>
      )}
      <div className="button-row">
        <Button variant="secondary" onClick={onReset}>
          Effacer la recherche et les filtres
        </Button>
      </div>
    </div>
  );
}
