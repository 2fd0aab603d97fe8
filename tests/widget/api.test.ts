// The API client against real servers: the Huquq app, one that is down, one that is slow, one that says 429.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUrl, createApi } from '../../widget/api.ts';
import { downServer, startFaulty, startHuquq, type Running } from './helpers/servers.ts';

describe('the widget API client', () => {
  let huquq: Running;
  beforeAll(async () => (huquq = await startHuquq()));
  afterAll(() => huquq.close());

  it("asks, and gets answers in the reader's language", async () => {
    const result = await createApi(huquq.apiBase).ask('başvurum reddedildi', 'tr', 'TR');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.answers[0]?.lang).toBe('tr');
    expect(result.data.answers[0]?.id).toBe('ip-appeal-regular');
  });

  it('posts feedback', async () => {
    const result = await createApi(huquq.apiBase).feedback({ entryId: 'ip-appeal-regular', helpful: true, lang: 'en' });
    expect(result.ok).toBe(true);
  });

  it('says "not found" for an unknown entry', async () => {
    expect(await createApi(huquq.apiBase).entry('no-such-entry', 'en')).toEqual({
      ok: false,
      error: { kind: 'not-found' },
    });
  });

  it('keeps reference data for the life of the client, but not failures', async () => {
    let calls = 0;
    const counting = await startFaulty((_req, res) => {
      calls++;
      res.writeHead(calls === 1 ? 500 : 200, { 'content-type': 'application/json' }).end('{"flows":[]}');
    });
    const api = createApi(counting.apiBase);
    expect((await api.flows('en')).ok).toBe(false);
    expect((await api.flows('en')).ok).toBe(true);
    expect((await api.flows('en')).ok).toBe(true);
    expect(calls).toBe(2);
    await counting.close();
  });

  it('tells a server that is down from one that is slow or busy', async () => {
    expect(await createApi(await downServer()).ask('x', 'en')).toEqual({ ok: false, error: { kind: 'offline' } });

    const slow = await startFaulty((_req, res) => setTimeout(() => res.end('{}'), 1000));
    expect(await createApi(slow.apiBase, 200).ask('x', 'en')).toEqual({ ok: false, error: { kind: 'timeout' } });
    await slow.close();

    const busy = await startFaulty((_req, res) =>
      res.writeHead(429, { 'retry-after': '12' }).end('{"error":{"code":"rate_limited","message":"…"}}'),
    );
    expect(await createApi(busy.apiBase).ask('x', 'en')).toEqual({
      ok: false,
      error: { kind: 'rate-limited', retryAfter: 12 },
    });
    await busy.close();
  });

  it('sends no cookies and no referrer, and builds clean URLs', async () => {
    const seen: Record<string, string | undefined>[] = [];
    const spy = await startFaulty((req, res) => {
      seen.push({ cookie: req.headers.cookie, referer: req.headers.referer, url: req.url });
      res.end('{"suggestions":[]}');
    });
    await createApi(spy.apiBase).suggest('çalışma izni', 'tr');
    expect(seen).toEqual([
      { cookie: undefined, referer: undefined, url: '/api/v1/suggest?q=%C3%A7al%C4%B1%C5%9Fma+izni&lang=tr' },
    ]);
    expect(buildUrl('https://h.example/api/v1/', 'flows', { lang: 'ar', country: undefined })).toBe(
      'https://h.example/api/v1/flows?lang=ar',
    );
    await spy.close();
  });
});
