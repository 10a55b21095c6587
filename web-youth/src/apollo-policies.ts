import type { FieldMergeFunction, TypePolicies } from '@apollo/client';

interface Connection {
  edges: unknown[];
}

/** Appends a later page (asked with a cursor) to the pages already in the cache. */
function appendPage(
  cursorOf: (args: Record<string, unknown> | null) => unknown,
): FieldMergeFunction<Connection, Connection> {
  return (existing, incoming, { args }) => {
    if (!existing || !cursorOf(args)) return incoming;
    return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
  };
}

function searchInput(args: Record<string, unknown> | null): Record<string, unknown> {
  const input = args?.input;
  return input && typeof input === 'object' ? (input as Record<string, unknown>) : {};
}

/** Pagination of the search results and of a venue's offers (« Voir plus »). */
export const youthTypePolicies: TypePolicies = {
  Query: {
    fields: {
      searchOffers: {
        // One list per search: everything but the cursor and page size.
        keyArgs: (args) => {
          const { after: _after, first: _first, ...criteria } = searchInput(args);
          return `searchOffers:${JSON.stringify(criteria)}`;
        },
        merge: appendPage((args) => searchInput(args).after),
      },
    },
  },
  Venue: {
    fields: {
      offers: {
        keyArgs: false,
        merge: appendPage((args) => args?.after),
      },
    },
  },
};
