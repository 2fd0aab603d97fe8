// Throws thousands of random requests at every route: random Unicode, huge and empty parameters, broken
// percent-encodings, odd methods and bodies. Nothing may answer 5xx, and every error keeps the error shape.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../server/log.ts';
import { openFeedbackStore } from '../../../server/storage/open.ts';
import { testApp, type TestApp } from './helpers/app.ts';
import { pick, randomText, randomValue, seeded, type Random } from './helpers/fuzz.ts';
import { realKnowledge } from './helpers/real.ts';

const API = [
  '/ask',
  '/suggest',
  '/entries/appeal',
  '/entries/',
  '/organisations',
  '/flows',
  '/flows/rejected',
  '/categories',
  '/emergency',
  '/languages',
  '/health',
  '/openapi.json',
  '/docs',
  '/feedback',
  '/admin/insights',
];
const ROUTES = [...API.map((path) => `/api/v1${path}`), '/', '/demo', '/widget.js', '/chunks/', '/nowhere/'];
const PARAMS = ['q', 'lang', 'country', 'service', 'city', 'limit', 'id', '__proto__', 'constructor'];
const METHODS = ['GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND'];

function randomRequest(random: Random): { path: string; init: RequestInit } {
  let path = pick(random, ROUTES);
  if (path.endsWith('/')) path += randomValue(random);
  const params = Array.from(
    { length: Math.floor(random() * 4) },
    () => `${pick(random, PARAMS)}=${randomValue(random)}`,
  );
  const method = pick(random, METHODS);
  const init: RequestInit = { method, headers: { 'accept-encoding': pick(random, ['br', 'gzip', '', 'br;q=0, *']) } };
  if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
    init.headers = {
      ...init.headers,
      'content-type': pick(random, ['application/json', 'text/plain', 'application/json; charset=latin1']),
    };
    init.body = pick(random, [
      JSON.stringify({
        entryId: 'appeal',
        helpful: random() < 0.5,
        lang: randomValue(random),
        query: randomText(random, 600),
      }),
      JSON.stringify({ entryId: randomText(random, 20), helpful: 'maybe' }),
      randomText(random, 200),
      '{"entryId":',
      '',
    ]);
  }
  return { path: `${path}${params.length ? `?${params.join('&')}` : ''}`, init };
}

/** Sends `count` random requests; fails on the first 5xx or malformed error, naming the seed to replay it. */
async function fuzz(t: TestApp, count: number) {
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 100_000);
  const random = seeded(seed);
  const statuses = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const { path, init } = randomRequest(random);
    const res = await t.get(path, init);
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    const where = `seed ${seed}, request ${i}: ${init.method} ${path.slice(0, 200)}`;
    expect(res.status, where).toBeLessThan(500);
    if (res.status >= 400 && init.method !== 'HEAD') {
      expect(await res.json(), where).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
    } else {
      await res.arrayBuffer();
    }
  }
  // The inputs must reach the handlers, not only the validators: plenty of successes and plenty of refusals.
  const share = (status: number) => (statuses.get(status) ?? 0) / count;
  expect(share(200)).toBeGreaterThan(0.1);
  expect(share(400)).toBeGreaterThan(0.03);
  expect(share(405)).toBeGreaterThan(0.03);
  expect(t.logs.filter((l) => l.level === 'error')).toEqual([]);
}

const feedbackStore = async () =>
  openFeedbackStore({
    dataDir: await mkdtemp(join(tmpdir(), 'huquq-fuzz-')),
    retentionDays: 180,
    log: createLogger('silent'),
  });

/** Names every plain object already has (issue 11: `?q=constructor` answered 500). */
const OBJECT_KEYS = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  'prototype',
];

/** Every route × parameter with each name alone, doubled and inside a longer question in several scripts. */
async function objectKeys(t: TestApp) {
  for (const route of ROUTES) {
    for (const key of OBJECT_KEYS) {
      const values = [
        key,
        `${key} ${key}`,
        `kimlik ${key} nasıl alırım`,
        `ما هو ${key} الإقامة`,
        `что такое ${key} в Баку`,
      ];
      for (const value of values) {
        for (const param of PARAMS) {
          const path = `${route.endsWith('/') ? route + encodeURIComponent(key) : route}?${param}=${encodeURIComponent(value)}`;
          const res = await t.get(path);
          expect(res.status, path).toBeLessThan(500);
          await res.arrayBuffer();
        }
      }
    }
  }
  for (const key of OBJECT_KEYS) {
    const res = await t.get(`/api/v1/ask?q=${key}&lang=en&country=TR&context=${key}`);
    expect(res.status, key).toBeLessThan(500);
    await res.arrayBuffer();
  }
  expect(t.logs.filter((l) => l.level === 'error')).toEqual([]);
}

describe('fuzz', () => {
  it('names of Object.prototype as text in every route and parameter, on the real knowledge', {
    timeout: 60_000,
  }, async () => {
    const { snapshot, search } = await realKnowledge();
    await objectKeys(testApp({ snapshot, deps: { search: () => search } }));
  });

  it('3000 random requests on the hand-made knowledge: no 5xx, errors always in the error shape', {
    timeout: 30_000,
  }, async () => {
    const feedback = await feedbackStore();
    await fuzz(testApp({ deps: { feedback }, config: { adminToken: 'a-long-enough-admin-token' } }), 3000);
    await feedback.close();
  });

  it('1500 random requests on the real knowledge and search engine', { timeout: 30_000 }, async () => {
    const { snapshot, search } = await realKnowledge();
    const feedback = await feedbackStore();
    await fuzz(testApp({ snapshot, deps: { feedback, search: () => search } }), 1500);
    await feedback.close();
  });
});
