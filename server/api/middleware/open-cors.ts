// CORS for a public read API: any origin, no credentials. Hono's cors() sets its headers on the response before
// the handler runs, which makes Hono rebuild every response through a stream; this sets them afterwards.
import type { MiddlewareHandler } from 'hono';

export interface OpenCorsOptions {
  allowMethods: string[];
  /** How long browsers may cache a preflight answer. */
  maxAgeSeconds?: number;
}

export function openCors(options: OpenCorsOptions): MiddlewareHandler {
  const allowMethods = options.allowMethods.join(',');
  const maxAge = String(options.maxAgeSeconds ?? 86_400);
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') {
      const headers: Record<string, string> = {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': allowMethods,
        'Access-Control-Max-Age': maxAge,
      };
      const requested = c.req.header('access-control-request-headers');
      if (requested) headers['Access-Control-Allow-Headers'] = requested;
      return c.body(null, 204, headers);
    }
    await next();
    c.res.headers.set('Access-Control-Allow-Origin', '*');
  };
}
