import { describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFeedbackStore } from '../../../server/storage/open.ts';
import { createLogger } from '../../../server/log.ts';
import type { FeedbackStore } from '../../../server/storage/types.ts';
import { json, testApp } from './helpers/app.ts';

async function store(): Promise<FeedbackStore> {
  return openFeedbackStore({
    dataDir: await mkdtemp(join(tmpdir(), 'huquq-api-')),
    retentionDays: 180,
    log: createLogger('silent'),
  });
}

const post = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

describe('POST /api/v1/feedback', () => {
  it('counts a vote and answers 202', async () => {
    const feedback = await store();
    const { get } = testApp({ deps: { feedback } });
    const res = await get(
      '/api/v1/feedback',
      post({ entryId: 'appeal', helpful: false, lang: 'ar', flowId: 'rejected', query: 'my name is Ali' }),
    );
    expect(res.status).toBe(202);
    expect(await json(res)).toEqual({ accepted: true });
    expect((await feedback.insights()).leastHelpful).toEqual([
      { entryId: 'appeal', lang: 'ar', helpful: 0, notHelpful: 1, ratio: 0 },
    ]);
  });

  it.each([
    [{ entryId: 'no-such-entry', helpful: true, lang: 'en' }, /entryId: there is no entry "no-such-entry"/],
    [{ entryId: 'appeal', helpful: true, lang: 'en', flowId: 'nope' }, /flowId: there is no flow "nope"/],
    [{ entryId: 'appeal', helpful: 'yes', lang: 'en' }, /helpful/],
    [{ entryId: 'appeal', helpful: true, lang: 'xx' }, /lang/],
    [{ entryId: 'appeal', helpful: true, lang: 'en', extra: 1 }, /extra|Unrecognized/i],
  ])('rejects %j with 400', async (body, message) => {
    const { get } = testApp({ deps: { feedback: await store() } });
    const res = await get('/api/v1/feedback', post(body));
    expect(res.status).toBe(400);
    const { error } = await json(res);
    expect(error.code).toBe('bad_parameter');
    expect(error.message).toMatch(message);
  });

  it('rejects a body that is not JSON with 400, not 500', async () => {
    const { get } = testApp({ deps: { feedback: await store() } });
    const res = await get('/api/v1/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"entryId": ',
    });
    expect(res.status).toBe(400);
    expect((await json(res)).error.code).toBe('bad_parameter');
  });

  it('answers 503 when the store fails, and the API keeps working', async () => {
    const failing: FeedbackStore = {
      recordFeedback: () => {
        throw new Error('SQLITE_FULL: database or disk is full');
      },
      recordAnswered: () => undefined,
      recordUnanswered: () => undefined,
      insights: () => ({ unanswered: [], leastHelpful: [], fallbacks: [] }),
      close: () => undefined,
    };
    const { get } = testApp({ deps: { feedback: failing } });
    const res = await get('/api/v1/feedback', post({ entryId: 'appeal', helpful: true, lang: 'en' }));
    expect(res.status).toBe(503);
    expect((await json(res)).error.code).toBe('unavailable');
    expect((await get('/api/v1/health')).status).toBe(200);
  });
});

describe('GET /api/v1/admin/insights', () => {
  const TOKEN = 'a-long-admin-token-for-tests';

  it('is switched off (404) when no ADMIN_TOKEN is set', async () => {
    const { get } = testApp({ deps: { feedback: await store() } });
    expect((await get('/api/v1/admin/insights', { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
  });

  it.each([undefined, 'Bearer wrong', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`])(
    'answers 401 to authorization %s',
    async (authorization) => {
      const { get } = testApp({ config: { adminToken: TOKEN }, deps: { feedback: await store() } });
      const res = await get('/api/v1/admin/insights', { headers: authorization ? { authorization } : {} });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect((await json(res)).error.code).toBe('unauthorized');
    },
  );

  it('returns the insights as JSON with the right token', async () => {
    const feedback = await store();
    feedback.recordUnanswered({
      query: 'Weather in İstanbul',
      lang: 'tr',
      detectedLang: 'tr',
      country: 'TR',
      clientKey: 'k',
    });
    const { get } = testApp({ config: { adminToken: TOKEN }, deps: { feedback } });
    const res = await get('/api/v1/admin/insights', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect((await json(res)).unanswered).toEqual([
      { lang: 'tr', country: 'TR', query: 'weather in istanbul', count: 1 },
    ]);
  });
});
