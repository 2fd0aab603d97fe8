import { describe, expect, it } from 'vitest';
import { json, testApp } from './helpers/app.ts';

describe('errors', () => {
  it('a wrong method on a known path is a 405 with Allow', async () => {
    const t = testApp();
    for (const path of ['/api/v1/ask', '/api/v1/entries/appeal', '/api/v1/health', '/api/v1/openapi.json']) {
      const res = await t.get(path, { method: 'DELETE' });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
      expect(await json(res)).toEqual({
        error: { code: 'method_not_allowed', message: 'This address only accepts GET, HEAD.' },
      });
    }
  });

  it('OPTIONS is answered as a CORS preflight, listing the methods', async () => {
    const res = await testApp().get('/api/v1/languages', { method: 'OPTIONS' });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,HEAD,POST,OPTIONS');
  });

  it('an unknown address is a 404 in the error shape', async () => {
    for (const path of ['/api/v1/nope', '/api/v2/ask', '/nothing']) {
      const res = await testApp().get(path);
      expect(res.status).toBe(404);
      expect(await json(res)).toEqual({
        error: { code: 'not_found', message: 'Nothing here. The API is described at /api/v1/docs.' },
      });
    }
  });

  it('an unexpected failure is a 500 without a stack trace; the cause is logged', async () => {
    const broken = {
      ask: () => {
        throw new Error('index corrupted at /srv/huquq/secret.ts:12');
      },
      suggest: () => [],
    };
    const t = testApp({ deps: { search: () => broken } });
    const res = await t.get('/api/v1/ask?q=appeal');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' },
    });
    expect(text).not.toMatch(/secret|at |\.ts/);
    expect(t.logs.find((l) => l.level === 'error')).toMatchObject({
      msg: 'unhandled error',
      error: expect.stringContaining('index corrupted'),
    });
  });
});

describe('errors Hono and its validators raise', () => {
  it('keep their 4xx status and get the error shape (a body that is not JSON is a 415)', async () => {
    const res = await testApp().get('/api/v1/feedback', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(res.status).toBe(415);
    expect((await json(res)).error.code).toBe('unsupported_media_type');
  });
});
