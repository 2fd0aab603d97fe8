// The app over real HTTP on 127.0.0.1: what app.request() cannot show (socket addresses, wire encodings, HEAD
// over the network, many connections at once, raw request lines a browser would never send).
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './helpers/app.ts';

function listen(app: ReturnType<typeof testApp>['app']): Promise<{ server: ServerType; base: string }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
      resolve({ server, base: `http://127.0.0.1:${info.port}` });
    });
  });
}

/** Sends bytes exactly as given and returns the status line, for request lines fetch() would clean up. */
function raw(base: string, requestLine: Buffer): Promise<string> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let reply = '';
    socket.on('data', (chunk) => (reply += chunk.toString('latin1')));
    socket.on('end', () => resolve(reply.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
    socket.end(Buffer.concat([requestLine, Buffer.from('\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')]));
  });
}

describe('over real HTTP', () => {
  const t = testApp({ config: { rateLimitPerMinute: 5 } });
  let server: ServerType;
  let base = '';

  beforeAll(async () => ({ server, base } = await listen(t.app)));
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('answers a question', async () => {
    const res = await fetch(`${base}/api/v1/ask?q=appeal&lang=tr`);
    expect(res.status).toBe(200);
    expect((await res.json()).answers[0].id).toBe('appeal');
  });

  it('rate limits by the socket address, with Retry-After, and keeps health open', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await fetch(`${base}/api/v1/categories`)).status);
    // The first test used one token already.
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    const limited = await fetch(`${base}/api/v1/languages`);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await fetch(`${base}/api/v1/health`)).status).toBe(200);
  });

  it('HEAD sends headers and no body', async () => {
    const res = await fetch(`${base}/api/v1/health`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/json/);
    expect(await res.text()).toBe('');
  });

  it('broken request lines get a 4xx, never a 5xx, and the server stays up', async () => {
    const lines = [
      Buffer.from('GET /api/v1/health?q=%E0%A4%A&lang=%ZZ HTTP/1.1'),
      Buffer.concat([Buffer.from('GET /api/v1/health?q='), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' HTTP/1.1')]),
      Buffer.from('GET /api/v1/../../etc/passwd HTTP/1.1'),
      Buffer.from(`GET /api/v1/health?q=${'a'.repeat(20_000)} HTTP/1.1`),
      Buffer.from('BREW /api/v1/health HTTP/1.1'),
      Buffer.from('GET /api/v1/health HTTP/9.9'),
    ];
    for (const line of lines) {
      const status = Number((await raw(base, line)).split(' ')[1]);
      expect(
        status === 200 || (status >= 400 && status < 500),
        `${line.toString('latin1').slice(0, 60)} → ${status}`,
      ).toBe(true);
    }
    expect((await fetch(`${base}/api/v1/health`)).status).toBe(200);
  });
});

describe('many connections at once', () => {
  it('answers 300 concurrent requests correctly', async () => {
    const { server, base } = await listen(testApp().app);
    try {
      const paths = [
        '/api/v1/ask?q=work',
        '/api/v1/entries/appeal?lang=ar',
        '/api/v1/suggest?q=ap',
        '/api/v1/flows/rejected',
      ];
      const responses = await Promise.all(
        Array.from({ length: 300 }, (_, i) =>
          fetch(`${base}${paths[i % paths.length]}`, { headers: { 'accept-encoding': 'br, gzip' } }),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual(responses.map(() => 200));
      const bodies = await Promise.all(responses.map((r) => r.json()));
      expect(bodies[1].translation).toBe('outdated');
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
  });
});
