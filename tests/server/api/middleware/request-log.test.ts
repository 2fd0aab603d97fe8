import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/app.ts';

describe('request log', () => {
  it('logs one structured line per request with the route pattern, status and time', async () => {
    const t = testApp();
    await t.get('/api/v1/entries/appeal?lang=tr');
    await t.get('/api/v1/entries/nope');
    await t.get('/nowhere/secret-path');
    expect(t.logs.map(({ msg, method, route, status }) => ({ msg, method, route, status }))).toEqual([
      { msg: 'request', method: 'GET', route: '/api/v1/entries/:id', status: 200 },
      { msg: 'request', method: 'GET', route: '/api/v1/entries/:id', status: 404 },
      { msg: 'request', method: 'GET', route: '(none)', status: 404 },
    ]);
    expect(typeof t.logs[0]?.ms).toBe('number');
  });

  it('never contains the question or the client address', async () => {
    const t = testApp({ config: { trustProxy: true, rateLimitPerMinute: 100 } });
    await t.get('/api/v1/ask?q=deported+yesterday+Hasan', { headers: { 'x-forwarded-for': '198.51.100.23' } });
    await t.get('/api/v1/suggest?q=Hasan', { headers: { 'x-forwarded-for': '198.51.100.23' } });
    const written = JSON.stringify(t.logs);
    expect(t.logs).toHaveLength(2);
    expect(written).not.toMatch(/Hasan|deported|198\.51/);
  });
});
