// GET /api/v1/organisations — who can help, filtered by country, service and city.
import { OrganisationsQuery, OrganisationsResponse } from './contract.ts';
import type { ApiDeps } from './deps.ts';
import { presentOrganisation, readerFor } from './present/index.ts';
import { getRoute, newRouter } from './router.ts';
import { resolveCountry, resolveLang } from './validation.ts';

const route = getRoute({
  path: '/',
  summary: 'Organisations',
  description:
    'Legal aid, UN agencies, NGOs and state bodies. Organisations that list no city work nationwide and match every city.',
  tags: ['Knowledge'],
  query: OrganisationsQuery,
  response: OrganisationsResponse,
  errors: [400],
});

/** City names are compared without case or accents in the Turkish way (İstanbul = istanbul = Istanbul). */
function cityKey(city: string): string {
  return city.toLocaleLowerCase('tr').normalize('NFKD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').trim();
}

export function organisationsRoutes(deps: ApiDeps) {
  return newRouter().openapi(route, (c) => {
    const kb = deps.knowledge();
    const query = c.req.valid('query');
    const reader = readerFor(kb, resolveLang(kb, query.lang));
    const country = resolveCountry(kb, query.country);
    const city = query.city ? cityKey(query.city) : undefined;
    const organisations = [...kb.organisations.values()]
      .filter((o) => country === undefined || o.countries.includes(country))
      .filter((o) => query.service === undefined || o.services.includes(query.service))
      .filter((o) => city === undefined || o.cities.length === 0 || o.cities.some((name) => cityKey(name) === city))
      .map((o) => presentOrganisation(o, reader));
    return c.json({ organisations }, 200);
  });
}
