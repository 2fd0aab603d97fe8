import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding } from '../../../../server/api/middleware/compression.ts';
import { testApp } from '../helpers/app.ts';

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['BR', 'br'],
    ['identity', undefined],
    [undefined, undefined],
  ])('%s → %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

describe('compression', () => {
  const t = testApp();
  const plain = () => t.get('/api/v1/languages').then((r) => r.text());

  it('brotli and gzip give back exactly the plain body', async () => {
    const body = await plain();
    expect(body.length).toBeGreaterThan(1024);
    for (const [encoding, decode] of [['br', brotliDecompressSync], ['gzip', gunzipSync]] as const) {
      const res = await t.get('/api/v1/languages', { headers: { 'accept-encoding': encoding } });
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('vary')).toContain('Accept-Encoding');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.length).toBeLessThan(body.length / 2);
      expect(decode(bytes).toString('utf8')).toBe(body);
    }
  });

  it('leaves small bodies alone', async () => {
    const res = await t.get('/api/v1/health', { headers: { 'accept-encoding': 'br' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect((await res.json()).status).toBe('ok');
  });
});
