// What the API needs from the rest of the server, passed in by server/app.ts (and by tests).
import type { Config } from '../config.ts';
import type { Snapshot } from '../knowledge/snapshot.ts';
import type { Logger } from '../log.ts';
import type { Search } from '../search/index.ts';
import type { FeedbackStore } from '../storage/types.ts';

/** The part of the server configuration the API reads. */
type ApiConfig = Pick<Config, 'rateLimitPerMinute' | 'trustProxy' | 'adminToken' | 'askCacheEntries'>;

export type { Logger };

export interface ApiDeps {
  /** Getters, so hot reload can swap knowledge and search together between requests. */
  knowledge: () => Snapshot;
  search: () => Search;
  config: ApiConfig;
  log: Logger;
  feedback?: FeedbackStore;
  /** What keeps this replica from taking traffic (empty when ready); /health/ready answers 503 while it is not. */
  waitingFor?: () => string[];
}

/** Hono context variables set by the API middleware. */
export interface ApiEnv {
  Variables: {
    /** Salted, daily-rotating hash of the client address; the address itself is never kept. */
    clientKey: string;
  };
}
