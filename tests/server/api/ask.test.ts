import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import type { AskResponse } from '../../../server/api/contract.ts';
import type { Snapshot } from '../../../server/knowledge/snapshot.ts';
import { createLogger } from '../../../server/log.ts';
import { openFeedbackStore } from '../../../server/storage/open.ts';
import type { FeedbackStore, UnansweredQuestion } from '../../../server/storage/types.ts';
import { json, testApp } from './helpers/app.ts';
import { standInSearch } from './helpers/search.ts';
import { testSnapshot } from './helpers/snapshot.ts';

const ask = async (query: string, deps = testApp()) => {
  const res = await deps.get(`/api/v1/ask?${query}`);
  // Loosely typed: error bodies share the variable with answers.
  return { res, body: (await json(res)) as AskResponse & { error: { code: string; message: string } } };
};

describe('GET /api/v1/ask', () => {
  it('answers in the reading language with the answer fields of the contract', async () => {
    const { res, body } = await ask('q=appeal&lang=tr&country=TR');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(body).toMatchObject({
      query: 'appeal',
      lang: 'tr',
      detectedLang: 'en',
      urgent: false,
      emergency: [],
      didYouMean: [],
      suggestions: [],
    });
    expect(body.answers).toEqual([
      {
        id: 'appeal',
        kind: 'procedure',
        country: 'TR',
        category: body.answer?.category,
        urgent: body.answer?.urgent,
        title: 'Red kararına itiraz',
        summary: body.answer?.summary,
        lang: 'tr',
        translation: 'translated',
        score: 1,
      },
    ]);
    const { answer } = body;
    expect(answer).toMatchObject({
      id: 'appeal',
      kind: 'procedure',
      title: 'Red kararına itiraz',
      lang: 'tr',
      translation: 'translated',
      translationReviewed: true,
      legalBasis: [{ instrument: 'Law No. 6458', article: '80' }],
      updated: '2026-11-22',
      legalReview: { by: 'Example Legal Aid', date: '2026-11-20' },
      html: '<p>Red kararına itiraz body</p>\n',
      text: 'Red kararına itiraz body',
    });
    expect(answer?.organisations.map((o) => o.id)).toEqual(['legal-help']);
  });

  it('sends the best answer in full and the others as title and summary', async () => {
    const { body } = await ask('q=appeal+work&lang=en');
    expect(body.answers.length).toBeGreaterThan(1);
    expect(body.answer?.id).toBe(body.answers[0]?.id);
    for (const other of body.answers)
      expect(Object.keys(other).sort()).toEqual([
        'category',
        'country',
        'id',
        'kind',
        'lang',
        'score',
        'summary',
        'title',
        'translation',
        'urgent',
      ]);
  });

  it('without lang answers in the language of the question', async () => {
    const { body } = await ask('q=kararına+itiraz');
    expect(body.lang).toBe('tr');
    expect(body.answers[0]?.translation).toBe('translated');
  });

  it('says when the answer falls back to another language', async () => {
    const { body } = await ask('q=work&lang=tr');
    expect(body.answers[0]).toMatchObject({ id: 'work', lang: 'en', translation: 'fallback' });
    expect(body.answer).toMatchObject({ id: 'work', lang: 'en', translation: 'fallback', translationReviewed: true });
  });

  it("urgent questions carry the country's emergency numbers", async () => {
    const { body } = await ask('q=detained+appeal&country=TR&lang=tr');
    expect(body.urgent).toBe(true);
    expect(body.emergency.map((c) => c.number)).toEqual(['112']);
    expect(body.emergency[0]?.name).toBe('112 Acil');
    expect(body.answers).toHaveLength(1);
  });

  it("urgent questions without a country get every country's numbers rather than none", async () => {
    const { body } = await ask('q=detained');
    expect(body.emergency.map((c) => c.id)).toEqual(['tr-112', 'az-helpline']);
  });

  it('with no confident answer, offers did-you-mean, legal aid, emergency numbers and categories instead', async () => {
    const { body } = await ask('q=appea&country=TR');
    expect(body.answers).toEqual([]);
    expect(body.didYouMean).toEqual([{ id: 'appeal', title: 'Appeal a rejection', lang: 'en' }]);
    expect(body).not.toHaveProperty('answer');
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
    expect(body).toEqual({
      error: { code: 'bad_parameter', message: 'lang: unknown language "xx". Supported: en, tr, ar, az, so.' },
    });
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
    expect(body).toEqual({
      error: { code: 'query_too_long', message: 'The question is too long: please use at most 500 characters.' },
    });
    expect((await ask(`q=${'a'.repeat(500)}`)).res.status).toBe(200);
  });

  it('a repeated parameter is a 400, not a crash', async () => {
    const { res, body } = await ask('q=a&q=b');
    expect(res.status).toBe(400);
    expect(body.error.message).toContain('q:');
  });
});

