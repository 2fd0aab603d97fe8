import { describe, expect, it } from 'vitest';
import type { AskResponse } from '../../../server/api/contract.ts';
import type { FeedbackStore, UnansweredQuestion } from '../../../server/storage/types.ts';
import { json, testApp } from './helpers/app.ts';

const ask = async (query: string, deps = testApp()) => {
  const res = await deps.get(`/api/v1/ask?${query}`);
  // Loosely typed: error bodies share the variable with answers.
  return { res, body: await json(res) as AskResponse & { error: { code: string; message: string } } };
};

describe('GET /api/v1/ask', () => {
  it('answers in the reading language with the answer fields of the contract', async () => {
    const { res, body } = await ask('q=appeal&lang=tr&country=TR');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(body).toMatchObject({ query: 'appeal', lang: 'tr', detectedLang: 'en', urgent: false, emergency: [], didYouMean: [], suggestions: [] });
    const [answer] = body.answers;
    expect(answer).toMatchObject({
      id: 'appeal',
      kind: 'procedure',
      title: 'Red kararına itiraz',
      lang: 'tr',
      translation: 'translated',
      translationReviewed: true,
      score: 1,
      legalBasis: [{ instrument: 'Law No. 6458', article: '80' }],
      reviewedAt: '2026-11-22',
      html: '<p>Red kararına itiraz body</p>\n',
      text: 'Red kararına itiraz body',
    });
    expect(answer?.organisations.map((o) => o.id)).toEqual(['legal-help']);
  });

  it('without lang answers in the language of the question', async () => {
    const { body } = await ask('q=kararına+itiraz');
    expect(body.lang).toBe('tr');
    expect(body.answers[0]?.translation).toBe('translated');
  });

  it('says when the answer falls back to another language', async () => {
    const { body } = await ask('q=work&lang=tr');
    expect(body.answers[0]).toMatchObject({ id: 'work', lang: 'en', translation: 'fallback', translationReviewed: true });
  });

  it('urgent questions carry the country\'s emergency numbers', async () => {
    const { body } = await ask('q=detained+appeal&country=TR&lang=tr');
    expect(body.urgent).toBe(true);
    expect(body.emergency.map((c) => c.number)).toEqual(['112']);
    expect(body.emergency[0]?.name).toBe('112 Acil');
    expect(body.answers).toHaveLength(1);
  });

  it('urgent questions without a country get every country\'s numbers rather than none', async () => {
    const { body } = await ask('q=detained');
    expect(body.emergency.map((c) => c.id)).toEqual(['tr-112', 'az-helpline']);
  });

  it('with no confident answer, offers did-you-mean, legal aid, emergency numbers and categories instead', async () => {
    const { body } = await ask('q=appea&country=TR');
    expect(body.answers).toEqual([]);
    expect(body.didYouMean).toEqual([{ id: 'appeal', title: 'Appeal a rejection' }]);
    expect(body.organisations.map((o) => o.id)).toEqual(['legal-help']);
    expect(body.emergency.map((c) => c.id)).toEqual(['tr-112']);
    expect(body.suggestions.map((c) => c.id)).toEqual(['appeals', 'work']);
  });

  it('without a country the fallback help covers every country', async () => {
    const { body } = await ask('q=zzzz');
    expect(body.organisations.map((o) => o.id)).toEqual(['legal-help', 'unhcr-az']);
    expect(body.suggestions.map((c) => c.id)).toEqual(['appeals', 'work', 'asylum']);
  });

  it('organisations the question names come first, before the legal-aid fallback', async () => {
    const { body } = await ask('q=safe+house');
    expect(body.answers).toEqual([]);
    expect(body.organisations.map((o) => o.id)).toEqual(['shelter-tr', 'legal-help', 'unhcr-az']);
    const answered = await ask('q=appeal+legal+help&lang=tr');
    expect(answered.body.answers[0]?.id).toBe('appeal');
    expect(answered.body.organisations.map((o) => [o.id, o.name])).toEqual([['legal-help', 'Hukuki Yardım']]);
  });

  it('removes control characters and collapses white space in the question', async () => {
    const { body } = await ask(`q=${encodeURIComponent('\u0000 appeal\u0007\n\t now\u009f ')}`);
    expect(body.query).toBe('appeal now');
    expect(body.answers[0]?.id).toBe('appeal');
  });

  it('keeps the zero-width non-joiner Persian needs', async () => {
    const { body } = await ask(`q=${encodeURIComponent('می‌خواهم')}`);
    expect(body.query).toBe('می‌خواهم');
  });

  it.each([
    ['q=', 'q: please type a question.'],
    ['q=%20%01', 'q: please type a question.'],
    ['lang=en', 'q: Invalid input: expected string, received undefined'],
  ])('%s is a 400 saying what is missing', async (query, message) => {
    const { res, body } = await ask(query);
    expect(res.status).toBe(400);
    expect(body).toEqual({ error: { code: 'bad_parameter', message } });
  });

  it('an unknown language is a 400 listing the supported ones', async () => {
    const { res, body } = await ask('q=appeal&lang=xx');
    expect(res.status).toBe(400);
    expect(body).toEqual({ error: { code: 'bad_parameter', message: 'lang: unknown language "xx". Supported: en, tr, ar, az, so.' } });
  });

  it('an unknown country is a 400 listing the supported ones; lower case is fine', async () => {
    expect((await ask('q=appeal&country=zz')).body).toEqual({
      error: { code: 'bad_parameter', message: 'country: unknown country "zz". Supported: TR, AZ.' },
    });
    expect((await ask('q=appeal&country=tr')).res.status).toBe(200);
  });

  it('a question over 500 characters is a 413 with a clear message', async () => {
    const { res, body } = await ask(`q=${'a'.repeat(501)}`);
    expect(res.status).toBe(413);
    expect(body).toEqual({ error: { code: 'query_too_long', message: 'The question is too long: please use at most 500 characters.' } });
    expect((await ask(`q=${'a'.repeat(500)}`)).res.status).toBe(200);
  });

  it('a repeated parameter is a 400, not a crash', async () => {
    const { res, body } = await ask('q=a&q=b');
    expect(res.status).toBe(400);
    expect(body.error.message).toContain('q:');
  });
});

