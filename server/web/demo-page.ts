// /demo: what a partner's site looks like with Huquq on it (a fictional refugee-support association), and the
// copy-paste snippet, options and CSP lines for its webmaster. Tests serve the same page from another origin.
import { html, raw } from 'hono/html';
import { pageText } from '../http/html-page.ts';

export interface DemoPageOptions {
  nonce: string;
  /** Where the page loads widget.js from (relative on our server, absolute from another origin). */
  widgetSrc: string;
  /** The absolute widget.js URL to show in the snippet. */
  publicSrc: string;
  /** The versioned launcher and its SRI hash, for the pinned snippet. */
  pin?: { src: string; integrity: string };
  /** Extra CSS, e.g. a hostile stylesheet in the isolation test. */
  extraCss?: string;
}

const OPTIONS: [string, string][] = [
  [
    'data-lang',
    '"auto" (default: the page\'s <html lang>, then the browser) or one of tr en ar fa az ps ku ru uk fr so',
  ],
  ['data-country', "TR or AZ: which country's law, organisations and emergency numbers to show"],
  ['data-mode', '"launcher" (a button in the corner, default), "inline" (inside the page) or "page" (fills the page)'],
  ['data-target', 'for inline mode: a CSS selector; every element it matches gets a widget'],
  ['data-position', '"bottom-right" (default) or "bottom-left"'],
  ['data-accent', 'your brand colour as #rrggbb; it must be dark enough for white text (4.5:1)'],
  ['data-greeting', 'your own first line on the home screen'],
  ['data-safe-url', "where Quick exit goes (default: a search engine's home page)"],
  ['data-preload', '"idle" fetches the panel while the page is idle instead of on first click'],
  ['data-partner', "your organisation's id (kept on the page, never sent)"],
];

const CSS = `
*{box-sizing:border-box}body{margin:0;font:17px/1.6 Georgia,"Noto Serif",serif;color:#222;background:#fbfaf7}
a{color:#7a2e12}header{background:#7a2e12;color:#fff}header .wrap{display:flex;align-items:center;justify-content:space-between;gap:16px;flex-wrap:wrap}
.wrap{max-width:980px;margin:0 auto;padding:16px 20px}.logo{font:700 22px/1.2 system-ui,sans-serif;letter-spacing:.02em}
nav a{color:#fff;margin-inline-start:18px;font-family:system-ui,sans-serif;font-size:15px;text-decoration:none}
.hero{background:#f1e7dc;border-bottom:1px solid #e3d3c2}.hero h1{font-size:34px;line-height:1.2;margin:8px 0}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:16px}
.card{background:#fff;border:1px solid #e6dfd6;border-radius:8px;padding:16px 20px}.card h3{margin-top:0}
section{margin-block:32px}h2{font-size:26px}pre{background:#1f1b18;color:#f6efe6;padding:16px;border-radius:8px;overflow:auto;font-size:14px;line-height:1.5}
table{border-collapse:collapse;width:100%;font-size:15px}td,th{border-bottom:1px solid #e6dfd6;padding:8px;text-align:start;vertical-align:top}
code{font-family:ui-monospace,Menlo,Consolas,monospace}footer{background:#2b2420;color:#eee;margin-top:48px}footer a{color:#f1c9a8}`;

