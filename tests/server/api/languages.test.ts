import { describe, expect, it } from 'vitest';
import { json, testApp } from './helpers/app.ts';

describe('GET /api/v1/languages', () => {
  it('lists every language with its own name, direction, fallback chain and coverage', async () => {
    const body = await json(await testApp().get('/api/v1/languages'));
    expect(body.languages.map((l: any) => l.code)).toEqual(['en', 'tr', 'ar', 'az', 'so']);
    const ar = body.languages.find((l: any) => l.code === 'ar');
    expect(ar).toMatchObject({ name: 'العربية', englishName: 'Arabic', dir: 'rtl', fallback: [] });
    expect(ar.coverage).toEqual({
      ratio: 0.33,
      entries: { total: 3, translated: 1, reviewed: 0, outdated: 1 },
      flows: { total: 2, translated: 0 },
      organisations: { total: 3, translated: 0 },
      categories: { total: 4, translated: 0 },
      emergency: { total: 2, translated: 0 },
    });
    const en = body.languages.find((l: any) => l.code === 'en');
    expect(en.coverage.ratio).toBe(1);
    expect(en.coverage.entries).toEqual({ total: 3, translated: 3, reviewed: 3, outdated: 0 });
  });
});
