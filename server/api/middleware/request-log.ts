// One structured log line per request: route pattern, status and time. Never the query text or the address.
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from '../deps.ts';

export function requestLog(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    await next();
    // The route pattern (/api/v1/entries/:id), not the raw path: a raw path could carry anything a client typed.
    // A 404 whose last match is a wildcard matched middleware only, so no route at all.
    const last = routePath(c, -1);
    const matched = c.res.status === 404 && last.endsWith('*') ? '(none)' : last;
    log.info('request', {
      method: c.req.method,
      route: matched,
      status: c.res.status,
      ms: Math.round((performance.now() - start) * 10) / 10,
    });
  };
}
