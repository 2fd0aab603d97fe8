// Real servers for widget tests, on 127.0.0.1: the Huquq app on the real knowledge, and one that misbehaves on
// purpose (slow, rate-limited, broken) for the error states.
import { mkdtemp } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../../../server/app.ts';
import { loadKnowledge } from '../../../server/knowledge/load.ts';
import { createLogger } from '../../../server/log.ts';
import { createSearch } from '../../../server/search/index.ts';
import { openFeedbackStore } from '../../../server/storage/open.ts';
import type { FeedbackStore } from '../../../server/storage/types.ts';

export interface Running {
  /** The server's root URL, ending in "/". */
  base: string;
  /** The API's URL, ending in "/api/v1/". */
  apiBase: string;
  close(): Promise<void>;
}

const listening = (server: { address(): AddressInfo | string | null }): string =>
  `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

/** The Huquq app with the repository's knowledge, its search and a feedback store in a temporary folder. */
export async function startHuquq(): Promise<Running & { feedback: FeedbackStore }> {
  const snapshot = await loadKnowledge('knowledge');
  const search = createSearch(snapshot);
  const log = createLogger('silent');
  const feedback = openFeedbackStore({
    dataDir: await mkdtemp(join(tmpdir(), 'huquq-widget-')),
    retentionDays: 30,
    log,
  });
  const app = createApp({
    knowledge: () => snapshot,
    search: () => search,
    config: { rateLimitPerMinute: 0, trustProxy: false, askCacheEntries: 100 },
    log,
    feedback,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const base = listening(server as unknown as { address(): AddressInfo });
  return {
    base,
    apiBase: `${base}api/v1/`,
    feedback,
    close: () =>
      new Promise<void>((done) => server.close(() => void Promise.resolve(feedback.close()).then(() => done()))),
  };
}

/** A server answering every request with `handle` (CORS open, like ours). */
export async function startFaulty(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<Running> {
  const server = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = listening(server);
  return {
    base,
    apiBase: `${base}api/v1/`,
    close: () => new Promise<void>((done) => server.close(() => done()).closeAllConnections()),
  };
}

/** An address where nothing listens: a server that is down. */
export async function downServer(): Promise<string> {
  const down = await startFaulty(() => {});
  await down.close();
  return down.apiBase;
}
