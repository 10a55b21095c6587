import { listOf, objectWriter, properties, type LeanField } from '../../graphql/lean-path.js';
import { searchCriteria, type RawSearchInput } from './search.criteria.js';
import { searchFacets, type CategoryCountRow, type Facets } from './facets.service.js';

/**
 * The lean path of `searchFacets` (graphql/lean-path.ts): the chips' counts, asked beside
 * every search, written straight from `searchFacets` (the same call as SearchResolver's) to
 * Apollo's JSON text. Every field of SearchFacets is a leaf or a list of CategoryCount.
 */
export const leanSearchFacets: LeanField<Facets> = {
  compile(compiler, nodes) {
    return objectWriter<Facets>(compiler, 'SearchFacets', nodes, {
      ...properties<Facets>(
        'total',
        'digitalCount',
        'widerRadiusKm',
        'widerRadiusCount',
        'withoutFiltersCount',
        'exact',
      ),
      categories: listOf(
        compiler,
        'CategoryCount',
        properties<CategoryCountRow>('categoryId', 'count'),
        (facets) => facets.categories,
      ),
    });
  },
  async resolve(args, context) {
    const input = args.input as RawSearchInput;
    return searchFacets(
      context.dbRead,
      searchCriteria({ ...input, after: null, first: 1 }),
      context.shared.facetIndex,
    );
  },
};
