// Builds the app for a test: the test snapshot (built from files by the real builder), the stand-in search, a logger whose lines the test can read.
import { createApp, type AppDeps } from '../../../../server/app.ts';
import type { Snapshot } from '../../../../server/knowledge/snapshot.ts';
import { createLogger } from '../../../../server/log.ts';
import { standInSearch } from './search.ts';
import { testSnapshot } from './snapshot.ts';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  /** Every log line written so far, parsed. */
  logs: Record<string, unknown>[];
  get(path: string, init?: RequestInit): Promise<Response>;
}

export function testApp(
  options: { snapshot?: Snapshot; config?: Partial<AppDeps['config']>; deps?: Partial<AppDeps> } = {},
): TestApp {
  const snapshot = options.snapshot ?? testSnapshot();
  const search = standInSearch(snapshot);
  const logs: Record<string, unknown>[] = [];
  const app = createApp({
    knowledge: () => snapshot,
    search: () => search,
    config: { rateLimitPerMinute: 0, trustProxy: false, askCacheEntries: 100, ...options.config },
    log: createLogger('debug', (line) => logs.push(JSON.parse(line) as Record<string, unknown>)),
    ...options.deps,
  });
  return { app, logs, get: (path, init) => Promise.resolve(app.request(path, init)) };
}

/** The JSON body of a response, typed loosely for assertions. */
export async function json<T = any>(res: Response): Promise<T> {
  return (await res.json()) as T;
}
