import { SEARCH_SUGGESTION_KIND_LABELS } from '@passculture/client';
import { useEffect, useState } from 'react';
import type { ComboboxGroup } from '@passculture/ui';
import type { YouthSearchSuggestionsQuery } from '../gql/graphql';
import { placeLabel, type SearchLocation } from './location';

export type Suggestion = YouthSearchSuggestionsQuery['searchSuggestions'][number];

/** The api refuses longer text; suggestions stop there (the search itself takes 200). */
export const MAX_SUGGESTION_TEXT = 100;
export const SUGGESTION_DELAY_MS = 200;

// The api's order: the short, broad lines (a category, a town) before venues, people and offers.
const GROUP_ORDER = ['CATEGORY', 'PLACE', 'VENUE', 'PERSON', 'OFFER'] as const;

/** The key of a suggestion in the combobox: its kind and place in the api's answer. */
function keyOf(suggestion: Suggestion, index: number): string {
  return `${suggestion.kind}:${index}`;
}

/** Categories, towns, venues, people, then offers, each group under its label; empty groups go. */
export function groupSuggestions(suggestions: readonly Suggestion[]): ComboboxGroup[] {
  return GROUP_ORDER.map((kind) => ({
    key: kind,
    label: SEARCH_SUGGESTION_KIND_LABELS[kind],
    options: suggestions.flatMap((suggestion, index) =>
      suggestion.kind === kind
        ? [{ key: keyOf(suggestion, index), label: suggestion.label, detail: suggestion.detail }]
        : [],
    ),
  })).filter((group) => group.options.length > 0);
}

export function suggestionByKey(
  suggestions: readonly Suggestion[],
  key: string,
): Suggestion | undefined {
  return suggestions.find((suggestion, index) => keyOf(suggestion, index) === key);
}

/** What choosing a suggestion does. */
export type SuggestionAction =
  | { kind: 'open'; path: string }
  | { kind: 'search-around'; location: SearchLocation }
  | { kind: 'filter-category'; categoryId: string }
  | { kind: 'search-text'; text: string };

export function actionOf(suggestion: Suggestion): SuggestionAction {
  if (suggestion.kind === 'OFFER' && suggestion.offerId)
    return { kind: 'open', path: `/offre/${suggestion.offerId}` };
  if (suggestion.kind === 'VENUE' && suggestion.venueId)
    return { kind: 'open', path: `/lieu/${suggestion.venueId}` };
  if (suggestion.kind === 'PLACE' && suggestion.place)
    return {
      kind: 'search-around',
      location: {
        source: 'place',
        label: placeLabel(suggestion.place),
        latitude: suggestion.place.latitude,
        longitude: suggestion.place.longitude,
      },
    };
  if (suggestion.kind === 'CATEGORY' && suggestion.categoryId)
    return { kind: 'filter-category', categoryId: suggestion.categoryId };
  // A person (an author, a performer), or a line the app does not know how to open: search
  // its words (the search matches authors and performers too).
  return { kind: 'search-text', text: suggestion.label };
}

/** `value`, once it has stopped changing for `delayMs`. */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
