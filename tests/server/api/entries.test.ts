import { describe, expect, it } from 'vitest';
import type { ApiEntry } from '../../../server/api/contract.ts';
import { json, testApp } from './helpers/app.ts';
import { testSnapshot, withDanglingLinks } from './helpers/snapshot.ts';

describe('GET /api/v1/entries/:id', () => {
  const t = testApp();

  it('presents the entry in the reading language with related entries and organisations', async () => {
    const res = await t.get('/api/v1/entries/appeal?lang=tr');
    expect(res.status).toBe(200);
    const body = await json<ApiEntry>(res);
    expect(body).toMatchObject({
      id: 'appeal',
      country: 'TR',
      category: 'appeals',
      urgent: true,
      lang: 'tr',
      translation: 'translated',
    });
    expect(body.related).toEqual([{ id: 'work', title: 'Work permit', lang: 'en' }]);
    expect(body.organisations.map((o) => [o.id, o.name, o.translation])).toEqual([
      ['legal-help', 'Hukuki Yardım', 'translated'],
    ]);
    expect(body.organisations[0]?.contacts).toEqual([
      { type: 'phone', value: '+90 212 000 00 00', label: 'Yardım hattı' },
    ]);
  });

  it('leaves out links to entries and organisations the snapshot lacks rather than breaking the answer', async () => {
    const body = await json<ApiEntry>(
      await testApp({ snapshot: withDanglingLinks(testSnapshot()) }).get('/api/v1/entries/appeal?lang=tr'),
    );
    expect(body.related.map((e) => e.id)).toEqual(['work']);
    expect(body.organisations.map((o) => o.id)).toEqual(['legal-help']);
  });

  it.each([
    ['en', 'en', 'original', true],
    ['ar', 'ar', 'outdated', false],
    ['az', 'tr', 'fallback', true],
    ['so', 'en', 'fallback', true],
  ])('lang=%s reads %s (%s, reviewed %s)', async (lang, served, translation, reviewed) => {
    const body = await json<ApiEntry>(await t.get(`/api/v1/entries/appeal?lang=${lang}`));
    expect(body).toMatchObject({ lang: served, translation, translationReviewed: reviewed });
  });

  it('says when the content changed and who reviewed it, or null when no lawyer has', async () => {
    expect(await json<ApiEntry>(await t.get('/api/v1/entries/appeal'))).toMatchObject({
      updated: '2026-11-22',
      legalReview: { by: 'Example Legal Aid', date: '2026-11-20' },
    });
    const work = await json<ApiEntry>(await t.get('/api/v1/entries/work'));
    expect(work).toMatchObject({ updated: '2026-11-22', legalReview: null });
    expect(work).not.toHaveProperty('reviewedAt');
  });

  it('defaults to English', async () => {
    expect(await json<ApiEntry>(await t.get('/api/v1/entries/appeal'))).toMatchObject({
      lang: 'en',
      translation: 'original',
    });
  });

  it('an unknown entry is a 404', async () => {
    const res = await t.get('/api/v1/entries/nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'There is no entry "nope".' } });
  });

  it('an unknown language is a 400 even for an existing entry', async () => {
    expect((await t.get('/api/v1/entries/appeal?lang=de')).status).toBe(400);
  });
});
