// A partner's website on a second origin (another port), embedding widget.js from the Huquq server, with a strict
// CSP that allows only what the README tells partners to allow.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pinnedLauncher, renderDemoPage, widgetCsp } from '../../server/web/index.ts';

/** A page that would break any widget not isolated in a shadow root. */
const HOSTILE_CSS = `
* { font-family: "Comic Sans MS", cursive !important; color: #f0f !important; line-height: 3 !important; letter-spacing: 4px !important; }
button, select, input { all: unset !important; background: lime !important; }
div, section, article { padding: 40px !important; border: 5px dashed red !important; }
huquq-widget { display: none !important; position: absolute !important; left: -9999px !important; zoom: 2 !important; }
[role=dialog] { display: none !important; }
:root { --huquq-accent: lime; --hq-accent: lime; --accent: lime; --text: #ff0; direction: rtl; }
html { zoom: 1.1; }
body { font-style: italic !important; font-weight: 900 !important; color: #0f0 !important; direction: rtl !important; }`;

const page = (title: string, body: string, nonce: string, css = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>${title}</title><style nonce="${nonce}">body{margin:0;font:16px/1.5 Georgia,serif;background:#fbfaf7}main{padding:24px}${css}</style></head>
<body>${body}</body></html>`;

/**
 * Routes: "/" the realistic demo page; "/plain" one launcher (query string → data-* attributes); "/hostile" the
 * launcher under HOSTILE_CSS (with a host <main>); "/inline" a page with a target for inline mode; "/start" and "/safe" plain pages for the quick-exit test.
 */
export async function startPartnerSite(widgetBase: string): Promise<{ base: string; close: () => Promise<void> }> {
  const widgetSrc = `${widgetBase}widget.js`;
  const pin = (await pinnedLauncher(join(import.meta.dirname, '..', '..', 'dist', 'widget')))!;
  const server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://partner.test');
    const nonce = randomBytes(12).toString('base64');
    const data = [...url.searchParams]
      .map(([key, value]) => ` data-${key}="${value.replace(/"/g, '&quot;')}"`)
      .join('');
    const launcher = `<script src="${widgetSrc}" async nonce="${nonce}"${data}></script>`;
    const body: Record<string, string> = {
      '/': renderDemoPage({ nonce, widgetSrc, publicSrc: widgetSrc }),
      '/plain': page(
        'Partner',
        `<main><h1>Refugee support</h1><p>Text of the partner page.</p><a href="/start">A link</a></main>${launcher}`,
        nonce,
      ),
      '/hostile': page(
        'Hostile partner',
        `<main><h1>Hostile styles</h1><div>Content</div></main>${launcher}`,
        nonce,
        HOSTILE_CSS,
      ),
      '/inline': page(
        'Partner FAQ',
        `<main><h1>Questions</h1><section id="faq" aria-label="Legal help"></section></main>${launcher}`,
        nonce,
      ),
      // The versioned launcher pinned with SRI; "?tampered" gives it an integrity hash its bytes do not match.
      '/pinned': page(
        'Pinned partner',
        `<main><h1>Pinned</h1></main><script src="${widgetBase}${pin.path}" async nonce="${nonce}" crossorigin="anonymous" integrity="${url.searchParams.has('tampered') ? pin.integrity.replace(/^sha384-./, 'sha384-A') : pin.integrity}" data-lang="en" data-country="TR"></script>`,
        nonce,
      ),
      '/start': page(
        'Start',
        `<main><h1>Start page</h1><a href="/plain?safe-url=http://${req.headers.host}/safe">Go</a></main>`,
        nonce,
      ),
      '/safe': page('Weather', '<main><h1>Weather today</h1></main>', nonce),
    };
    const html = body[url.pathname];
    if (!html) return void res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': widgetCsp(nonce, new URL(widgetBase).origin),
    });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((done) => server.close(() => done()).closeAllConnections()),
  };
}