export function renderDemoPage({ nonce, widgetSrc, publicSrc, pin, extraCss = '' }: DemoPageOptions): string {
  const src = widgetSrc;
  const snippet = `<script src="${publicSrc}" async\n        data-partner="your-organisation" data-lang="auto" data-country="TR"></script>`;
  const origin = new URL(publicSrc).origin;
  const csp = `script-src ${origin} 'nonce-…';\nstyle-src 'nonce-…';\nconnect-src ${origin};`;
  return pageText(html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Köprü Refugee Support — legal information (Huquq demo)</title>
<style nonce="${nonce}">${raw(CSS + extraCss)}</style>
</head>
<body>
<header><div class="wrap"><span class="logo">Köprü Refugee Support</span>
<nav aria-label="Main"><a href="#work">Our work</a><a href="#ask">Ask a question</a><a href="#webmasters">For webmasters</a></nav></div></header>
<div class="hero"><div class="wrap">
<p><em>A demonstration page: Köprü is a fictional association.</em></p>
<h1>Free legal information for refugees and migrants in Türkiye</h1>
<p>Since 2012 our volunteers have helped people in İstanbul with applications, appeals, health care and work permits.
Ask a question below or with the <strong>Your rights</strong> button: answers come in your language, with the law each one rests on.</p>
</div></div>
<main class="wrap">
<section id="work"><h2>Our work</h2><div class="cards">
<div class="card"><h3>Legal counselling</h3><p>Every Tuesday and Thursday, 10:00–16:00, with interpreters for Arabic, Persian and Pashto.</p></div>
<div class="card"><h3>Turkish classes</h3><p>Beginner and intermediate courses for adults, with childcare during lessons.</p></div>
<div class="card"><h3>Psychosocial support</h3><p>Group and individual sessions with trained counsellors, in confidence.</p></div>
</div></section>
<section id="ask"><h2>Ask a question</h2>
<p>Type your question in any language, or follow a guide step by step.</p>
<div id="faq-widget"></div>
</section>
<section id="webmasters"><h2>For webmasters: add Huquq to your site</h2>
<p>Paste this one line before <code>&lt;/body&gt;</code>. It adds the <strong>Your rights</strong> button (about 4&nbsp;KB);
everything else loads only when someone opens it. No cookies, no trackers, no other servers.</p>
<pre><code>${snippet}</code></pre>
${pin && pinnedSnippet(pin)}
<p>To show the widget inside a page instead, add <code>data-mode="inline" data-target="#your-element"</code>.
Options can also come from a JSON block on the page:</p>
<pre><code>${'<script type="application/json" data-huquq-config>\n  { "lang": "ar", "country": "TR", "accent": "#7a2e12" }\n</script>'}</code></pre>
<table><thead><tr><th>Option</th><th>What it does</th></tr></thead><tbody>
${OPTIONS.map(([name, text], i) => html`${i > 0 ? '\n' : ''}<tr><td><code>${name}</code></td><td>${text}</td></tr>`)}
</tbody></table>
<p>With a strict Content-Security-Policy, add these sources and put your page's nonce on the script tag
(<code>nonce="…"</code>); the widget passes it on to the styles it creates:</p>
<pre><code>${csp}</code></pre>
<p>JavaScript API: <code>Huquq.open()</code>, <code>.close()</code>, <code>.toggle()</code>, <code>.ask(text)</code>,
<code>.setLanguage(code)</code>, <code>.on(event, fn)</code> with events <code>open</code>, <code>close</code>, <code>answer</code>,
<code>flow-step</code> and <code>language</code>.</p>
</section>
</main>
<footer><div class="wrap"><p>Köprü Refugee Support (fictional) · Legal information by Huquq</p></div></footer>
<script src="${src}" async data-partner="kopru-demo" data-country="TR" data-accent="#7a2e12" nonce="${nonce}"></script>
<script src="${src}" async data-partner="kopru-demo" data-country="TR" data-accent="#7a2e12" data-mode="inline" data-target="#faq-widget" nonce="${nonce}"></script>
</body>
</html>
`);
}

/** The snippet for partners who pin what they embed: the versioned launcher with its integrity hash. */
function pinnedSnippet({ src, integrity }: { src: string; integrity: string }) {
  const tag = `<script src="${src}" async\n        integrity="${integrity}" crossorigin="anonymous"\n        data-partner="your-organisation" data-lang="auto" data-country="TR"></script>`;
  return html`<p>With a strict security policy you can pin this exact version instead: the browser refuses it if a single
byte differs, and it never changes (you update by pasting a new snippet from this page).</p>
<pre><code>${tag}</code></pre>`;
}
