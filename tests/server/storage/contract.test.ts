// The behaviour every feedback store must have, run against SQLite and against a real PostgreSQL server that
// this file starts itself (issue 14). If PostgreSQL cannot start, its half fails: it is never skipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE, openFeedbackStore, type ManagedFeedbackStore } from '../../../server/storage/open.ts';
import { createLogger } from '../../../server/log.ts';
import { query, startPostgres, type TestPostgres } from '../../helpers/postgres.ts';
import { testApp } from '../api/helpers/app.ts';

type Row = Record<string, unknown>;

interface Backend {
  name: string;
  /** A new, empty place to store feedback (a folder or a database). */
  fresh(): Promise<string>;
  open(place: string, options?: { now?: () => Date; retentionDays?: number }): Promise<ManagedFeedbackStore>;
  /** Every row of a table, days as YYYY-MM-DD, numbers as numbers. */
  rows(place: string, table: string, orderBy: string): Promise<Row[]>;
  /** The column names of every table, to check what the schema can hold. */
  columns(place: string): Promise<string[]>;
  /** Makes writes fail until `heal` (database stopped or locked); the process must stay up. */
  breakIt(place: string): Promise<() => Promise<void>>;
}

const quiet = createLogger('silent');
let server: TestPostgres | undefined;

const sqlite: Backend = {
  name: 'SQLite',
  fresh: () => mkdtemp(join(tmpdir(), 'huquq-contract-')),
  async open(dir, options = {}) {
    return openFeedbackStore({
      dataDir: dir,
      retentionDays: options.retentionDays ?? 180,
      now: options.now,
      log: quiet,
    });
  },
  async rows(dir, table, orderBy) {
    const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
    try {
      return db.prepare(`SELECT * FROM ${table} ORDER BY ${orderBy}`).all() as Row[];
    } finally {
      db.close();
    }
  },
  async columns(dir) {
    const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
    const names = db
      .prepare("SELECT p.name FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'")
      .pluck()
      .all() as string[];
    db.close();
    return names;
  },
  async breakIt(dir) {
    const locker = new Database(join(dir, DATABASE_FILE));
    locker.exec('BEGIN EXCLUSIVE');
    return async () => {
      locker.exec('ROLLBACK');
      locker.close();
    };
  },
};

const postgres: Backend = {
  name: 'PostgreSQL',
  fresh: () => server!.createDatabase(),
  async open(url, options = {}) {
    const store = openFeedbackStore({
      dataDir: '/nonexistent',
      databaseUrl: url,
      retentionDays: options.retentionDays ?? 180,
      now: options.now,
      log: quiet,
    });
    await store.opened;
    return store;
  },
  async rows(url, table, orderBy) {
    const rows = await query<Row>(url, `SELECT * FROM ${table} ORDER BY ${orderBy}`);
    return rows.map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v instanceof Date ? localDay(v) : v])),
    );
  },
  async columns(url) {
    const rows = await query<{ column_name: string }>(
      url,
      "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'",
    );
    return rows.map((r) => r.column_name);
  },
  async breakIt() {
    server!.stop();
    return async () => server!.start();
  },
};

/** node-postgres turns a `date` into local midnight; the day is what was stored. */
const localDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

beforeAll(async () => {
  server = await startPostgres();
}, 60_000);
afterAll(() => server?.destroy());

