// Configuration from environment variables, validated once at start; a bad value stops the server with one line.
import { z } from 'zod';

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/** Finished /ask responses kept: at most 32 kB each on average (ask-cache.ts), so at most 64 MB. On the bench's
 *  realistic mix 2,000 answer 57 % of requests from the cache, 1,000 answer 49 % (a third are first-time). */
export const DEFAULT_ASK_CACHE_ENTRIES = 2000;

/** Every variable, its default and what it accepts; README "Configuration" mirrors this list. */
const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  KNOWLEDGE_DIR: z.string().min(1).default('./knowledge'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'a PostgreSQL URL such as postgres://user:password@host:5432/huquq')
    .optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(120),
  TRUST_PROXY: flag.default(false),
  ADMIN_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  LOG_QUERIES: flag.default(false),
  ASK_CACHE_ENTRIES: z.coerce.number().int().min(0).max(100_000).default(DEFAULT_ASK_CACHE_ENTRIES),
});

export interface Config {
  port: number;
  host: string;
  knowledgeDir: string;
  dataDir: string;
  /** Feedback goes to this PostgreSQL database when set (several replicas), else to SQLite in dataDir. */
  databaseUrl?: string;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  rateLimitPerMinute: number;
  trustProxy: boolean;
  adminToken?: string;
  retentionDays: number;
  /** Off by default: query text may identify a person, so it is never logged unless an operator asks. */
  logQueries: boolean;
  /** How many finished /ask responses to keep in memory; 0 keeps none. */
  askCacheEntries: number;
}

export class ConfigError extends Error {}

/** Reads the configuration; throws ConfigError with a one-line message naming the variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = Env.safeParse(present);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(
      `Invalid environment variable ${String(issue.path[0])}=${JSON.stringify(present[String(issue.path[0])])}: ${issue.message}`,
    );
  }
  const e = result.data;
  return {
    port: e.PORT,
    host: e.HOST,
    knowledgeDir: e.KNOWLEDGE_DIR,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    trustProxy: e.TRUST_PROXY,
    adminToken: e.ADMIN_TOKEN,
    retentionDays: e.RETENTION_DAYS,
    logQueries: e.LOG_QUERIES,
    askCacheEntries: e.ASK_CACHE_ENTRIES,
  };
}
