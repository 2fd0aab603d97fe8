import { describe, expect, it } from 'vitest';
import { DOCS_CSP } from '../../../server/api/docs-page.ts';
import { json, testApp } from './helpers/app.ts';

const ROUTES = [
  '/feedback',
  '/ask',
  '/suggest',
  '/entries/{id}',
  '/organisations',
  '/flows',
  '/flows/{id}',
  '/categories',
  '/emergency',
  '/languages',
  '/health',
  '/health/ready',
];

describe('GET /api/v1/openapi.json', () => {
  it('describes every route, its parameters and its error responses, from the zod contract', async () => {
    const doc = await json(await testApp().get('/api/v1/openapi.json'));
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([{ url: '/api/v1' }]);
    expect(Object.keys(doc.paths).sort()).toEqual([...ROUTES].sort());
    const ask = doc.paths['/ask'].get;
    expect(ask.parameters.map((p: any) => [p.name, p.required])).toEqual([
      ['q', true],
      ['lang', false],
      ['country', false],
      ['context', false],
    ]);
    expect(ask.parameters[0].schema.maxLength).toBe(500);
    expect(Object.keys(ask.responses)).toEqual(['200', '400', '413', '429']);
    expect(ask.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/AskResponse',
    });
    // The best answer in full, every answer as a summary with its score.
    const { answer, answers } = doc.components.schemas.AskResponse.properties;
    expect(answer).toMatchObject({ $ref: '#/components/schemas/Entry' });
    expect(doc.components.schemas.AskResponse.required).not.toContain('answer');
    expect(answers.items).toEqual({ $ref: '#/components/schemas/AnswerSummary' });
    expect(doc.components.schemas.AnswerSummary.required).toEqual([
      'id',
      'kind',
      'country',
      'category',
      'urgent',
      'title',
      'summary',
      'lang',
      'translation',
      'score',
    ]);
    expect(doc.components.schemas.Entry.required).toEqual(
      expect.arrayContaining(['translation', 'translationReviewed', 'organisations', 'html', 'text']),
    );
    expect(doc.components.schemas.Translation.enum).toEqual(['original', 'translated', 'fallback', 'outdated']);
  });
});

describe('GET /api/v1/docs', () => {
  it('is a readable page with every route, under a strict CSP that allows only its own stylesheet', async () => {
    const res = await testApp().get('/api/v1/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(DOCS_CSP);
    expect(DOCS_CSP).toMatch(/^default-src 'none'; style-src 'sha256-[\w+/=]+';/);
    const html = await res.text();
    for (const path of ROUTES) expect(html).toContain(`<code>/api/v1${path.replace(/\{(\w+)\}/, ':$1')}</code>`);
    expect(html).toContain('id="schema-AskResponse"');
    expect(html).not.toMatch(/<script|https?:\/\/(?!example)/);
  });
});
