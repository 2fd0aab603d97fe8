import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../server/knowledge/snapshot.ts';
import { contentError, testSnapshot } from './helpers/snapshot.ts';
import { json, testApp } from './helpers/app.ts';

// The problems are set by hand: the health check only counts them, and the fixture knowledge is built without errors.
const withProblems = (problems: Diagnostic[]) => ({ ...testSnapshot(), problems });

describe('GET /api/v1/health', () => {
  it('reports ok and which knowledge is served', async () => {
    const kb = testSnapshot();
    const res = await testApp({ snapshot: kb }).get('/api/v1/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await json(res)).toEqual({
      status: 'ok',
      knowledge: {
        version: kb.version,
        loadedAt: '2026-12-01T10:00:00.000Z',
        entries: 3,
        organisations: 3,
        flows: 2,
        languages: 5,
        // The outdated Arabic translation of the appeal entry, which the builder reports.
        problems: 1,
        errors: 0,
        warnings: 1,
      },
    });
  });

  it('is degraded, still 200, when the knowledge has errors', async () => {
    const warning = { ...contentError, severity: 'warning' as const };
    const res = await testApp({ snapshot: withProblems([contentError, warning, warning]) }).get('/api/v1/health');
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.status).toBe('degraded');
    expect(body.knowledge).toMatchObject({ problems: 3, errors: 1, warnings: 2 });
  });

  it('warnings alone keep it ok', async () => {
    const res = await testApp({ snapshot: withProblems([{ ...contentError, severity: 'warning' }]) }).get(
      '/api/v1/health',
    );
    expect((await json(res)).status).toBe('ok');
  });
});
