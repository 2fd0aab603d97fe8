// GET /api/v1/health — is the server up, and which knowledge is it serving?
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
    const errors = kb.problems.filter((p) => p.severity === 'error').length;
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
          problems: { errors, warnings: kb.problems.length - errors },
        },
      } as const,
      200,
    );
  });
}
