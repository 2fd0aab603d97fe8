// Identifies a client for rate limiting and repeat-capping without ever keeping its address: an HMAC of the
// address under a secret that lives only in memory, rotated daily by mixing in the date.
import { createHmac, randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { ApiEnv } from '../deps.ts';

export interface ClientKeyOptions {
  /** Behind our own reverse proxy: take the address it appended to X-Forwarded-For. */
  trustProxy: boolean;
  /** Defaults to 32 random bytes per process, so keys cannot be linked across restarts either. */
  secret?: Buffer;
  now?: () => number;
}

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * The client's address. With a trusted proxy we take the last X-Forwarded-For entry: our proxy appends the
 * address it saw, so entries further left were written by the client and can be forged.
 */
function clientAddress(c: Context, trustProxy: boolean): string {
  const forwarded = trustProxy ? c.req.header('x-forwarded-for') : undefined;
  const last = forwarded
    ?.split(',')
    .map((s) => s.trim())
    .findLast(Boolean);
  if (last) return last;
  return (c.env as NodeBindings | undefined)?.incoming?.socket?.remoteAddress ?? 'unknown';
}

export function clientKey(options: ClientKeyOptions): MiddlewareHandler<ApiEnv> {
  const secret = options.secret ?? randomBytes(32);
  const now = options.now ?? Date.now;
  return async (c, next) => {
    const day = new Date(now()).toISOString().slice(0, 10);
    const key = createHmac('sha256', secret)
      .update(`${day}\n${clientAddress(c, options.trustProxy)}`)
      .digest('base64url');
    c.set('clientKey', key.slice(0, 22));
    await next();
  };
}
