import { describe, expect, it } from 'vitest';
import type { ApiFlow, FlowSummary } from '../../../server/api/contract.ts';
import { json, testApp } from './helpers/app.ts';
import { testSnapshot, withDanglingLinks } from './helpers/snapshot.ts';

describe('GET /api/v1/flows', () => {
  const t = testApp();

  it('lists flows for the country, urgent first, localised', async () => {
    const body = await json<{ flows: FlowSummary[] }>(await t.get('/api/v1/flows?lang=tr&country=TR'));
    expect(body.flows).toEqual([
      {
        id: 'rejected',
        title: 'Reddedildim',
        description: 'What to do after a rejection',
        lang: 'tr',
        translation: 'translated',
        countries: ['TR'],
        urgent: true,
      },
      {
        id: 'find-work',
        title: 'I want to work',
        lang: 'en',
        translation: 'fallback',
        countries: ['TR', 'AZ'],
        urgent: false,
      },
    ]);
    const az = await json<{ flows: FlowSummary[] }>(await t.get('/api/v1/flows?country=AZ'));
    expect(az.flows.map((f) => f.id)).toEqual(['find-work']);
  });
});

describe('GET /api/v1/flows/:id', () => {
  const t = testApp();

  it('gives every node localised, with answer entries and organisations resolved', async () => {
    const body = await json<ApiFlow>(await t.get('/api/v1/flows/rejected?lang=tr'));
    expect(body).toMatchObject({ id: 'rejected', start: 'when', urgent: true });
    expect(body.nodes.when).toEqual({
      kind: 'question',
      question: 'Kararı ne zaman aldınız?',
      options: [{ label: 'Bu hafta', next: 'act-now' }],
    });
    expect(body.nodes['act-now']).toMatchObject({
      kind: 'answer',
      text: 'Appeal now.',
      entries: [{ id: 'appeal', title: 'Red kararına itiraz', lang: 'tr' }],
      organisations: [{ id: 'legal-help', name: 'Hukuki Yardım' }],
    });
  });

  it('leaves out answer links to entries and organisations the snapshot lacks', async () => {
    const body = await json<ApiFlow>(
      await testApp({ snapshot: withDanglingLinks(testSnapshot()) }).get('/api/v1/flows/rejected?lang=tr'),
    );
    expect(body.nodes['act-now']).toMatchObject({ entries: [{ id: 'appeal' }], organisations: [{ id: 'legal-help' }] });
  });

  it('an unknown flow is a 404', async () => {
    const res = await t.get('/api/v1/flows/nope');
    expect(res.status).toBe(404);
    expect((await json(res)).error.code).toBe('not_found');
  });
});
