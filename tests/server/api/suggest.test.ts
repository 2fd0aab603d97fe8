import { describe, expect, it } from 'vitest';
import type { SuggestResponse } from '../../../server/api/contract.ts';
import { json, testApp } from './helpers/app.ts';
import { suggestingSearch } from './helpers/search.ts';

describe('GET /api/v1/suggest', () => {
  const t = testApp();

  it('suggests entry titles for what has been typed, never cached', async () => {
    const res = await t.get('/api/v1/suggest?q=red&lang=tr');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await json<SuggestResponse>(res)).toEqual({
      suggestions: [{ id: 'appeal', title: 'Red kararına itiraz', lang: 'tr' }],
    });
  });

  it('an empty or blank prefix gives no suggestions rather than an error', async () => {
    for (const q of ['', '%20%20', '%00']) {
      expect(await json(await t.get(`/api/v1/suggest?q=${q}`))).toEqual({ suggestions: [] });
    }
  });

  it('gives at most 8 even when the engine returns more', async () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ id: `e${i}`, title: `T${i}`, lang: 'en' }));
    const search = suggestingSearch(many);
    const body = await json(await testApp({ deps: { search: () => search } }).get('/api/v1/suggest?q=t'));
    expect(body.suggestions).toHaveLength(8);
  });

  it('validates like /ask: 400 for an unknown language, 413 for a long prefix', async () => {
    expect((await t.get('/api/v1/suggest?q=a&lang=xx')).status).toBe(400);
    expect((await t.get(`/api/v1/suggest?q=${'x'.repeat(501)}`)).status).toBe(413);
  });
});
