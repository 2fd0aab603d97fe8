// GET /api/v1/suggest — type-ahead: entry titles matching what has been typed so far.
import { SuggestQuery, SuggestResponse } from './contract.ts';
import type { ApiDeps } from './deps.ts';
import { getRoute, newRouter } from './router.ts';
import { resolveLang } from './validation.ts';

const MAX_SUGGESTIONS = 8;

const route = getRoute({
  path: '/',
  summary: 'Type-ahead suggestions',
  description: `Up to ${MAX_SUGGESTIONS} entry titles for what has been typed so far; an empty \`q\` gives none.`,
  tags: ['Ask'],
  query: SuggestQuery,
  response: SuggestResponse,
  errors: [400, 413],
});

export function suggestRoutes(deps: ApiDeps) {
  return newRouter().openapi(route, (c) => {
    const kb = deps.knowledge();
    const query = c.req.valid('query');
    const lang = resolveLang(kb, query.lang);
    const suggestions =
      query.q === ''
        ? []
        : deps.search().suggest({ q: query.q, lang, limit: MAX_SUGGESTIONS }).slice(0, MAX_SUGGESTIONS);
    // Like /ask: what someone types may be sensitive, so nothing keeps it.
    c.header('Cache-Control', 'no-store');
    return c.json({ suggestions }, 200);
  });
}
