// GET /api/v1/health — is the server up, and which knowledge is it serving?
import { countBySeverity } from '../knowledge/report.ts';
import { Health } from './contract.ts';
import type { AppDeps } from './deps.ts';
import { getRoute, newRouter } from './router.ts';

const route = getRoute({
  path: '/',
  summary: 'Health',
  description: 'Always 200 while the server answers; `degraded` means the knowledge has errors and some content was left out.',
  tags: ['Operations'],
  response: Health,
});

export function healthRoutes(deps: AppDeps) {
  return newRouter().openapi(route, (c) => {
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
