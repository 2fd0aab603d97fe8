import { describe, expect, it } from 'vitest';
import { matchesTag } from '../../../../server/api/middleware/cacheable.ts';
import { testSnapshot } from '../helpers/snapshot.ts';
import { testApp } from '../helpers/app.ts';

const KNOWLEDGE_READS = [
  '/api/v1/entries/appeal?lang=tr',
  '/api/v1/flows',
  '/api/v1/flows/rejected',
  '/api/v1/organisations?country=TR',
  '/api/v1/categories',
  '/api/v1/languages',
  '/api/v1/emergency?country=TR',
];

describe('ETag and Cache-Control', () => {
  it.each(KNOWLEDGE_READS)('%s carries an ETag and answers If-None-Match with 304', async (path) => {
    const kb = testSnapshot();
    const t = testApp({ snapshot: kb });
    const first = await t.get(path);
    const tag = first.headers.get('etag');
    expect(tag).toMatch(new RegExp(`^W/"${kb.version}-\\w+"$`));
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    const again = await t.get(path, { headers: { 'if-none-match': tag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(tag);
  });

  it('a new knowledge version gives a new tag, so clients fetch again', async () => {
    let snapshot = testSnapshot();
    const t = testApp({ deps: { knowledge: () => snapshot } });
    const tag = (await t.get('/api/v1/languages')).headers.get('etag')!;
    snapshot = testSnapshot((k) => {
      k.categories[1]!.title.en = 'Jobs';
    });
    const res = await t.get('/api/v1/languages', { headers: { 'if-none-match': tag } });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).not.toBe(tag);
  });

  it('errors and questions are not tagged', async () => {
    const t = testApp();
    expect((await t.get('/api/v1/entries/nope')).headers.get('etag')).toBeNull();
    const ask = await t.get('/api/v1/ask?q=appeal');
    expect(ask.headers.get('etag')).toBeNull();
    expect(ask.headers.get('cache-control')).toBe('no-store');
  });

  it('HEAD gives the headers and no body', async () => {
    const res = await testApp().get('/api/v1/entries/appeal', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBeTruthy();
    expect(await res.text()).toBe('');
  });
});

describe('matchesTag', () => {
  it.each([
    ['W/"a"', 'W/"a"', true],
    ['"a"', 'W/"a"', true],
    ['"x", W/"a"', 'W/"a"', true],
    ['W/"b"', 'W/"a"', false],
    ['*', 'W/"a"', false],
    [undefined, 'W/"a"', false],
  ])('%s vs %s → %s', (header, tag, expected) => {
    expect(matchesTag(header, tag)).toBe(expected);
  });
});
