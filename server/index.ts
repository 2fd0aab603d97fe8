// Starts Huquq: configuration, knowledge (watched with --watch), search, feedback storage, then the HTTP port.
import { mkdirSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './log.ts';
import { createLiveKnowledge } from './knowledge/live.ts';
import { createSearch } from './search/index.ts';
import { openFeedbackStore } from './storage/open.ts';
import { createApp } from './app.ts';

let config;
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
const feedback = openFeedbackStore({ dataDir: config.dataDir, retentionDays: config.retentionDays, log });

const app = createApp({ knowledge: knowledge.snapshot, search: knowledge.derived, config, log, feedback });
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  log.info('listening', { url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${info.port}`, watch: Boolean(stopWatching) });
});

const shutdown = () => {
  stopWatching?.();
  server.close(() => {
    void Promise.resolve(feedback.close()).finally(() => process.exit(0));
  });
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
