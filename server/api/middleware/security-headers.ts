// Security headers on every response; HTML pages that set no policy of their own get a strict CSP.
import type { MiddlewareHandler } from 'hono';

/** Nothing may load, run, frame or submit unless a page asks for more in its own Content-Security-Policy. */
export const STRICT_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set('X-Content-Type-Options', 'nosniff');
    if (!headers.has('Referrer-Policy')) headers.set('Referrer-Policy', 'no-referrer');
    const html = headers.get('Content-Type')?.startsWith('text/html') ?? false;
    if (html && !headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', STRICT_CSP);
  };
}
