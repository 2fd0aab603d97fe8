// GET /api/v1/flows and /api/v1/flows/:id — guided question-and-answer paths.
import { ApiFlow, FlowsResponse, IdParam, LangCountryQuery, LangQuery } from './contract.ts';
import type { ApiDeps } from './deps.ts';
import { ApiError } from './errors.ts';
import { presentFlow, presentFlowSummary, readerFor } from './present/index.ts';
import { getRoute, newRouter } from './router.ts';
import { resolveCountry, resolveLang } from './validation.ts';

const listRoute = getRoute({
  path: '/',
  summary: 'Guided flows',
  description: 'Flows for the country (all when none is given), urgent ones first.',
  tags: ['Flows'],
  query: LangCountryQuery,
  response: FlowsResponse,
  errors: [400],
});

const oneRoute = getRoute({
  path: '/{id}',
  summary: 'One guided flow',
  description:
    'Every node of the flow: questions with options pointing to the next node, and answers with entries and organisations.',
  tags: ['Flows'],
  params: IdParam,
  query: LangQuery,
  response: ApiFlow,
  errors: [400, 404],
});

export function flowsRoutes(deps: ApiDeps) {
  return newRouter()
    .openapi(listRoute, (c) => {
      const kb = deps.knowledge();
      const query = c.req.valid('query');
      const reader = readerFor(kb, resolveLang(kb, query.lang));
      const country = resolveCountry(kb, query.country);
      const flows = [...kb.flows.values()]
        .filter((f) => country === undefined || f.countries.includes(country))
        .map((f) => presentFlowSummary(f, reader))
        .sort((a, b) => Number(b.urgent) - Number(a.urgent));
      return c.json({ flows }, 200);
    })
    .openapi(oneRoute, (c) => {
      const kb = deps.knowledge();
      const { id } = c.req.valid('param');
      const reader = readerFor(kb, resolveLang(kb, c.req.valid('query').lang));
      const flow = kb.flows.get(id);
      if (!flow) throw new ApiError(404, 'not_found', `There is no flow "${id.slice(0, 60)}".`);
      return c.json(presentFlow(kb, flow, reader), 200);
    });
}
