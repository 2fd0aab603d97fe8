// The nginx configuration the README shows (deploy/nginx/huquq.conf), run as it is in front of two real replicas:
// failover, the proxy's rate limit, TRUST_PROXY keyed on the address nginx saw, and logs without addresses or questions.
import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../bench/server-process.ts';
import { startServer, stopServers } from '../helpers/server-process.ts';

const CONFIG = join(import.meta.dirname, '../../deploy/nginx/huquq.conf');
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync);

let nginx: ChildProcess | undefined;
afterEach(() => {
  nginx?.kill('SIGTERM');
  nginx = undefined;
  stopServers();
});

/** Runs nginx with the example file, changing only its listen port, replica ports and log path. */
async function startNginx(replicaPorts: number[]) {
  if (!NGINX) throw new Error("nginx not found: install Debian's nginx-light package (.ci/run does).");
  const dir = mkdtempSync(join(tmpdir(), 'huquq-nginx-'));
  chmodSync(dir, 0o777);
  const port = await freePort();
  const site = readFileSync(CONFIG, 'utf8')
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('127.0.0.1:8787', `127.0.0.1:${replicaPorts[0]}`)
    .replace('127.0.0.1:8788', `127.0.0.1:${replicaPorts[1]}`)
    .replace('/var/log/nginx/huquq.log', join(dir, 'access.log'));
  writeFileSync(join(dir, 'huquq.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `${t}_temp_path ${join(dir, t)};`)
    .join(' ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off; worker_processes 1; pid ${join(dir, 'nginx.pid')}; error_log ${join(dir, 'error.log')} warn;
     ${process.getuid?.() === 0 ? 'user nobody nogroup;' : ''}
     events { worker_connections 256; }
     http { ${temp} include ${join(dir, 'huquq.conf')}; }`,
  );
  nginx = spawn(NGINX, ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const ok = await fetch(`${base}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline || nginx.exitCode !== null)
      throw new Error(`nginx did not start: ${stderr} ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, port, log: () => readFileSync(join(dir, 'access.log'), 'utf8') };
}

/** A GET from a chosen loopback address (127.0.0.x), with optional headers. */
function get(
  url: string,
  from: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { localAddress: from, headers, agent: false }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const portOf = (url: string) => Number(new URL(url).port);

describe('the example nginx configuration', () => {
  it('fails over to the other replica and rate-limits a flood with the API error shape', async () => {
    const replicas = await Promise.all([startServer({ TRUST_PROXY: '1' }), startServer({ TRUST_PROXY: '1' })]);
    const proxy = await startNginx(replicas.map((r) => portOf(r.url)));
    const ask = `${proxy.base}/api/v1/ask?q=${encodeURIComponent('my secret question about appeals')}&lang=en&country=TR`;
    expect((await get(ask, '127.0.0.1')).status).toBe(200);

    replicas[0]!.child.kill('SIGKILL');
    for (let i = 0; i < 6; i++) expect((await get(`${proxy.base}/api/v1/health`, '127.0.0.1')).status).toBe(200);

    const flood = await Promise.all(Array.from({ length: 80 }, () => get(`${proxy.base}/api/v1/health`, '127.0.0.3')));
    const limited = flood.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(JSON.parse(limited[0]!.body)).toEqual({ error: { code: 'rate_limited', message: expect.any(String) } });
    // Another person is not affected by that flood.
    expect((await get(`${proxy.base}/api/v1/health`, '127.0.0.4')).status).toBe(200);

    const log = proxy.log();
    expect(log).toContain('/api/v1/ask');
    expect(log).not.toMatch(/secret|127\.0\.0\.\d/);
  });

  it('gives each replica the address nginx saw, so a forged X-Forwarded-For cannot dodge the limit (TRUST_PROXY=1)', async () => {
    const env = { TRUST_PROXY: '1', RATE_LIMIT_PER_MINUTE: '3' };
    const replicas = await Promise.all([startServer(env), startServer(env)]);
    const proxy = await startNginx(replicas.map((r) => portOf(r.url)));
    const url = `${proxy.base}/api/v1/suggest?q=appe&lang=en`;
    const statuses: number[] = [];
    // Well inside nginx's burst, but over 3 a minute on each replica; each request claims another address.
    for (let i = 0; i < 10; i++)
      statuses.push((await get(url, '127.0.0.1', { 'X-Forwarded-For': `10.9.8.${i}` })).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(4);
    expect((await get(url, '127.0.0.2')).status).toBe(200);
  });
});
