// Opens the feedback store without ever stopping the server: PostgreSQL when DATABASE_URL is set (replicas share
// it), otherwise an SQLite file in DATA_DIR. A store that cannot be opened or fails (corrupt, read-only, locked,
// disk full, database down) is logged once, retried later, and answers StorageUnavailableError meanwhile.
import { join } from 'node:path';
import type { Logger } from '../log.ts';
import type { FeedbackStore } from './types.ts';
import { openPostgresStore } from './postgres.ts';
import { openSqliteStore } from './sqlite.ts';

export const DATABASE_FILE = 'huquq.sqlite';

export class StorageUnavailableError extends Error {
  constructor(
    detail?: string,
    /** When the caller may try again, in seconds (for Retry-After). */
    readonly retryAfter = 10,
  ) {
    super(`feedback storage is unavailable${detail ? ` (${detail})` : ''}`);
  }
}

/** A store that may be unavailable for a while; `ready()` says whether it has ever opened (for /health/ready). */
export interface ManagedFeedbackStore extends FeedbackStore {
  ready(): boolean;
  /** Resolves once the first attempt to open has finished, whether it worked or not. */
  opened: Promise<void>;
  /** "sqlite" or "postgres", for health and logs. */
  kind: 'sqlite' | 'postgres';
}

interface Backend {
  kind: ManagedFeedbackStore['kind'];
  open(): (FeedbackStore & { purge(): unknown }) | Promise<FeedbackStore & { purge(): unknown }>;
  /** How long after a failed open to try again. */
  retryMs: number;
  /** After a failed call the store rests this long, so an outage costs one attempt, not one per request. */
  pauseMs: number;
}

export function openFeedbackStore(options: {
  dataDir: string;
  /** postgres://… — when set, feedback goes to PostgreSQL instead of SQLite. */
  databaseUrl?: string;
  retentionDays: number;
  log: Logger;
  now?: () => Date;
  maxPages?: number;
}): ManagedFeedbackStore {
  const { retentionDays, now } = options;
  const backend: Backend = options.databaseUrl
    ? {
        kind: 'postgres',
        open: () => openPostgresStore({ url: options.databaseUrl!, retentionDays, now }),
        retryMs: 2000,
        pauseMs: 2000,
      }
    : {
        kind: 'sqlite',
        open: () =>
          openSqliteStore({
            file: join(options.dataDir, DATABASE_FILE),
            retentionDays,
            now,
            maxPages: options.maxPages,
          }),
        retryMs: 60_000,
        pauseMs: 10_000,
      };
  return manage(backend, options.log);
}

function manage(backend: Backend, log: Logger): ManagedFeedbackStore {
  type Opened = Awaited<ReturnType<Backend['open']>>;
  let store: Opened | undefined;
  let opening: Promise<void> | undefined;
  let lastTry = -Infinity;
  let failedOnce = false;
  let pausedUntil = 0;
  let closed = false;
  let purgeTimer: NodeJS.Timeout | undefined;
  const retryAfter = Math.ceil(backend.pauseMs / 1000);

  const adopt = (opened: Opened) => {
    if (closed) return void Promise.resolve(opened.close()).catch(() => {});
    store = opened;
    purgeTimer = setInterval(() => tryPurge(), 86_400_000).unref();
    if (failedOnce) log.info('feedback storage available again', { store: backend.kind });
  };
  const failOpen = (error: unknown) => {
    if (!failedOnce)
      log.error('feedback storage unavailable; questions are still answered', {
        store: backend.kind,
        error: describe(error),
      });
    failedOnce = true;
  };
  /** Starts an attempt to open unless one is running or the last one was too recent. */
  const tryOpen = () => {
    if (store || opening || closed || Date.now() - lastTry < backend.retryMs) return;
    lastTry = Date.now();
    try {
      const result = backend.open();
      if (!(result instanceof Promise)) return adopt(result);
      opening = result.then(adopt, failOpen).finally(() => (opening = undefined));
    } catch (error) {
      failOpen(error);
    }
  };
  const tryPurge = () => {
    try {
      Promise.resolve(store?.purge()).catch((error) => log.warn('retention purge failed', { error: describe(error) }));
    } catch (error) {
      log.warn('retention purge failed', { error: describe(error) });
    }
  };

  tryOpen();
  const opened = (opening ?? Promise.resolve()).then(() => {});

  /** Runs one store call; a failure pauses the store and surfaces as StorageUnavailableError (the caller logs it once). */
  const guarded = <T>(call: (s: Opened) => T): T => {
    if (Date.now() < pausedUntil) throw new StorageUnavailableError(undefined, retryAfter);
    tryOpen();
    if (!store) throw new StorageUnavailableError(undefined, retryAfter);
    const fail = (error: unknown) => {
      pausedUntil = Date.now() + backend.pauseMs;
      return new StorageUnavailableError(describe(error), retryAfter);
    };
    try {
      const result = call(store);
      // Asynchronous stores (PostgreSQL) fail later; their failures pause the store the same way.
      return (result instanceof Promise ? result.catch((error: unknown) => Promise.reject(fail(error))) : result) as T;
    } catch (error) {
      throw fail(error);
    }
  };

  return {
    kind: backend.kind,
    opened,
    // Readiness probes also drive the retries, so a replica that started before its database becomes ready by itself.
    ready: () => {
      tryOpen();
      return store !== undefined;
    },
    recordUnanswered: (q) => guarded((s) => s.recordUnanswered(q)),
    recordAnswered: (q) => guarded((s) => s.recordAnswered(q)),
    recordFeedback: (v) => guarded((s) => s.recordFeedback(v)),
    insights: (o) => guarded((s) => s.insights(o)),
    close: () => {
      closed = true;
      clearInterval(purgeTimer);
      // SQLite closes at once; a PostgreSQL store still opening is closed when it arrives (adopt).
      return opening ? opening.then(() => store?.close()) : store?.close();
    },
  };
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  return `${code ? `${code}: ` : ''}${error instanceof Error ? error.message : String(error)}`;
}
