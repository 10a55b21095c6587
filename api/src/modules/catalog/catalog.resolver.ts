import { Query, Resolver } from 'type-graphql';
import { CATEGORIES, subcategoriesOf } from './categories.js';
import { Category } from './catalog.types.js';

const categoryTree: Category[] = CATEGORIES.map((category) => ({
  id: category.id,
  label: category.label,
  subcategories: subcategoriesOf(category.id).map((s) => ({
    id: s.id,
    label: s.label,
    categoryId: s.categoryId,
    isEvent: s.isEvent,
    isDigital: s.isDigital,
    canBeDuo: s.canBeDuo,
  })),
}));

@Resolver()
export class CatalogResolver {
  @Query(() => [Category], { description: 'Categories with their subcategories (code constants)' })
  categories(): Category[] {
    return categoryTree;
  }
}
