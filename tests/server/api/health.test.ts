import { describe, expect, it } from 'vitest';
import { contentError, testSnapshot } from './helpers/snapshot.ts';
import { json, testApp } from './helpers/app.ts';

describe('GET /api/v1/health', () => {
  it('reports ok and which knowledge is served', async () => {
    const res = await testApp().get('/api/v1/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await json(res)).toEqual({
      status: 'ok',
      knowledge: {
        version: 'v1test',
        loadedAt: '2026-12-01T10:00:00.000Z',
        entries: 3,
        organisations: 3,
        flows: 2,
        languages: 5,
        problems: 0,
        errors: 0,
        warnings: 0,
      },
    });
  });

  it('is degraded, still 200, when the knowledge has errors', async () => {
    const warning = { ...contentError, severity: 'warning' as const };
    const res = await testApp({ snapshot: testSnapshot({ problems: [contentError, warning, warning] }) }).get('/api/v1/health');
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.status).toBe('degraded');
    expect(body.knowledge).toMatchObject({ problems: 3, errors: 1, warnings: 2 });
  });

  it('warnings alone keep it ok', async () => {
    const res = await testApp({ snapshot: testSnapshot({ problems: [{ ...contentError, severity: 'warning' }] }) }).get('/api/v1/health');
    expect((await json(res)).status).toBe('ok');
  });
});
