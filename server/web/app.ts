// The widget's side of the server: the built widget files, the demo partner page and the full-page mode.
// Helper A mounts this in server/app.ts next to the API.
import { join } from 'node:path';
import { Hono, type Context } from 'hono';
import type { Language } from '../knowledge/schema.ts';
import { renderDemoPage } from './demo-page.ts';
import { renderFullPage } from './full-page.ts';
import { newNonce, widgetCsp } from './html.ts';
import { CHUNK_CACHE, CHUNK_NAME, LAUNCHER_CACHE, pinnedLauncher, sendBuilt, warm } from './static.ts';

export interface WebOptions {
  /** The Vite output folder (default: dist/widget next to the repository root). */
  distDir?: string;
}

export interface WebDeps extends WebOptions {
  /** The language registry of the knowledge being served (a getter: hot reload may change it). */
  languages: () => readonly Pick<Language, 'code' | 'dir'>[];
}

const DEFAULT_DIST = join(import.meta.dirname, '..', '..', 'dist', 'widget');

/** An HTML page with its own CSP and a fresh nonce (the widget copies the nonce onto its styles). */
function page(c: Context, render: (nonce: string) => string): Response {
  const nonce = newNonce();
  c.header('Content-Security-Policy', widgetCsp(nonce));
  c.header('Cache-Control', 'no-store');
  return c.html(render(nonce));
}

export function createWebApp(deps: WebDeps) {
  const distDir = deps.distDir ?? DEFAULT_DIST;
  void warm(distDir);
  const app = new Hono();

  app.get('/widget.js', (c) => sendBuilt(c, distDir, 'widget.js', LAUNCHER_CACHE));

  // The same launcher under its content hash, cached for ever: an SRI-pinned tag keeps working until the partner
  // changes it. Its chunks are named by content hash too, so a pinned launcher only ever loads its own chunks.
  app.get('/widget/:file', async (c) => {
    const pinned = await pinnedLauncher(distDir);
    if (!pinned || `widget/${c.req.param('file')}` !== pinned.path)
      return c.json(
        { error: { code: 'not_found', message: 'No such widget version: copy the snippet from /demo again.' } },
        404,
      );
    return sendBuilt(c, distDir, 'widget.js', CHUNK_CACHE);
  });

  app.get('/chunks/:name', (c) => {
    const name = c.req.param('name');
    if (!CHUNK_NAME.test(name)) return c.json({ error: { code: 'not_found', message: 'No such widget file.' } }, 404);
    return sendBuilt(c, distDir, `chunks/${name}`, CHUNK_CACHE);
  });

  app.get('/demo', async (c) => {
    const pinned = await pinnedLauncher(distDir);
    const pin = pinned && { src: new URL(`/${pinned.path}`, c.req.url).href, integrity: pinned.integrity };
    return page(c, (nonce) =>
      renderDemoPage({ nonce, widgetSrc: '/widget.js', publicSrc: new URL('/widget.js', c.req.url).href, pin }),
    );
  });

  // Full-page mode: "?lang=" and "?country=" are checked here; anything unknown is left to the widget's defaults.
  app.get('/', (c) => {
    const lang = c.req.query('lang');
    const country = c.req.query('country');
    const language = deps.languages().find(({ code }) => code === lang);
    return page(c, (nonce) =>
      renderFullPage({ nonce, language, country: /^[A-Z]{2}$/.test(country ?? '') ? country : undefined }),
    );
  });

  return app;
}
