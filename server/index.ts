// Starts Huquq: configuration, knowledge (watched with --watch), search, feedback storage, then the HTTP port.
// SIGTERM/SIGINT shut down gracefully: not ready at once, stop accepting, finish requests, flush counts, close the store.
import { mkdirSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { createLogger } from './log.ts';
import { createLiveKnowledge } from './knowledge/live.ts';
import { createSearch } from './search/index.ts';
import { openFeedbackStore } from './storage/open.ts';
import { createApp } from './app.ts';

/** In-flight requests get this long to finish after SIGTERM before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

let config: Config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const log = createLogger(config.logLevel);
mkdirSync(config.dataDir, { recursive: true });
const knowledge = await createLiveKnowledge({ dir: config.knowledgeDir, derive: createSearch, log });
const stopWatching = process.argv.includes('--watch') ? knowledge.watch() : undefined;
const feedback = openFeedbackStore({
  dataDir: config.dataDir,
  databaseUrl: config.databaseUrl,
  retentionDays: config.retentionDays,
  log,
});
let shuttingDown = false;
const waitingFor = () => [...(feedback.ready() ? [] : ['feedback store']), ...(shuttingDown ? ['shutting down'] : [])];

const app = createApp({ knowledge: knowledge.snapshot, search: knowledge.derived, config, log, feedback, waitingFor });
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  log.info('listening', {
    url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${info.port}`,
    watch: Boolean(stopWatching),
    feedback: feedback.kind,
    knowledge: knowledge.snapshot().version,
  });
});

const shutdown = (signal: string) => {
  if (shuttingDown) return;
  shuttingDown = true;
  log.info('shutting down', { signal });
  stopWatching?.();
  setTimeout(() => {
    log.warn('requests still running after the grace period; exiting');
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
  // close() stops accepting and waits for the requests in flight; idle keep-alive connections are closed now.
  server.close(() => {
    void Promise.resolve(feedback.close())
      .catch((error) => log.error('feedback store did not close cleanly', { error: String(error) }))
      .finally(() => process.exit(0));
  });
  if ('closeIdleConnections' in server) server.closeIdleConnections();
};
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
