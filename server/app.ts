// Builds the Huquq HTTP app from ready data: cross-cutting middleware, the versioned API, and the widget's files and pages.
// Only server/index.ts opens a port; tests call `app.request()` on what this returns.
import { Hono } from 'hono';
import type { ApiDeps, ApiEnv } from './api/deps.ts';
import { notFound, onError } from './api/errors.ts';
import { clientKey } from './api/middleware/client-key.ts';
import { compression } from './api/middleware/compression.ts';
import { openCors } from './api/middleware/open-cors.ts';
import { rateLimit } from './api/middleware/rate-limit.ts';
import { requestLog } from './api/middleware/request-log.ts';
import { securityHeaders } from './api/middleware/security-headers.ts';
import { API_BASE, apiV1 } from './api/v1.ts';
import { createWebApp, type WebOptions } from './web/index.ts';

/** What the whole app needs: the API's dependencies, and where the built widget is (default dist/widget). */
export interface AppDeps extends ApiDeps {
  web?: WebOptions;
}

export function createApp(deps: AppDeps) {
  const app = new Hono<ApiEnv>();
  // Health and type-ahead answers are under ~2 kB: learning a body's size means reading it back, which costs more
  // than compressing so little saves. The exceptions here and below are plain conditions, not `except()` from
  // hono/combine: that composes its middleware anew on every request, measured at +15–25 µs of CPU a request
  // (app.request on /categories, 3 runs each; a cached /ask costs ~55 µs in all), for every request served.
  const small = new Set([`${API_BASE}/health`, `${API_BASE}/health/ready`, `${API_BASE}/suggest`]);
  const compressed = compression();
  app.use(requestLog(deps.log), securityHeaders(), (c, next) => (small.has(c.req.path) ? next() : compressed(c, next)));

  // Partners embed the widget on any origin, and the read API carries no cookies or credentials.
  app.use(`${API_BASE}/*`, openCors({ allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'] }));
  app.use(`${API_BASE}/*`, clientKey({ trustProxy: deps.config.trustProxy }));
  const limited = rateLimit({ perMinute: deps.config.rateLimitPerMinute });
  // Health stays unlimited: monitors and load balancers poll it.
  app.use(`${API_BASE}/*`, (c, next) => (c.req.path.startsWith(`${API_BASE}/health`) ? next() : limited(c, next)));

  app.route(API_BASE, apiV1(deps));
  // The widget (/widget.js, /chunks/…), the demo partner page and full-page mode; its pages set their own CSP.
  app.route('/', createWebApp({ ...deps.web, languages: () => deps.knowledge().languages }));
  app.onError(onError(deps.log));
  app.notFound(notFound);
  return app;
}
