// A real PostgreSQL server for tests: initdb + pg_ctl into a temporary folder on a free port on 127.0.0.1,
// run as an unprivileged user when the tests run as root (PostgreSQL refuses root). Nothing is mocked: if the
// server binaries are missing or it cannot start, the test that asked for it fails with the reason.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../../bench/server-process.ts';

/** Debian installs the server binaries per major version; the newest wins. PG_BIN overrides. */
function binDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest)
    throw new Error(
      "PostgreSQL server binaries not found in /usr/lib/postgresql: install Debian's postgresql package (or set PG_BIN).",
    );
  return join(root, newest, 'bin');
}

const NOBODY = { uid: 65534, gid: 65534 };
const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL program, as `nobody` when we are root. */
function run(program: string, args: string[]): string {
  const command = join(binDir(), program);
  const [file, argv] = asRoot
    ? ['setpriv', [`--reuid=${NOBODY.uid}`, `--regid=${NOBODY.gid}`, '--clear-groups', command, ...args]]
    : [command, args];
  return execFileSync(file, argv, { cwd: tmpdir(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface TestPostgres {
  /** postgres:// URL of the default database. */
  url: string;
  port: number;
  /** A fresh, empty database and its URL. */
  createDatabase(): Promise<string>;
  /** Stops the server (fast shutdown) and starts it again on the same port and data. */
  stop(): void;
  start(): void;
  /** Stops the server and removes its folder. */
  destroy(): void;
}

export async function startPostgres(): Promise<TestPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'huquq-pg-'));
  if (asRoot) chownSync(dir, NOBODY.uid, NOBODY.gid);
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    run('initdb', ['-D', data, '-U', 'huquq', '--auth=trust', '--encoding=UTF8', '--locale=C', '-N']);
  } catch (error) {
    throw new Error(`initdb failed: ${(error as { stderr?: string }).stderr ?? String(error)}`);
  }
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
  const start = () => {
    try {
      run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', '-t', '60', 'start']);
    } catch (error) {
      const log = existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8') : '';
      throw new Error(`PostgreSQL did not start: ${(error as { stderr?: string }).stderr ?? String(error)}\n${log}`);
    }
  };
  const stop = () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  const url = `postgres://huquq@127.0.0.1:${port}/postgres`;
  let databases = 0;
  return {
    url,
    port,
    start,
    stop,
    async createDatabase() {
      const name = `huquq_test_${++databases}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      return `postgres://huquq@127.0.0.1:${port}/${name}`;
    },
    destroy() {
      try {
        stop();
      } catch {
        // Already stopped.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs one query on a database and closes the connection. */
export async function query<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
