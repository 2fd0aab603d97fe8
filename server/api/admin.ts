// GET /api/v1/admin/insights — what content staff need to improve the knowledge (issue 6). Off (404) unless
// ADMIN_TOKEN is set; the token is compared in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { ApiEnv, ApiDeps } from './deps.ts';
import { ApiError, NOT_FOUND_MESSAGE } from './errors.ts';
import { newRouter } from './router.ts';

/** Hashing first gives equal-length buffers, so the comparison leaks neither content nor length. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function requireAdmin(token: string | undefined): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (!token) throw new ApiError(404, 'not_found', NOT_FOUND_MESSAGE);
    const given = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
    if (!sameSecret(given, token)) {
      throw new ApiError(401, 'unauthorized', 'Send the admin token as "Authorization: Bearer <token>".', {
        'WWW-Authenticate': 'Bearer',
      });
    }
    c.header('Cache-Control', 'no-store');
    await next();
  };
}

export function adminRoutes(deps: ApiDeps) {
  return newRouter()
    .use('*', requireAdmin(deps.config.adminToken))
    .get('/insights', async (c) => {
      if (!deps.feedback) throw new ApiError(503, 'unavailable', 'Feedback is not being collected on this server.');
      const limit = Math.min(Math.max(Number(c.req.query('limit')) || 20, 1), 200);
      try {
        return c.json(await deps.feedback.insights({ limit }), 200);
      } catch {
        throw new ApiError(503, 'unavailable', 'The insights database cannot be read right now.');
      }
    });
}
