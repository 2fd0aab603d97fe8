import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { ApiEnv } from '../../../../server/api/deps.ts';
import { clientKey, type ClientKeyOptions } from '../../../../server/api/middleware/client-key.ts';

function keyer(options: ClientKeyOptions) {
  const app = new Hono<ApiEnv>();
  app.use(clientKey(options));
  app.get('/', (c) => c.text(c.get('clientKey')));
  return async (ip: string) => (await app.request('/', { headers: { 'x-forwarded-for': ip } })).text();
}

describe('clientKey', () => {
  const secret = Buffer.alloc(32, 7);

  it('is a short hash, stable for one address on one day, different across addresses', async () => {
    const key = keyer({ trustProxy: true, secret, now: () => Date.parse('2026-12-01T10:00:00Z') });
    const a = await key('203.0.113.5');
    expect(a).toMatch(/^[\w-]{22}$/);
    expect(a).not.toContain('203');
    expect(await key('203.0.113.5')).toBe(a);
    expect(await key('203.0.113.6')).not.toBe(a);
  });

  it('changes with the day and with the secret, so keys cannot be linked over time', async () => {
    const at = (day: string, s = secret) =>
      keyer({ trustProxy: true, secret: s, now: () => Date.parse(`${day}T10:00:00Z`) })('203.0.113.5');
    const today = await at('2026-12-01');
    expect(await at('2026-12-02')).not.toBe(today);
    expect(await at('2026-12-01', Buffer.alloc(32, 8))).not.toBe(today);
  });

  it('without a trusted proxy, every forwarded address is the same (unknown) client', async () => {
    const key = keyer({ trustProxy: false, secret });
    expect(await key('203.0.113.5')).toBe(await key('198.51.100.1'));
  });
});