/** A feedback store that keeps what it is asked to record. */
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

describe('recording unanswered questions (the feedback seam)', () => {
  it('records a question with no answer after the response, with a client hash and no address', async () => {
    const { feedback, unanswered } = store();
    const t = testApp({ deps: { feedback } });
    const res = await t.get('/api/v1/ask?q=zzzz&lang=tr&country=TR');
    expect(res.status).toBe(200);
    expect(unanswered).toEqual([]);
    await tick();
    expect(unanswered).toEqual([
      { query: 'zzzz', lang: 'tr', detectedLang: 'en', country: 'TR', clientKey: expect.stringMatching(/^[\w-]{22}$/) },
    ]);
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

describe('the answer cache', () => {
  /** The app over `knowledge()`, with a search per snapshot whose questions are counted. */
  function counted(askCacheEntries: number, snapshots?: () => Snapshot) {
    const fixed = testSnapshot();
    const knowledge = snapshots ?? (() => fixed);
    const searches = new Map<Snapshot, ReturnType<typeof standInSearch>>();
    const asked = vi.fn();
    const search = () => {
      const kb = knowledge();
      if (!searches.has(kb)) searches.set(kb, standInSearch(kb));
      const engine = searches.get(kb)!;
      const ask = (query: Parameters<typeof engine.ask>[0]) => {
        asked(query);
        return engine.ask(query);
      };
      return { ...engine, ask };
    };
    return {
      asked,
      ...store(),
      t: (deps = {}) =>
        testApp({ config: { askCacheEntries, trustProxy: true }, deps: { knowledge, search, ...deps } }),
    };
  }
  const sent = async (res: Response) => ({
    status: res.status,
    headers: [...res.headers],
    body: Buffer.from(await res.arrayBuffer()),
  });
  const QUESTIONS = ['q=appeal&lang=tr&country=TR', 'q=zzzz', 'q=detained+appeal&country=tr'];

  it('a repeat is byte for byte the response made without the cache, in every encoding and for HEAD', async () => {
    const cached = counted(100).t();
    const uncached = counted(0).t();
    for (const query of QUESTIONS) {
      for (const init of [
        {},
        { headers: { 'accept-encoding': 'br, gzip' } },
        { headers: { 'accept-encoding': 'gzip' } },
        { method: 'HEAD' },
      ]) {
        const fresh = await sent(await uncached.get(`/api/v1/ask?${query}`, init));
        expect(fresh.status).toBe(200);
        expect(await sent(await cached.get(`/api/v1/ask?${query}`, init)), `${query} ${JSON.stringify(init)}`).toEqual(
          fresh,
        );
        expect(
          await sent(await cached.get(`/api/v1/ask?${query}`, init)),
          `${query} ${JSON.stringify(init)}, repeated`,
        ).toEqual(fresh);
      }
    }
  });

  it('with Accept-Encoding: br or gzip the body decompresses to the same JSON', async () => {
    const t = counted(100).t();
    const plain = await (await t.get('/api/v1/ask?q=zzzz')).text();
    for (const [encoding, decode] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      for (let i = 0; i < 2; i++) {
        const res = await t.get('/api/v1/ask?q=zzzz', { headers: { 'accept-encoding': encoding } });
        expect(res.headers.get('content-encoding')).toBe(encoding);
        expect(res.headers.get('vary')).toBe('Accept-Encoding');
        expect(res.headers.get('cache-control')).toBe('no-store');
        expect(decode(Buffer.from(await res.arrayBuffer())).toString('utf8')).toBe(plain);
      }
    }
  });

  it('a query string is kept from its second request on and not searched again; any other query string is', async () => {
    const { asked, t } = counted(100);
    const app = t();
    const bodies: string[] = [];
    for (const query of [
      'q=work&lang=tr',
      'q=work&lang=tr',
      'q=work&lang=tr',
      'q=work&lang=tr',
      'q=work&lang=en',
      'q=work&lang=tr&country=TR',
      'q=work&lang=tr&country=tr',
    ]) {
      bodies.push(await (await app.get(`/api/v1/ask?${query}`)).text());
    }
    // Searched twice (kept at the second), then served; the key is the query string as sent: country=tr is searched
    // once more, and answered the same.
    expect(asked).toHaveBeenCalledTimes(5);
    expect(new Set(bodies.slice(0, 4)).size).toBe(1);
    expect(JSON.parse(bodies[4]!).lang).toBe('en');
    expect(bodies[6]).toBe(bodies[5]);
  });

  it('only good questions are kept, and a kept one still answers only GET and HEAD', async () => {
    const app = counted(100).t();
    for (let i = 0; i < 2; i++) {
      expect((await app.get('/api/v1/ask?q=')).status).toBe(400);
      expect((await app.get('/api/v1/ask?q=work&lang=xx')).status).toBe(400);
    }
    expect((await app.get('/api/v1/ask?q=work')).status).toBe(200);
    const post = await app.get('/api/v1/ask?q=work', { method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('0 turns it off: every question is searched', async () => {
    const { asked, t } = counted(0);
    const app = t();
    for (let i = 0; i < 3; i++) await app.get('/api/v1/ask?q=appeal');
    expect(asked).toHaveBeenCalledTimes(3);
  });

  it('a new snapshot is searched afresh: a reload never serves the old knowledge', async () => {
    const first = testSnapshot();
    const second = testSnapshot((k) => {
      k.entries![0]!.texts.en!.summary = 'Changed after review';
    });
    let current = first;
    const { asked, t } = counted(100, () => current);
    const app = t();
    const summary = async () =>
      json<AskResponse>(await app.get('/api/v1/ask?q=appeal&lang=en')).then((b) => b.answers[0]?.summary);
    expect(await summary()).toBe('Appeal a rejection (summary)');
    expect(await summary()).toBe('Appeal a rejection (summary)'); // kept from here on
    current = second;
    expect(await summary()).toBe('Changed after review');
    expect(await summary()).toBe('Changed after review');
    expect(await summary()).toBe('Changed after review');
    expect(asked).toHaveBeenCalledTimes(4);
  });

  it("every request is recorded, answered or not, with the asking client's key", async () => {
    const { feedback, answered, unanswered, asked, t } = counted(100);
    const app = t({ feedback });
    for (const ip of ['198.51.100.1', '198.51.100.1', '198.51.100.2']) {
      await app.get('/api/v1/ask?q=work&lang=tr', { headers: { 'x-forwarded-for': ip } });
      await app.get('/api/v1/ask?q=zzzz&lang=tr&country=TR', { headers: { 'x-forwarded-for': ip } });
    }
    await tick();
    // Each question is searched at its first and second request and served from the cache at the third.
    expect(asked).toHaveBeenCalledTimes(4);
    expect(answered).toEqual(Array(3).fill({ lang: 'tr', country: undefined, fellBack: true }));
    expect(unanswered.map((q) => q.query)).toEqual(['zzzz', 'zzzz', 'zzzz']);
    const [a, b, c] = unanswered.map((q) => q.clientKey);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('the store still counts a question once per client and day when it comes from the cache', async () => {
    const feedback = openFeedbackStore({
      dataDir: await mkdtemp(join(tmpdir(), 'huquq-ask-cache-')),
      retentionDays: 180,
      log: createLogger('silent'),
    });
    const app = counted(100).t({ feedback });
    for (const ip of ['198.51.100.1', '198.51.100.1', '198.51.100.2'])
      await app.get('/api/v1/ask?q=zzzz&lang=en', { headers: { 'x-forwarded-for': ip } });
    await tick();
    expect((await feedback.insights()).unanswered).toEqual([{ lang: 'en', country: null, query: 'zzzz', count: 2 }]);
    await feedback.close();
  });
});
