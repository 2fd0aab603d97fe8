// GET /api/v1/languages — the language registry with how much of the knowledge each language covers.
import { LanguagesResponse } from './contract.ts';
import type { ApiDeps } from './deps.ts';
import { presentLanguage } from './present/index.ts';
import { getRoute, newRouter } from './router.ts';

const route = getRoute({
  path: '/',
  summary: 'Languages',
  description: 'Code, own name, writing direction, fallback chain and coverage of every language the knowledge speaks.',
  tags: ['Knowledge'],
  response: LanguagesResponse,
});

export function languagesRoutes(deps: ApiDeps) {
  return newRouter().openapi(route, (c) => {
    const kb = deps.knowledge();
    return c.json({ languages: kb.languages.map((l) => presentLanguage(kb, l)) }, 200);
  });
}
