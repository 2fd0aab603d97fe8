// A realistic stream of /ask requests (issue 13): thousands of distinct questions made at run time from the eval
// sets' questions (never the held-out set) by varying them as people do (casing, punctuation, a dropped or swapped
// word, a greeting, country TR/AZ/none, reading language given/detected/English), then drawn with a Zipf
// distribution, so popular questions repeat and about a third of requests are asked for the first time.
// Seeded: every run sends the same requests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AskOutcome } from '../server/api/answer.ts';
import { createAskCache } from '../server/api/ask-cache.ts';
import type { JsonBytes } from '../server/api/ask-json.ts';
import type { AskResponse } from '../server/api/contract.ts';
import type { Snapshot } from '../server/knowledge/snapshot.ts';
import { random } from './random.ts';

/** The sets the bench may read: the held-out set stays unseen by anything that tunes the server. */
const SOURCES = ['tests/eval/questions.jsonl', 'tests/eval/dev-written.jsonl', '../shared/eval/dev-questions.jsonl'];

interface Seed {
  q: string;
  lang: string;
  country?: string;
}

function readSeeds(root: string): Seed[] {
  return SOURCES.flatMap((file) => {
    let text: string;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch {
      return []; // the shared set is outside the repository and may be absent
    }
    return text
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { q: string; lang: string; country?: string; jurisdiction?: string })
      .map(({ q, lang, country, jurisdiction }) => ({ q, lang, country: country ?? jurisdiction }));
  });
}

// Words people put around a question in several of our languages; not questions themselves.
const GREETINGS = ['hello', 'salam', 'merhaba', 'please', 'help', 'slm', 'pls help', 'привет'];
const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

/** One way a person might type `q`. */
function vary(q: string, next: () => number): string {
  let words = q.replace(/[?？؟!.]+$/u, '').split(/\s+/);
  const roll = next();
  if (roll < 0.25 && words.length > 3) words.splice(1 + Math.floor(next() * (words.length - 1)), 1);
  else if (roll < 0.4 && words.length > 2) {
    const i = Math.floor(next() * (words.length - 1));
    [words[i], words[i + 1]] = [words[i + 1]!, words[i]!];
  }
  if (next() < 0.2) words = [pick(next, GREETINGS), ...words];
  let text = words.join(' ');
  const casing = next();
  if (casing < 0.4) text = text.toLowerCase();
  else if (casing < 0.45) text = text.toUpperCase();
  else if (casing < 0.7) text = text.charAt(0).toUpperCase() + text.slice(1);
  return text + pick(next, ['', '', '?', ' ?', '??', '!', '.', '؟']);
}

function paramsFor(seed: Seed, q: string, next: () => number): URLSearchParams {
  const params = new URLSearchParams({ q });
  const lang = next();
  if (lang < 0.7) params.set('lang', seed.lang);
  else if (lang < 0.8) params.set('lang', 'en');
  const country = next();
  if (country < 0.6) params.set('country', seed.country ?? 'TR');
  else if (country < 0.75) params.set('country', seed.country === 'AZ' ? 'TR' : 'AZ');
  return params;
}

/** `count` distinct /ask paths (fewer only if the sets are tiny), in a seeded random order. */
export function distinctQuestions(root: string, count: number, seed = 1): string[] {
  const seeds = readSeeds(root);
  if (seeds.length === 0) throw new Error(`no eval questions found in ${SOURCES.join(', ')}`);
  const next = random(seed);
  const paths = new Set<string>();
  for (let tries = 0; paths.size < count && tries < count * 20; tries++) {
    const base = pick(next, seeds);
    // The question as written comes up too, not only variants of it.
    const q = next() < 0.1 ? base.q : vary(base.q, next);
    paths.add(`/api/v1/ask?${paramsFor(base, q, next)}`);
  }
  return [...paths];
}

export interface Stream {
  paths: string[];
  /** Distinct paths in the stream. */
  distinct: number;
  /** Requests whose path was not sent before: the server has never seen the question. */
  firstTimeShare: number;
  /** Hits of the server's answer cache of `cacheEntries` answers, run over the stream. */
  hitRate: number;
  exponent: number;
}

/** Expected distinct items in `requests` draws from the Zipf distribution with this exponent over `size` ranks. */
function expectedDistinct(size: number, requests: number, exponent: number): number {
  const weights = Array.from({ length: size }, (_, k) => (k + 1) ** -exponent);
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.reduce((sum, w) => sum + 1 - (1 - w / total) ** requests, 0);
}

/** Hits of the server's own answer cache (ask-cache.ts, with its admission rule) of `capacity` answers over `paths`. */
function cacheHitRate(paths: readonly string[], capacity: number): number {
  const cache = createAskCache(capacity);
  const snapshot = {} as Snapshot;
  const answer = { json: Buffer.from('{}') as JsonBytes<AskResponse>, outcome: {} as AskOutcome };
  let made = 0;
  for (const path of paths)
    cache.get(snapshot, path, () => {
      made++;
      return answer;
    });
  return 1 - made / paths.length;
}

/**
 * `requests` paths drawn with a Zipf distribution over `pool` (rank = position in the pool), its exponent
 * chosen so that `firstTimeShare` of the requests are first-time questions.
 */
export function zipfStream(
  pool: readonly string[],
  requests: number,
  firstTimeShare: number,
  cacheEntries: number,
  seed = 2,
): Stream {
  // More first-time questions need a flatter distribution: bisect the exponent.
  let [low, high] = [0.01, 3];
  for (let i = 0; i < 30; i++) {
    const mid = (low + high) / 2;
    if (expectedDistinct(pool.length, requests, mid) / requests > firstTimeShare) low = mid;
    else high = mid;
  }
  const exponent = (low + high) / 2;
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 0; k < pool.length; k++) {
    total += (k + 1) ** -exponent;
    cumulative.push(total);
  }
  const next = random(seed);
  const paths = Array.from({ length: requests }, () => {
    const target = next() * total;
    let [lo, hi] = [0, cumulative.length - 1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return pool[lo]!;
  });
  const distinct = new Set(paths).size;
  return { paths, distinct, firstTimeShare: distinct / requests, hitRate: cacheHitRate(paths, cacheEntries), exponent };
}
