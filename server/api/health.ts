// GET /api/v1/health — is the server up (liveness), and which knowledge is it serving?
// GET /api/v1/health/ready — may a load balancer send it people's requests (readiness, for rolling restarts)?
import { createRoute } from '@hono/zod-openapi';
import { countBySeverity } from '../knowledge/report.ts';
import { Health, Readiness } from './contract.ts';
import type { ApiDeps } from './deps.ts';
import { getRoute, newRouter } from './router.ts';

const route = getRoute({
  path: '/',
  summary: 'Health',
  description:
    'Always 200 while the server answers; `degraded` means the knowledge has errors and some content was left out.',
  tags: ['Operations'],
  response: Health,
});

const json = { 'application/json': { schema: Readiness } };
const readyRoute = createRoute({
  method: 'get',
  path: '/ready',
  summary: 'Readiness',
  description:
    'Ready once the knowledge is loaded and the feedback store has opened; not ready before that and while the server ' +
    'shuts down. A database outage later does not make a replica unready: questions are still answered.',
  tags: ['Operations'],
  responses: {
    200: { description: 'Ready for traffic.', content: json },
    503: { description: 'Not ready; `waitingFor` says why.', content: json },
  },
});

export function healthRoutes(deps: ApiDeps) {
  return newRouter()
    .openapi(readyRoute, (c) => {
      const waitingFor = deps.waitingFor?.() ?? [];
      const knowledgeVersion = deps.knowledge().version;
      c.header('Cache-Control', 'no-store');
      return waitingFor.length
        ? c.json({ status: 'not_ready' as const, waitingFor, knowledgeVersion }, 503)
        : c.json({ status: 'ready' as const, waitingFor, knowledgeVersion }, 200);
    })
    .openapi(route, (c) => {
      const kb = deps.knowledge();
      const { errors, warnings } = countBySeverity(kb.problems);
      c.header('Cache-Control', 'no-store');
      return c.json(
        {
          status: errors > 0 ? 'degraded' : 'ok',
          knowledge: {
            version: kb.version,
            loadedAt: kb.loadedAt,
            entries: kb.entries.size,
            organisations: kb.organisations.size,
            flows: kb.flows.size,
            languages: kb.languages.length,
            problems: errors + warnings,
            errors,
            warnings,
          },
        } as const,
        200,
      );
    });
}
