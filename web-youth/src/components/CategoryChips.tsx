import { ToggleButton } from '@passculture/ui';
import { facetChip } from '../lib/facets';

/**
 * Quick category filters with the number of matching offers for the current
 * words and place (« Cinéma · 124 »). Each chip is a toggle: pressed, the search
 * keeps that category. Counts ignore the category filter itself, so the other
 * chips say what choosing them would give.
 */
export function CategoryChips({
  categories,
  counts,
  countsAreLowerBounds = false,
  selected,
  onToggle,
}: {
  categories: readonly { id: string; label: string }[];
  /** Category id → matching offers; categories absent have none. */
  counts: ReadonlyMap<string, number>;
  /** The api stopped counting somewhere: each count is « at least ». */
  countsAreLowerBounds?: boolean;
  selected: readonly string[];
  onToggle: (categoryId: string, on: boolean) => void;
}) {
  const labels = new Map(categories.map((category) => [category.id, category.label]));
  // The chosen ones first (on a phone the row scrolls: they stay in sight), then the
  // others, most offers first (the api's order).
  const shown = [
    ...selected.filter((id) => labels.has(id)),
    ...[...counts.keys()].filter((id) => labels.has(id) && !selected.includes(id)),
  ];
  if (shown.length === 0) return null;
  return (
    <div className="category-chips" role="group" aria-label="Catégories, avec le nombre d'offres">
      <ul className="chip-list chip-row">
        {shown.map((id) => {
          const pressed = selected.includes(id);
          const chip = facetChip(
            labels.get(id) as string,
            counts.get(id) ?? 0,
            countsAreLowerBounds,
          );
          return (
            <li key={id}>
              <ToggleButton
                size="small"
                className="chip-toggle"
                pressed={pressed}
                onClick={() => onToggle(id, !pressed)}
              >
                <span aria-hidden="true">{chip.text}</span>
                <span className="visually-hidden">{chip.spoken}</span>
              </ToggleButton>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
