import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { ApiEnv } from '../../../../server/api/deps.ts';
import { onError } from '../../../../server/api/errors.ts';
import { rateLimit } from '../../../../server/api/middleware/rate-limit.ts';
import { createLogger } from '../../../../server/log.ts';
import { json, testApp } from '../helpers/app.ts';

/** A bare app with a fake clock, keyed by an x-client header instead of an address. */
function limited(perMinute: number) {
  let now = 1_000_000;
  const app = new Hono<ApiEnv>();
  app.use((c, next) => {
    c.set('clientKey', c.req.header('x-client') ?? 'a');
    return next();
  });
  app.use(rateLimit({ perMinute, now: () => now }));
  app.get('/', (c) => c.text('ok'));
  app.onError(onError(createLogger('silent')));
  return {
    hit: (client = 'a') => app.request('/', { headers: { 'x-client': client } }),
    advance: (ms: number) => (now += ms),
  };
}

describe('rateLimit', () => {
  it('lets a burst of perMinute through, then answers 429 with Retry-After', async () => {
    const { hit } = limited(3);
    for (let i = 0; i < 3; i++) expect((await hit()).status).toBe(200);
    const res = await hit();
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('20');
    expect(await json(res)).toEqual({
      error: { code: 'rate_limited', message: 'Too many requests. Please wait 20 s and try again.' },
    });
  });

  it('refills steadily: one token per 60/perMinute seconds', async () => {
    const { hit, advance } = limited(6);
    for (let i = 0; i < 6; i++) await hit();
    expect((await hit()).status).toBe(429);
    advance(9_999);
    expect((await hit()).status).toBe(429);
    advance(1);
    expect((await hit()).status).toBe(200);
    expect((await hit()).status).toBe(429);
  });

  it('keeps clients apart', async () => {
    const { hit } = limited(1);
    expect((await hit('a')).status).toBe(200);
    expect((await hit('a')).status).toBe(429);
    expect((await hit('b')).status).toBe(200);
  });

  it('a client idle for a minute starts with a full bucket again', async () => {
    const { hit, advance } = limited(2);
    await hit();
    await hit();
    advance(60_000);
    expect((await hit()).status).toBe(200);
    expect((await hit()).status).toBe(200);
    expect((await hit()).status).toBe(429);
  });

  it('0 turns it off', async () => {
    const { hit } = limited(0);
    for (let i = 0; i < 50; i++) expect((await hit()).status).toBe(200);
  });
});

describe('rate limiting in the app', () => {
  const fromClient = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });

  it('limits each client of the API, behind a trusted proxy by X-Forwarded-For', async () => {
    const t = testApp({ config: { rateLimitPerMinute: 2, trustProxy: true } });
    expect((await t.get('/api/v1/languages', fromClient('10.0.0.1'))).status).toBe(200);
    expect((await t.get('/api/v1/ask?q=appeal', fromClient('10.0.0.1'))).status).toBe(200);
    const limitedRes = await t.get('/api/v1/suggest?q=a', fromClient('10.0.0.1'));
    expect(limitedRes.status).toBe(429);
    expect(Number(limitedRes.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await t.get('/api/v1/languages', fromClient('10.0.0.2'))).status).toBe(200);
    // Monitors poll health; it is never limited.
    expect((await t.get('/api/v1/health', fromClient('10.0.0.1'))).status).toBe(200);
  });

  it('does not let a client forge X-Forwarded-For entries to escape the limit', async () => {
    const t = testApp({ config: { rateLimitPerMinute: 1, trustProxy: true } });
    expect((await t.get('/api/v1/languages', fromClient('1.1.1.1, 10.0.0.9'))).status).toBe(200);
    expect((await t.get('/api/v1/languages', fromClient('2.2.2.2, 10.0.0.9'))).status).toBe(429);
  });

  it('ignores X-Forwarded-For unless told to trust a proxy', async () => {
    const t = testApp({ config: { rateLimitPerMinute: 1, trustProxy: false } });
    expect((await t.get('/api/v1/languages', fromClient('10.0.0.1'))).status).toBe(200);
    expect((await t.get('/api/v1/languages', fromClient('10.0.0.2'))).status).toBe(429);
  });
});
