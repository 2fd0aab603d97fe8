import { describe, expect, it } from 'vitest';
import { json, testApp } from './helpers/app.ts';

const ids = async (query: string) => {
  const body = await json(await testApp().get(`/api/v1/organisations?${query}`));
  return (body.organisations as { id: string }[]).map((o) => o.id);
};

describe('GET /api/v1/organisations', () => {
  it('lists every organisation without filters', async () => {
    expect(await ids('')).toEqual(['legal-help', 'shelter-tr', 'unhcr-az']);
  });

  it('filters by country and service', async () => {
    expect(await ids('country=TR')).toEqual(['legal-help', 'shelter-tr']);
    expect(await ids('country=TR&service=legal-aid')).toEqual(['legal-help']);
    expect(await ids('service=legal-aid')).toEqual(['legal-help', 'unhcr-az']);
  });

  it('matches cities without case or Turkish dots, and always includes nationwide organisations', async () => {
    for (const city of ['İstanbul', 'istanbul', 'ISTANBUL', 'Istanbul']) {
      expect(await ids(`country=TR&city=${encodeURIComponent(city)}`)).toEqual(['legal-help', 'shelter-tr']);
    }
    expect(await ids('country=TR&city=Ankara')).toEqual(['shelter-tr']);
  });

  it('localises names, descriptions and contact labels along the fallback chain', async () => {
    const body = await json(await testApp().get('/api/v1/organisations?lang=az'));
    expect(body.organisations.map((o: any) => [o.id, o.name, o.lang, o.translation])).toEqual([
      ['legal-help', 'Hukuki Yardım', 'tr', 'fallback'],
      ['shelter-tr', 'Safe House', 'en', 'fallback'],
      ['unhcr-az', 'UNHCR Azerbaijan', 'az', 'translated'],
    ]);
  });

  it('an unknown service is a 400 listing the allowed ones', async () => {
    const res = await testApp().get('/api/v1/organisations?service=pizza');
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body.error.code).toBe('bad_parameter');
    expect(body.error.message).toMatch(/^service: .*"legal-aid".*"helpline"/);
  });

  it('an unknown country is a 400', async () => {
    expect((await testApp().get('/api/v1/organisations?country=DE')).status).toBe(400);
  });
});
