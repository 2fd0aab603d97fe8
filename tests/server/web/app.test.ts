// server/web: the built widget files, the demo partner page and the full-page mode, through app.request().
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWebApp } from '../../../server/web/index.ts';

let dist = '';
let app: ReturnType<typeof createWebApp>;
/** The part of the language registry the pages read. */
const LANGUAGES = [
  { code: 'en', dir: 'ltr' },
  { code: 'ar', dir: 'rtl' },
] as const;

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'huquq-dist-'));
  await mkdir(join(dist, 'chunks'));
  await writeFile(join(dist, 'widget.js'), 'console.log("launcher")');
  await writeFile(join(dist, 'chunks', 'panel-AbC123.js'), 'export const mountPanel = 1;');
  app = createWebApp({ distDir: dist, languages: () => LANGUAGES });
});

describe('the built widget', () => {
  it('serves widget.js as JavaScript, cached briefly and revalidated by ETag, open to every origin', async () => {
    const res = await app.request('/widget.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await res.text()).toBe('console.log("launcher")');
    const again = await app.request('/widget.js', { headers: { 'if-none-match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('serves the same launcher at its content-hash URL, immutable, with the matching SRI hash on /demo', async () => {
    const hex = createHash('sha256').update('console.log("launcher")').digest('hex').slice(0, 16);
    const sri = `sha384-${createHash('sha384').update('console.log("launcher")').digest('base64')}`;
    const res = await app.request(`/widget/${hex}.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe('console.log("launcher")');
    expect((await app.request('/widget/0123456789abcdef.js')).status).toBe(404);
    expect((await app.request('/widget/..%2Fwidget.js')).status).toBe(404);
    const demo = await (await app.request('http://huquq.test/demo')).text();
    // Shown as text in a <pre>, so its quotes are escaped.
    expect(demo).toContain(`http://huquq.test/widget/${hex}.js`);
    expect(demo).toContain(`integrity=&quot;${sri}&quot; crossorigin=&quot;anonymous&quot;`);
  });

  it('sends the file compressed once ahead of time, brotli first', async () => {
    const br = await app.request('/chunks/panel-AbC123.js', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe('export const mountPanel = 1;');
    const gz = await app.request('/chunks/panel-AbC123.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe('export const mountPanel = 1;');
  });

  it('notices a rebuild', async () => {
    await writeFile(join(dist, 'widget.js'), 'console.log("rebuilt")');
    await utimes(join(dist, 'widget.js'), new Date(), new Date(Date.now() + 5000));
    expect(await (await app.request('/widget.js')).text()).toBe('console.log("rebuilt")');
    await writeFile(join(dist, 'widget.js'), 'console.log("launcher")');
  });

  it('serves hashed chunks cached for a year, with CORS for import() from partner pages', async () => {
    const res = await app.request('/chunks/panel-AbC123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  });

  it('refuses anything that is not a built chunk, with the error shape clients know', async () => {
    for (const path of ['/chunks/..%2Fwidget.js', '/chunks/panel.css', '/chunks/missing-1.js']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No such widget file.' } });
    }
  });

  it('says how to fix a missing build', async () => {
    const res = await createWebApp({ distDir: join(dist, 'nowhere'), languages: () => LANGUAGES }).request(
      '/widget.js',
    );
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: 'not_found', message: 'The widget is not built yet: run `npm run build`.' },
    });
  });
});

const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];

describe('/demo', () => {
  it('is a partner page with the launcher and an inline widget, under a strict CSP whose nonce the page uses', async () => {
    const res = await app.request('http://huquq.example/demo');
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    const html = await res.text();
    const nonce = nonceOf(csp)!;
    expect(html).toContain(`<style nonce="${nonce}">`);
    expect(html.match(/<script src="\/widget.js"[^>]*>/g)).toHaveLength(2);
    expect(html).toContain('data-mode="inline" data-target="#faq-widget"');
    // The snippet for webmasters, escaped, with this server's address.
    expect(html).toContain('&lt;script src=&quot;http://huquq.example/widget.js&quot; async');
    const second = await app.request('/demo');
    expect(nonceOf(second.headers.get('content-security-policy')!)).not.toBe(nonce);
  });
});

describe('/ (full-page mode)', () => {
  it('fills the page with the widget in the language the link asks for', async () => {
    const res = await app.request('/?lang=ar&country=TR');
    const html = await res.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    const nonce = nonceOf(res.headers.get('content-security-policy')!);
    expect(html).toContain(
      `<script src="widget.js" async data-mode="page" data-target="#huquq" data-lang="ar" data-country="TR" nonce="${nonce}">`,
    );
  });

  it('ignores unknown or hostile parameters instead of echoing them', async () => {
    const html = await (await app.request('/?lang=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&country=tr')).text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('data-lang="auto"');
    expect(html).not.toContain('data-country');
  });
});
