// GET /api/v1/entries/:id — one knowledge entry in the reader's language.
import { ApiEntry, IdParam, LangQuery } from './contract.ts';
import type { ApiDeps } from './deps.ts';
import { ApiError } from './errors.ts';
import { presentEntry, readerFor } from './present/index.ts';
import { getRoute, newRouter } from './router.ts';
import { resolveLang } from './validation.ts';

const route = getRoute({
  path: '/{id}',
  summary: 'One entry',
  description: 'The entry in the reading language, or along its fallback chain (see `translation`).',
  tags: ['Knowledge'],
  params: IdParam,
  query: LangQuery,
  response: ApiEntry,
  errors: [400, 404],
});

export function entriesRoutes(deps: ApiDeps) {
  return newRouter().openapi(route, (c) => {
    const kb = deps.knowledge();
    const { id } = c.req.valid('param');
    const reader = readerFor(kb, resolveLang(kb, c.req.valid('query').lang));
    const entry = kb.entries.get(id);
    const body = entry && presentEntry(kb, entry, reader);
    if (!body) throw new ApiError(404, 'not_found', `There is no entry "${id.slice(0, 60)}".`);
    return c.json(body, 200);
  });
}
