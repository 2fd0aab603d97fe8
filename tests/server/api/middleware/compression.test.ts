import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compress } from '../../../../server/api/middleware/compression.ts';
import { testApp } from '../helpers/app.ts';
import { suggestingSearch } from '../helpers/search.ts';

describe('compress', () => {
  // Small bodies are compressed on the event loop, large ones on a worker thread: both must give the body back.
  it.each([100, 1500, 9000, 70_000])('%d bytes round-trip in brotli and gzip', async (size) => {
    const body = Buffer.from(JSON.stringify({ text: 'Başvurunuz reddedildi. '.repeat(size / 20) }).slice(0, size));
    expect(brotliDecompressSync(await compress(body, 'br'))).toEqual(body);
    expect(gunzipSync(await compress(body, 'gzip'))).toEqual(body);
  });
});

describe('compression', () => {
  const t = testApp();
  const plain = () => t.get('/api/v1/languages').then((r) => r.text());

  it('brotli and gzip give back exactly the plain body', async () => {
    const body = await plain();
    expect(body.length).toBeGreaterThan(1024);
    for (const [encoding, decode] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      const res = await t.get('/api/v1/languages', { headers: { 'accept-encoding': encoding } });
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('vary')).toContain('Accept-Encoding');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.length).toBeLessThan(body.length / 2);
      expect(decode(bytes).toString('utf8')).toBe(body);
    }
  });

  it('health and type-ahead answers are sent as they are: reading them back would cost more than compressing saves', async () => {
    const long = Array.from({ length: 8 }, (_, i) => ({
      id: `e${i}`,
      title: `A rather long entry title number ${i}`.repeat(4),
      lang: 'en',
    }));
    const search = suggestingSearch(long);
    const res = await testApp({ deps: { search: () => search } }).get('/api/v1/suggest?q=a', {
      headers: { 'accept-encoding': 'br' },
    });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect((await res.text()).length).toBeGreaterThan(1024);
  });

  it('leaves small bodies alone', async () => {
    const res = await t.get('/api/v1/health', { headers: { 'accept-encoding': 'br' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect((await res.json()).status).toBe('ok');
  });
});