describe('recording unanswered questions (the feedback seam)', () => {
  function store(overrides: Partial<FeedbackStore> = {}) {
    const unanswered: UnansweredQuestion[] = [];
    const answered: unknown[] = [];
    const feedback: FeedbackStore = {
      recordUnanswered: (q) => void unanswered.push(q),
      recordAnswered: (q) => void answered.push(q),
      recordFeedback: () => undefined,
      insights: () => ({ unanswered: [], leastHelpful: [], fallbacks: [] }),
      close: () => undefined,
      ...overrides,
    };
    return { feedback, unanswered, answered };
  }
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  it('records a question with no answer after the response, with a client hash and no address', async () => {
    const { feedback, unanswered } = store();
    const t = testApp({ deps: { feedback } });
    const res = await t.get('/api/v1/ask?q=zzzz&lang=tr&country=TR');
    expect(res.status).toBe(200);
    expect(unanswered).toEqual([]);
    await tick();
    expect(unanswered).toEqual([{ query: 'zzzz', lang: 'tr', detectedLang: 'en', country: 'TR', clientKey: expect.stringMatching(/^[\w-]{22}$/) }]);
  });

  it('records answered questions only as language counts, noting fallbacks', async () => {
    const { feedback, unanswered, answered } = store();
    const t = testApp({ deps: { feedback } });
    await t.get('/api/v1/ask?q=work&lang=tr');
    await tick();
    expect(unanswered).toEqual([]);
    expect(answered).toEqual([{ lang: 'tr', country: undefined, fellBack: true }]);
  });

  it('a failing store never fails the request and is logged once per outage', async () => {
    let fail = true;
    const { feedback } = store({
      recordUnanswered: () => {
        if (fail) throw new Error('database is locked');
      },
    });
    const t = testApp({ deps: { feedback } });
    for (let i = 0; i < 3; i++) expect((await t.get('/api/v1/ask?q=zzzz')).status).toBe(200);
    await tick();
    const warnings = () => t.logs.filter((l) => l.level === 'warn');
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatchObject({ what: 'unanswered', error: 'database is locked' });
    fail = false;
    await t.get('/api/v1/ask?q=zzzz');
    await tick();
    fail = true;
    await t.get('/api/v1/ask?q=zzzz');
    await tick();
    expect(warnings()).toHaveLength(2);
  });

  it('a store that rejects asynchronously is handled the same way', async () => {
    const { feedback } = store({ recordUnanswered: () => Promise.reject(new Error('disk full')) });
    const t = testApp({ deps: { feedback } });
    expect((await t.get('/api/v1/ask?q=zzzz')).status).toBe(200);
    await tick();
    await tick();
    expect(t.logs.filter((l) => l.level === 'warn')).toHaveLength(1);
  });
});
