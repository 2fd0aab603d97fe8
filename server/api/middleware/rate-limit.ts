// Per-client rate limiting: an in-memory token bucket per client key (never per address), 429 + Retry-After.
import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from '../deps.ts';
import { ApiError } from '../errors.ts';

export interface RateLimitOptions {
  /** Sustained requests per minute; also the burst size. 0 turns the limiter off. */
  perMinute: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

const MINUTE = 60_000;

export function rateLimit(options: RateLimitOptions): MiddlewareHandler<ApiEnv> {
  const { perMinute } = options;
  const now = options.now ?? Date.now;
  if (perMinute <= 0) return (_c, next) => next();
  const perMs = perMinute / MINUTE;
  const buckets = new Map<string, Bucket>();
  let lastSweep = now();

  // Memory stays bounded by the clients of the last minute: a bucket idle that long is full, the same as absent.
  function sweep(t: number) {
    if (t - lastSweep < MINUTE) return;
    lastSweep = t;
    for (const [key, bucket] of buckets) if (t - bucket.updated >= MINUTE) buckets.delete(key);
  }

  return async (c, next) => {
    const t = now();
    sweep(t);
    const key = c.get('clientKey');
    const bucket = buckets.get(key) ?? { tokens: perMinute, updated: t };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (t - bucket.updated) * perMs);
    bucket.updated = t;
    buckets.set(key, bucket);
    if (bucket.tokens < 1) {
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
      throw new ApiError(429, 'rate_limited', `Too many requests. Please wait ${retryAfter} s and try again.`, {
        'Retry-After': String(retryAfter),
      });
    }
    bucket.tokens -= 1;
    await next();
  };
}
