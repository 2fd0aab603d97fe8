import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';

describe('loadConfig', () => {
  it('has documented defaults', () => {
    expect(loadConfig({})).toEqual({
      port: 8787,
      host: '127.0.0.1',
      knowledgeDir: './knowledge',
      dataDir: './data',
      logLevel: 'info',
      rateLimitPerMinute: 120,
      trustProxy: false,
      adminToken: undefined,
      retentionDays: 180,
      logQueries: false,
      askCacheEntries: 2000,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      RATE_LIMIT_PER_MINUTE: '0',
      TRUST_PROXY: '1',
      ADMIN_TOKEN: 'a'.repeat(32),
      LOG_LEVEL: 'warn',
      ASK_CACHE_ENTRIES: '0',
    });
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      rateLimitPerMinute: 0,
      trustProxy: true,
      adminToken: 'a'.repeat(32),
      logLevel: 'warn',
      askCacheEntries: 0,
    });
  });

  it.each([
    ['PORT', 'eighty', /^Invalid environment variable PORT="eighty": /],
    ['PORT', '70000', /^Invalid environment variable PORT="70000"/],
    ['LOG_LEVEL', 'loud', /^Invalid environment variable LOG_LEVEL="loud": .*"debug"/],
    ['TRUST_PROXY', 'yes', /^Invalid environment variable TRUST_PROXY/],
    ['ADMIN_TOKEN', 'short', /^Invalid environment variable ADMIN_TOKEN="short": at least 16 characters/],
    ['ASK_CACHE_ENTRIES', 'lots', /^Invalid environment variable ASK_CACHE_ENTRIES="lots": /],
    ['ASK_CACHE_ENTRIES', '-1', /^Invalid environment variable ASK_CACHE_ENTRIES="-1": .*>=0/],
    ['ASK_CACHE_ENTRIES', '2.5', /^Invalid environment variable ASK_CACHE_ENTRIES="2.5": .*int/],
    ['ASK_CACHE_ENTRIES', '100001', /^Invalid environment variable ASK_CACHE_ENTRIES="100001": .*<=100000/],
  ])('stops with a one-line message naming %s', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});
