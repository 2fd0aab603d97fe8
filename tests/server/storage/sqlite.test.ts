import { describe, expect, it } from 'vitest';
import { chmod, cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../../server/storage/sqlite.ts';
import { DATABASE_FILE, openFeedbackStore } from '../../../server/storage/open.ts';
import { createLogger } from '../../../server/log.ts';

const tempDir = () => mkdtemp(join(tmpdir(), 'huquq-data-'));
const vote = { entryId: 'ip-appeal-regular', helpful: false, lang: 'ar', clientKey: 'k1' };

function logs() {
  const lines: string[] = [];
  return { lines, log: createLogger('debug', (l) => lines.push(l)) };
}

describe('SQLite feedback store (the shared behaviour is in contract.test.ts)', () => {
  it('stores only redacted, day-level, counted rows', async () => {
    const file = join(await tempDir(), 'db.sqlite');
    const store = openSqliteStore({ file, retentionDays: 180, now: () => new Date('2026-11-23T15:42:11Z') });
    store.recordUnanswered({
      query: 'My name is Ali, weather in Istanbul?',
      lang: 'en',
      detectedLang: 'en',
      country: 'TR',
      clientKey: 'k1',
    });
    store.recordUnanswered({
      query: 'weather   in ISTANBUL',
      lang: 'en',
      detectedLang: 'en',
      country: 'TR',
      clientKey: 'k1',
    });
    store.recordUnanswered({
      query: 'weather in istanbul',
      lang: 'en',
      detectedLang: 'en',
      country: 'TR',
      clientKey: 'k2',
    });
    store.recordFeedback({ ...vote, query: 'اتصلوا على 0555 123 4567' });
    store.recordFeedback({ ...vote, helpful: true, clientKey: 'k2' });
    store.close();

    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT * FROM unanswered ORDER BY query').all()).toEqual([
      { day: '2026-11-23', lang: 'en', country: 'TR', query: 'my name is [name]', count: 1 },
      { day: '2026-11-23', lang: 'en', country: 'TR', query: 'weather in istanbul', count: 2 },
    ]);
    expect(db.prepare('SELECT * FROM votes').all()).toEqual([
      { day: '2026-11-23', entry_id: 'ip-appeal-regular', lang: 'ar', flow_id: '', helpful: 1, not_helpful: 1 },
    ]);
    expect(db.prepare('SELECT query FROM unhelpful_queries').all()).toEqual([{ query: 'اتصلوا على [number]' }]);
    const everything = JSON.stringify(db.prepare('SELECT group_concat(sql) AS s FROM sqlite_master').get());
    expect(everything).not.toMatch(/ip|agent|cookie|url|time|client/i);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });
});

describe('openFeedbackStore when the database fails', () => {
  const question = { query: 'x', lang: 'en', detectedLang: 'en', clientKey: 'k' };

  it('starts on a corrupt file, logs once, and answers with StorageUnavailableError', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, DATABASE_FILE), 'this is not a database'.repeat(400));
    const { lines, log } = logs();
    const store = openFeedbackStore({ dataDir: dir, retentionDays: 180, log });
    for (let i = 0; i < 5; i++)
      expect(() => store.recordUnanswered(question)).toThrow('feedback storage is unavailable');
    expect(lines.filter((l) => l.includes('feedback storage unavailable'))).toHaveLength(1);
    expect(await readFile(join(dir, DATABASE_FILE), 'utf8')).toContain('this is not a database');
  });

  it('survives a locked database without stalling: one short wait, then a pause', async () => {
    const dir = await tempDir();
    const store = openFeedbackStore({ dataDir: dir, retentionDays: 180, log: logs().log });
    const locker = new Database(join(dir, DATABASE_FILE));
    locker.exec('BEGIN EXCLUSIVE');
    const started = Date.now();
    for (let i = 0; i < 20; i++) expect(() => store.recordFeedback(vote)).toThrow(/unavailable/);
    expect(Date.now() - started).toBeLessThan(1000);
    locker.exec('ROLLBACK');
    locker.close();
  });

  it('survives a full disk (SQLITE_FULL)', async () => {
    const dir = await tempDir();
    const store = openFeedbackStore({ dataDir: dir, retentionDays: 180, log: logs().log, maxPages: 8 });
    const long = (i: number) => ({ ...question, query: `question ${i} ${'words '.repeat(30)}`, clientKey: `c${i}` });
    expect(() => {
      for (let i = 0; i < 5000; i++) store.recordUnanswered(long(i));
    }).toThrow(/SQLITE_FULL/);
    expect(() => store.recordUnanswered(long(1))).toThrow(/unavailable/);
  });

  it('survives a read-only data folder (run as an unprivileged user)', async () => {
    const dir = await tempDir();
    openFeedbackStore({ dataDir: dir, retentionDays: 180, log: logs().log }).close();
    await chmod(dir, 0o755);
    await chmod(join(dir, DATABASE_FILE), 0o644);
    const runDir = await unprivilegedCopyOfStore();
    const script = `const { openFeedbackStore } = await import('./open.mjs');
      const lines = [];
      const store = openFeedbackStore({ dataDir: ${JSON.stringify(dir)}, retentionDays: 180, log: { error: (m) => lines.push(m), warn: (m) => lines.push(m), info() {}, debug() {} } });
      try { store.recordFeedback({ entryId: 'a', helpful: true, lang: 'en', clientKey: 'k' }); console.log('wrote'); } catch (e) { console.log('refused:', e.message); }
      console.log('alive', lines.length);`;
    const out = execFileSync(
      'setpriv',
      [
        '--reuid=nobody',
        '--regid=nogroup',
        '--clear-groups',
        process.execPath,
        '--input-type=module',
        '--eval',
        script,
      ],
      {
        cwd: runDir,
        encoding: 'utf8',
      },
    );
    expect(out).toMatch(/refused: feedback storage is unavailable/);
    expect(out).toMatch(/alive [01]/);
  });
});

/**
 * The checkout may sit in a folder other users cannot enter (a private home, `mktemp -d`), so the unprivileged
 * process gets its own readable copy of just what it runs: the store bundled to one file, and better-sqlite3.
 */
async function unprivilegedCopyOfStore(): Promise<string> {
  const root = join(import.meta.dirname, '../../..');
  const runDir = await mkdtemp(join(tmpdir(), 'huquq-unprivileged-'));
  // esbuild comes with tsx; it bundles the TypeScript store so that node alone can run it.
  await build({
    entryPoints: [join(root, 'server/storage/open.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: join(runDir, 'open.mjs'),
    external: ['better-sqlite3', 'pg-native', 'pg-cloudflare', 'cloudflare:sockets'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  for (const pkg of ['better-sqlite3', 'bindings', 'file-uri-to-path']) {
    await cp(join(root, 'node_modules', pkg), join(runDir, 'node_modules', pkg), { recursive: true });
  }
  execFileSync('chmod', ['-R', 'a+rX', runDir]);
  return runDir;
}
