import { describe, expect, it } from 'vitest';
import { json, testApp } from './helpers/app.ts';

describe('GET /api/v1/emergency', () => {
  const t = testApp();

  it("gives the country's numbers, localised, with their sources", async () => {
    const body = await json(await t.get('/api/v1/emergency?country=TR&lang=tr'));
    expect(body.contacts).toEqual([
      {
        id: 'tr-112',
        country: 'TR',
        number: '112',
        name: '112 Acil',
        description: 'Polis, ambulans, itfaiye.',
        lang: 'tr',
        sources: [{ title: 'Ministry', url: 'https://example.org/112' }],
      },
    ]);
  });

  it("gives every country's numbers without a country, with opening hours where known", async () => {
    const body = await json(await t.get('/api/v1/emergency'));
    expect(body.contacts.map((c: any) => c.id)).toEqual(['tr-112', 'az-helpline']);
    expect(body.contacts[1].hours).toBe('Weekdays 9–18');
  });
});
