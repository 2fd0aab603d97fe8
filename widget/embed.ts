// widget.js, the one script a partner pastes. Plain DOM and no framework, because every partner page pays
// for these bytes: it builds the launcher and fetches the Preact panel only when a person opens it.
import { langs, panel } from 'virtual:huquq-panel';
import type { MountPanel } from './panel-host.ts';
import { boot } from './boot.ts';
import { serverBase } from './server-base.ts';

// Captured now: document.currentScript is only set while this script first runs.
const script = document.currentScript;

if (!(script instanceof HTMLScriptElement) || !script.src) {
  console.warn('[huquq] load widget.js with its own <script src="…"> tag.');
} else {
  // Resolved against this script's own URL, so the chunks come from our server on any partner page.
  const base = serverBase(script.src);
  const load = (file = '') => import(/* @vite-ignore */ new URL(file, base).href);
  // The panel and the person's language side by side: one round trip instead of two on a slow phone network.
  const loadPanel = (lang: string) =>
    Promise.all([load(panel), load(langs[lang])]).then(([m]: { mountPanel: MountPanel }[]) => m!.mountPanel);
  const start = () => boot(script, { loadPanel, location: window.location });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
