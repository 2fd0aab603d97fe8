// The widget's sub-app as mounted by createApp: its files and pages get the app's headers and compression.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { json, testApp } from './helpers/app.ts';

describe('widget files and pages', () => {
  let distDir = '';
  const launcher = `/* launcher */ ${'window.Huquq = {};\n'.repeat(200)}`;

  beforeAll(async () => {
    distDir = await mkdtemp(join(tmpdir(), 'huquq-dist-'));
    await mkdir(join(distDir, 'chunks'));
    await writeFile(join(distDir, 'widget.js'), launcher);
  });

  it('serves /widget.js to any origin, compressed when the browser accepts it', async () => {
    const res = await testApp({ deps: { web: { distDir } } }).get('/widget.js', {
      headers: { 'accept-encoding': 'br' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(launcher);
  });

  it('an unbuilt widget is a 404 in the error shape', async () => {
    const res = await testApp({ deps: { web: { distDir: join(distDir, 'missing') } } }).get('/widget.js');
    expect(res.status).toBe(404);
    expect((await json(res)).error.code).toBe('not_found');
  });

  it.each(['/', '/demo'])('%s is an HTML page with its own nonce-based CSP and the common headers', async (path) => {
    const res = await testApp({ deps: { web: { distDir } } }).get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toMatch(/'nonce-[\w+/=-]+'/);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
