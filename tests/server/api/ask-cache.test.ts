import { randomBytes } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { BYTES_PER_ENTRY, createAskCache, type Finished } from '../../../server/api/ask-cache.ts';
import type { JsonBytes } from '../../../server/api/ask-json.ts';
import type { AskResponse } from '../../../server/api/contract.ts';
import { testSnapshot } from './helpers/snapshot.ts';

const kb = testSnapshot();

/** A finish function that counts its calls, making JSON of about `bytes` bytes (random hex: it compresses to about half). */
function finisher(bytes = 100) {
  return vi.fn(
    (): Finished => ({
      // Not an AskResponse: the cache never looks inside the bytes.
      json: Buffer.from(JSON.stringify({ filler: randomBytes(bytes / 2).toString('hex') })) as JsonBytes<AskResponse>,
      outcome: { query: 'q', lang: 'en', detectedLang: 'en' },
    }),
  );
}

describe('createAskCache', () => {
  it('keeps a response per snapshot and question, and finishes it only once', () => {
    const cache = createAskCache(10, 1);
    const finish = finisher();
    const first = cache.get(kb, 'q=appeal', finish);
    expect(cache.get(kb, 'q=appeal', finish)).toBe(first);
    expect(finish).toHaveBeenCalledTimes(1);
  });

  it('keys by the whole query string: the question, the reading language and the country each count', () => {
    const cache = createAskCache(10, 1);
    const finish = finisher();
    const inputs = ['q=appeal', 'q=Appeal', 'q=appeal&lang=tr', 'q=appeal&country=TR', 'q=appeal&lang=tr&country=TR'];
    const responses = inputs.map((input) => cache.get(kb, input, finish));
    expect(new Set(responses).size).toBe(inputs.length);
    for (const [i, input] of inputs.entries()) expect(cache.get(kb, input, finish)).toBe(responses[i]);
    expect(finish).toHaveBeenCalledTimes(inputs.length);
  });

  it('peek finds only what get has kept, and nothing when the cache is off', () => {
    const cache = createAskCache(10, 1);
    expect(cache.peek(kb, 'q=appeal')).toBeUndefined();
    const kept = cache.get(kb, 'q=appeal', finisher());
    expect(cache.peek(kb, 'q=appeal')).toBe(kept);
    expect(cache.peek(testSnapshot(), 'q=appeal')).toBeUndefined();
    const off = createAskCache(0);
    off.get(kb, 'q=appeal', finisher());
    expect(off.peek(kb, 'q=appeal')).toBeUndefined();
  });

  it('a new snapshot starts empty, so a reload never serves an answer from the old knowledge', () => {
    const cache = createAskCache(10, 1);
    const finish = finisher();
    const old = cache.get(kb, 'q=appeal', finish);
    expect(cache.get(testSnapshot(), 'q=appeal', finish)).not.toBe(old);
    expect(finish).toHaveBeenCalledTimes(2);
  });

  it('keeps at most the configured number, dropping the least recently used', () => {
    const cache = createAskCache(2, 1);
    const finish = finisher();
    const a = cache.get(kb, 'q=a', finish);
    cache.get(kb, 'q=b', finish);
    cache.get(kb, 'q=a', finish); // a is now the most recently used
    cache.get(kb, 'q=c', finish); // so b goes
    expect(cache.get(kb, 'q=a', finish)).toBe(a);
    expect(finish).toHaveBeenCalledTimes(3);
    cache.get(kb, 'q=b', finish);
    expect(finish).toHaveBeenCalledTimes(4);
  });

  it('keeps within the byte budget of BYTES_PER_ENTRY per entry, whatever the count', () => {
    const cache = createAskCache(3, 1);
    const big = finisher(BYTES_PER_ENTRY * 1.2);
    const a = cache.get(kb, 'q=a', big);
    cache.get(kb, 'q=b', big);
    expect(cache.get(kb, 'q=a', big)).toBe(a);
    cache.get(kb, 'q=c', big); // 3.6 budgets: b, the least recently used, goes
    expect(cache.get(kb, 'q=a', big)).toBe(a);
    cache.get(kb, 'q=b', big);
    expect(big).toHaveBeenCalledTimes(4);
  });

  it('counts compressed forms in the budget once they are made', async () => {
    const cache = createAskCache(1, 1);
    const finish = finisher(BYTES_PER_ENTRY * 0.8);
    const kept = cache.get(kb, 'q=a', finish);
    expect(cache.get(kb, 'q=a', finish)).toBe(kept);
    await kept.encoded('gzip'); // about 1.2 budgets with the JSON
    expect(cache.get(kb, 'q=a', finish)).not.toBe(kept);
  });

  it('compresses each form once, to the same JSON', async () => {
    const response = createAskCache(10, 1).get(kb, 'q=a', finisher());
    const br = await response.encoded('br');
    expect(await response.encoded('br')).toBe(br);
    expect(brotliDecompressSync(br)).toEqual(response.json);
    expect(gunzipSync(await response.encoded('gzip'))).toEqual(response.json);
  });

  it('by default keeps a response from its second request on: questions asked once never push out kept answers', () => {
    const cache = createAskCache(1);
    const finish = finisher();
    const first = cache.get(kb, 'q=a', finish);
    const second = cache.get(kb, 'q=a', finish);
    expect(second).not.toBe(first);
    expect(cache.get(kb, 'q=a', finish)).toBe(second);
    expect(finish).toHaveBeenCalledTimes(2);
    // A question asked once leaves the kept one alone.
    cache.get(kb, 'q=b', finish);
    expect(cache.peek(kb, 'q=a')).toBe(second);
    expect(cache.peek(kb, 'q=b')).toBeUndefined();
  });

  it('0 keeps nothing: every response is finished afresh', async () => {
    const cache = createAskCache(0);
    const finish = finisher();
    const first = cache.get(kb, 'q=a', finish);
    expect(cache.get(kb, 'q=a', finish)).not.toBe(first);
    expect(finish).toHaveBeenCalledTimes(2);
    expect(brotliDecompressSync(await first.encoded('br'))).toEqual(first.json);
  });
});
