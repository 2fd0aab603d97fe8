// GET /api/v1/categories — the browsing buttons on the widget's home screen.
import { CategoriesResponse, LangCountryQuery } from './contract.ts';
import type { ApiDeps } from './deps.ts';
import { presentCategories, readerFor } from './present/index.ts';
import { getRoute, newRouter } from './router.ts';
import { resolveCountry, resolveLang } from './validation.ts';

const route = getRoute({
  path: '/',
  summary: 'Categories',
  description: 'Categories that have entries (for the country, when given), with their entry counts.',
  tags: ['Knowledge'],
  query: LangCountryQuery,
  response: CategoriesResponse,
  errors: [400],
});

export function categoriesRoutes(deps: ApiDeps) {
  return newRouter().openapi(route, (c) => {
    const kb = deps.knowledge();
    const query = c.req.valid('query');
    const reader = readerFor(kb, resolveLang(kb, query.lang));
    return c.json({ categories: presentCategories(kb, resolveCountry(kb, query.country), reader) }, 200);
  });
}
