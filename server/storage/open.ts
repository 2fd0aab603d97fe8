// Opens the feedback store without ever stopping the server: a database that cannot be opened (corrupt,
// read-only, locked, disk full) is logged once, retried at most once a minute, and answers nothing meanwhile.
import { join } from 'node:path';
import type { Logger } from '../log.ts';
import type { FeedbackStore } from './types.ts';
import { openSqliteStore } from './sqlite.ts';

export const DATABASE_FILE = 'huquq.sqlite';
const RETRY_MS = 60_000;
/** After a failed write the store rests this long, so a locked or full disk costs one attempt, not one per request. */
const PAUSE_MS = 10_000;

export class StorageUnavailableError extends Error {
  constructor(detail?: string) {
    super(`feedback storage is unavailable${detail ? ` (${detail})` : ''}`);
  }
}

export function openFeedbackStore(options: {
  dataDir: string;
  retentionDays: number;
  log: Logger;
  now?: () => Date;
  maxPages?: number;
}): FeedbackStore {
  const file = join(options.dataDir, DATABASE_FILE);
  let store: ReturnType<typeof openSqliteStore> | undefined;
  let lastTry = -Infinity;
  let purgeTimer: NodeJS.Timeout | undefined;
  let pausedUntil = 0;

  const get = () => {
    if (store) return store;
    const now = Date.now();
    if (now - lastTry < RETRY_MS) throw new StorageUnavailableError();
    const firstTry = lastTry === -Infinity;
    lastTry = now;
    try {
      store = openSqliteStore({ file, retentionDays: options.retentionDays, now: options.now, maxPages: options.maxPages });
      purgeTimer = setInterval(() => tryPurge(), 86_400_000).unref();
      if (!firstTry) options.log.info('feedback storage available again');
      return store;
    } catch (error) {
      if (firstTry) options.log.error('feedback storage unavailable; questions are still answered', { error: describe(error) });
      throw new StorageUnavailableError();
    }
  };
  const tryPurge = () => {
    try {
      store?.purge();
    } catch (error) {
      options.log.warn('retention purge failed', { error: describe(error) });
    }
  };
  try {
    get();
  } catch {
    // Logged inside; the server starts anyway.
  }

  /** Runs one store call; a failure pauses the store and surfaces as StorageUnavailableError (the caller logs it once). */
  const guarded = <T>(call: (s: NonNullable<typeof store>) => T): T => {
    if (Date.now() < pausedUntil) throw new StorageUnavailableError();
    const current = get();
    try {
      return call(current);
    } catch (error) {
      pausedUntil = Date.now() + PAUSE_MS;
      throw new StorageUnavailableError(describe(error));
    }
  };

  return {
    recordUnanswered: (q) => guarded((s) => s.recordUnanswered(q)),
    recordAnswered: (q) => guarded((s) => s.recordAnswered(q)),
    recordFeedback: (v) => guarded((s) => s.recordFeedback(v)),
    insights: (o) => guarded((s) => s.insights(o)),
    close: () => {
      clearInterval(purgeTimer);
      store?.close();
    },
  };
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  return `${code ? `${code}: ` : ''}${error instanceof Error ? error.message : String(error)}`;
}
