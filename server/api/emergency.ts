// GET /api/v1/emergency — emergency and helpline numbers.
import { EmergencyResponse, LangCountryQuery } from './contract.ts';
import type { ApiDeps } from './deps.ts';
import { emergencyContacts, readerFor } from './present/index.ts';
import { getRoute, newRouter } from './router.ts';
import { resolveCountry, resolveLang } from './validation.ts';

const route = getRoute({
  path: '/',
  summary: 'Emergency numbers',
  description: 'Verified emergency and helpline numbers for the country (every country when none is given).',
  tags: ['Help'],
  query: LangCountryQuery,
  response: EmergencyResponse,
  errors: [400],
});

export function emergencyRoutes(deps: ApiDeps) {
  return newRouter().openapi(route, (c) => {
    const kb = deps.knowledge();
    const query = c.req.valid('query');
    const reader = readerFor(kb, resolveLang(kb, query.lang));
    return c.json({ contacts: emergencyContacts(kb, resolveCountry(kb, query.country), reader) }, 200);
  });
}
