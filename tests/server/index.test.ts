// Starting the real server: a content mistake never takes the site down; a bad setting stops it with one line.
import { afterEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fixtureCopy } from '../helpers/knowledge.ts';
import { startServer, stopServers } from '../helpers/server-process.ts';

afterEach(stopServers);

describe('server start', () => {
  it('serves every valid file, leaves out the broken one, and reports degraded health', async () => {
    const knowledge = await fixtureCopy('missing-field');
    const { url, log } = await startServer({
      KNOWLEDGE_DIR: knowledge,
      DATA_DIR: await mkdtemp(join(tmpdir(), 'huquq-start-')),
    });
    const health = await (await fetch(`${url}/api/v1/health`)).json();
    expect(health.status).toBe('degraded');
    expect(health.knowledge).toMatchObject({
      entries: 1,
      organisations: 1,
      flows: 1,
      problems: 2,
      errors: 1,
      warnings: 1,
    });
    expect((await fetch(`${url}/api/v1/entries/appeal?lang=en`)).status).toBe(200);
    expect((await fetch(`${url}/api/v1/entries/work?lang=en`)).status).toBe(404);
    expect(log()).toContain('entries/tr/work/entry.yaml:1: category: this required field is missing');
  }, 30_000);

  it('stops with a one-line message naming a bad variable', async () => {
    const run = promisify(execFile);
    const error = await run(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
      cwd: join(import.meta.dirname, '../..'),
      env: { ...process.env, PORT: 'eighty' },
    }).catch((e: { code: number; stderr: string }) => e);
    expect((error as { code: number }).code).toBe(1);
    expect((error as { stderr: string }).stderr.trim()).toMatch(/^Invalid environment variable PORT="eighty": [^\n]+$/);
  }, 30_000);
});
