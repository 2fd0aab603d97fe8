import { describe, expect, it } from 'vitest';
import { json, testApp } from './helpers/app.ts';

describe('GET /api/v1/categories', () => {
  const t = testApp();

  it('lists categories that have entries, with counts, localised', async () => {
    const body = await json(await t.get('/api/v1/categories?lang=tr'));
    expect(body.categories).toEqual([
      { id: 'appeals', icon: '⚖️', title: 'İtirazlar', description: 'Contest a decision', lang: 'tr', entries: 1 },
      { id: 'work', title: 'Work', lang: 'en', entries: 1 },
      { id: 'asylum', title: 'Asylum', lang: 'en', entries: 1 },
    ]);
  });

  it('counts per country', async () => {
    const body = await json(await t.get('/api/v1/categories?country=AZ'));
    expect(body.categories.map((c: any) => [c.id, c.entries])).toEqual([['asylum', 1]]);
  });
});
