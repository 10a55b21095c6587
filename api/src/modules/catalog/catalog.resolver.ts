import { Query, Resolver } from 'type-graphql';
import { CATEGORIES, subcategoriesOf } from './categories.js';
import { toSubcategory } from './catalog.mappers.js';
import { Category } from './catalog.types.js';
import { StaleTolerant } from '../../graphql/read-routing.js';

const categoryTree: Category[] = CATEGORIES.map((category) => ({
  id: category.id,
  label: category.label,
  subcategories: subcategoriesOf(category.id).map((s) => toSubcategory(s.id)),
}));

@Resolver()
export class CatalogResolver {
  @Query(() => [Category], { description: 'Categories with their subcategories (code constants)' })
  @StaleTolerant()
  categories(): Category[] {
    return categoryTree;
  }
}