describe.each([sqlite, postgres])('feedback store contract: $name', (backend) => {
  const vote = { entryId: 'ip-appeal-regular', helpful: false, lang: 'ar', clientKey: 'k1' };
  const at = (iso: string) => () => new Date(iso);

  it('keeps only day-level, redacted, counted rows', async () => {
    const place = await backend.fresh();
    const store = await backend.open(place, { now: at('2026-11-23T15:42:11Z') });
    await store.recordUnanswered({
      query: 'My name is Ali, weather in Istanbul?',
      lang: 'en',
      detectedLang: 'en',
      country: 'TR',
      clientKey: 'k1',
    });
    await store.recordUnanswered({
      query: 'weather   in ISTANBUL',
      lang: 'en',
      detectedLang: 'en',
      country: 'TR',
      clientKey: 'k1',
    });
    await store.recordUnanswered({
      query: 'weather in istanbul',
      lang: 'en',
      detectedLang: 'en',
      country: 'TR',
      clientKey: 'k2',
    });
    await store.recordFeedback({ ...vote, query: 'اتصلوا على 0555 123 4567' });
    await store.recordFeedback({ ...vote, helpful: true, clientKey: 'k2' });
    await store.close();

    expect(await backend.rows(place, 'unanswered', 'query')).toEqual([
      { day: '2026-11-23', lang: 'en', country: 'TR', query: 'my name is [name]', count: 1 },
      { day: '2026-11-23', lang: 'en', country: 'TR', query: 'weather in istanbul', count: 2 },
    ]);
    expect(await backend.rows(place, 'votes', 'entry_id')).toEqual([
      { day: '2026-11-23', entry_id: 'ip-appeal-regular', lang: 'ar', flow_id: '', helpful: 1, not_helpful: 1 },
    ]);
    expect((await backend.rows(place, 'unhelpful_queries', 'query')).map((r) => r.query)).toEqual([
      'اتصلوا على [number]',
    ]);
    const columns = (await backend.columns(place)).filter((c) => c !== 'version');
    expect(columns.join(' ')).not.toMatch(/ip|agent|cookie|url|time|client/i);
  });

  it('counts one client asking the same question once a day', async () => {
    const store = await backend.open(await backend.fresh());
    for (let i = 0; i < 200; i++)
      await store.recordUnanswered({ query: 'spam spam', lang: 'en', detectedLang: 'en', clientKey: 'flooder' });
    await store.recordUnanswered({ query: 'real question', lang: 'en', detectedLang: 'en', clientKey: 'someone' });
    expect((await store.insights()).unanswered.map((u) => [u.query, u.count])).toEqual([
      ['real question', 1],
      ['spam spam', 1],
    ]);
    await store.close();
  });

  it('adds up concurrent votes and answered counts exactly', async () => {
    const place = await backend.fresh();
    const store = await backend.open(place);
    await Promise.all(
      Array.from({ length: 400 }, (_, i) =>
        store.recordFeedback({ ...vote, helpful: i % 4 === 0, clientKey: `c${i}` }),
      ),
    );
    for (let i = 0; i < 1000; i++) await store.recordAnswered({ lang: 'ps', country: 'TR', fellBack: i % 4 === 0 });
    const insights = await store.insights();
    expect(insights.leastHelpful).toEqual([
      { entryId: 'ip-appeal-regular', lang: 'ar', helpful: 100, notHelpful: 300, ratio: 0.25 },
    ]);
    expect(insights.fallbacks).toEqual([{ lang: 'ps', asked: 1000, fellBack: 250, ratio: 0.25 }]);
    await store.close();
    expect((await backend.rows(place, 'answered', 'lang')).map((r) => [r.asked, r.fell_back])).toEqual([[1000, 250]]);
  });

  it('writes pending answered counts when it closes', async () => {
    const place = await backend.fresh();
    const store = await backend.open(place);
    for (let i = 0; i < 10; i++) await store.recordAnswered({ lang: 'fa', fellBack: false });
    expect(await backend.rows(place, 'answered', 'lang')).toEqual([]);
    await store.close();
    expect((await backend.rows(place, 'answered', 'lang')).map((r) => r.asked)).toEqual([10]);
  });

  it('deletes rows older than the retention period when it opens', async () => {
    const place = await backend.fresh();
    const first = await backend.open(place, { retentionDays: 30, now: at('2026-01-01T10:00:00Z') });
    await first.recordFeedback(vote);
    await first.close();
    const second = await backend.open(place, { retentionDays: 30, now: at('2026-01-25T10:00:00Z') });
    await second.recordFeedback({ ...vote, helpful: true });
    await second.close();
    const later = await backend.open(place, { retentionDays: 30, now: at('2026-02-15T10:00:00Z') });
    expect((await later.insights()).leastHelpful).toEqual([
      { entryId: 'ip-appeal-regular', lang: 'ar', helpful: 1, notHelpful: 0, ratio: 1 },
    ]);
    await later.close();
  });

  it('answers 503 with Retry-After while the database fails, and records again once it is back', async () => {
    const place = await backend.fresh();
    const feedback = await backend.open(place);
    const { get } = testApp({ deps: { feedback } });
    const post = (helpful: boolean) =>
      get('/api/v1/feedback', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ entryId: 'appeal', helpful, lang: 'en' }),
      });
    expect((await post(true)).status).toBe(202);

    const heal = await backend.breakIt(place);
    const failed = await post(true);
    expect(failed.status).toBe(503);
    expect(Number(failed.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await failed.json()).toEqual({
      error: { code: 'unavailable', message: expect.stringContaining('could not be saved') },
    });
    expect((await get('/api/v1/health')).status).toBe(200);

    await heal();
    // The store rests after a failure (Retry-After); once that passes, writes go through without a restart.
    const deadline = Date.now() + 30_000;
    let status = 0;
    while (Date.now() < deadline) {
      status = (await post(false)).status;
      if (status === 202) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(202);
    expect((await feedback.insights()).leastHelpful).toEqual([
      { entryId: 'appeal', lang: 'en', helpful: 1, notHelpful: 1, ratio: 0.5 },
    ]);
    await feedback.close();
  }, 60_000);
});

describe('PostgreSQL store', () => {
  it('migrates once when replicas start at the same moment', async () => {
    const url = await server!.createDatabase();
    const stores = await Promise.all(Array.from({ length: 4 }, () => postgres.open(url)));
    expect(stores.every((s) => s.ready())).toBe(true);
    expect(await query(url, 'SELECT version FROM huquq_migrations')).toEqual([{ version: 1 }]);
    await Promise.all(stores.map((s) => s.close()));
  });

  it('starts without the database, is not ready, and becomes ready when the database comes', async () => {
    const url = await server!.createDatabase();
    server!.stop();
    const store = openFeedbackStore({ dataDir: '/nonexistent', databaseUrl: url, retentionDays: 180, log: quiet });
    await store.opened;
    expect(store.ready()).toBe(false);
    await expect(
      Promise.resolve().then(() => store.recordFeedback({ entryId: 'a', helpful: true, lang: 'en', clientKey: 'k' })),
    ).rejects.toThrow(/unavailable/);
    server!.start();
    const deadline = Date.now() + 20_000;
    while (!store.ready() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(store.ready()).toBe(true);
    await store.close();
  }, 60_000);
});
