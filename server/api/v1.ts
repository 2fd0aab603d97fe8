// /api/v1: one sub-app per resource, the OpenAPI documents, caching for knowledge reads, and 405 for wrong methods.
import type { MiddlewareHandler } from 'hono';
import { adminRoutes } from './admin.ts';
import { askRoutes } from './ask.ts';
import { categoriesRoutes } from './categories.ts';
import type { ApiDeps } from './deps.ts';
import { emergencyRoutes } from './emergency.ts';
import { feedbackRoutes } from './feedback.ts';
import { entriesRoutes } from './entries.ts';
import { methodNotAllowed } from './errors.ts';
import { flowsRoutes } from './flows.ts';
import { healthRoutes } from './health.ts';
import { languagesRoutes } from './languages.ts';
import { cacheable } from './middleware/cacheable.ts';
import { addOpenApi } from './openapi.ts';
import { organisationsRoutes } from './organisations.ts';
import { newRouter } from './router.ts';
import { suggestRoutes } from './suggest.ts';

/** Where the API is mounted; the version is part of every path. */
export const API_BASE = '/api/v1';

/** Resources that only change with the knowledge, so clients and CDNs may keep them (issue 4). */
const CACHEABLE = ['/entries/*', '/flows/*', '/organisations/*', '/categories/*', '/languages/*', '/emergency/*'];

export function apiV1(deps: ApiDeps) {
  const api = newRouter();
  const cached: MiddlewareHandler = cacheable({ knowledge: deps.knowledge });
  for (const path of CACHEABLE) api.use(path, cached);

  api
    .route('/ask', askRoutes(deps))
    .route('/suggest', suggestRoutes(deps))
    .route('/entries', entriesRoutes(deps))
    .route('/organisations', organisationsRoutes(deps))
    .route('/flows', flowsRoutes(deps))
    .route('/categories', categoriesRoutes(deps))
    .route('/emergency', emergencyRoutes(deps))
    .route('/languages', languagesRoutes(deps))
    .route('/health', healthRoutes(deps))
    .route('/feedback', feedbackRoutes(deps))
    .route('/admin', adminRoutes(deps));
  addOpenApi(api, API_BASE);
  answerWrongMethods(api);
  return api;
}

/**
 * Every path registered so far answers other methods with 405 and the Allow list, instead of a misleading 404.
 * Registered last, so the real handlers always match first.
 */
function answerWrongMethods(api: ReturnType<typeof newRouter>): void {
  const methods = new Map<string, Set<string>>();
  for (const { path, method } of api.routes) {
    if (method === 'ALL') continue;
    const set = methods.get(path) ?? new Set<string>();
    set.add(method);
    if (method === 'GET') set.add('HEAD');
    methods.set(path, set);
  }
  for (const [path, allowed] of methods) api.all(path, methodNotAllowed([...allowed].join(', ')));
}
