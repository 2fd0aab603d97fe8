// ETag and Cache-Control for knowledge that only changes when the snapshot does.
import type { MiddlewareHandler } from 'hono';
import type { Snapshot } from '../../knowledge/snapshot.ts';

export interface CacheableOptions {
  knowledge: () => Snapshot;
  maxAgeSeconds?: number;
}

// Part of every tag so a new server version (which may present the same knowledge differently) never gets a
// stale 304; replicas started at different times just share fewer 304s.
const SERVER_START = Date.now().toString(36);

/** Whether an If-None-Match header names this tag (weak comparison, as RFC 9110 asks for If-None-Match). */
export function matchesTag(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = tag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === bare);
}

/** Successful responses get a weak ETag of the snapshot version; a matching If-None-Match gets 304. */
export function cacheable(options: CacheableOptions): MiddlewareHandler {
  const cacheControl = `public, max-age=${options.maxAgeSeconds ?? 300}`;
  return async (c, next) => {
    // Read before the handler runs, so a reload during the request cannot label old content with the new version.
    const tag = `W/"${options.knowledge().version}-${SERVER_START}"`;
    await next();
    if (c.res.status !== 200) return;
    c.res.headers.set('ETag', tag);
    c.res.headers.set('Cache-Control', cacheControl);
    if (matchesTag(c.req.header('if-none-match'), tag)) {
      c.res = new Response(null, { status: 304, headers: c.res.headers });
    }
  };
}
