// The real Huquq server for browser tests, on 127.0.0.1: the repository's knowledge, search, feedback store and
// the widget's routes (server/app.ts mounts them), as server/index.ts wires them, minus the environment and watcher.
import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../../server/app.ts';
import { loadKnowledge } from '../../server/knowledge/load.ts';
import { createLogger } from '../../server/log.ts';
import { createSearch } from '../../server/search/index.ts';
import { openFeedbackStore } from '../../server/storage/open.ts';

/** Start the server; resolves with its base URL (ending in "/") and a function that stops it. */
export async function startServer(): Promise<{ base: string; close: () => Promise<void> }> {
  const snapshot = await loadKnowledge('knowledge');
  const search = createSearch(snapshot);
  const log = createLogger('silent');
  const feedback = openFeedbackStore({ dataDir: await mkdtemp(join(tmpdir(), 'huquq-browser-')), retentionDays: 30, log });
  const app = createApp({ knowledge: () => snapshot, search: () => search, config: { rateLimitPerMinute: 0, trustProxy: false }, log, feedback });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => void Promise.resolve(feedback.close()).then(() => done()))),
  };
}
