// Reads one widget.js tag's options, builds its widget instances and the small `window.Huquq` API.
import { createEmitter, type Emitter, type EventName, type Listener } from './events.ts';
import { createInstance, type Instance, type InstanceEnv } from './instance.ts';
import { langFromTag } from './languages.ts';
import { parseOptions, type WidgetOptions } from './options.ts';
import { serverBase } from './server-base.ts';
import { forgetAll } from './storage.ts';

/** The public API, `window.Huquq`: the only global the widget defines. */
interface HuquqApi {
  open(): void;
  close(): void;
  toggle(): void;
  ask(text: string): void;
  setLanguage(code: string): void;
  /** Remove every widget, listener and stored key, and `window.Huquq` itself (single-page sites). */
  destroy(): void;
  on(event: EventName, fn: Listener): () => void;
}

declare global {
  interface Window {
    Huquq?: HuquqApi;
  }
}

// What a second widget.js tag on the same page shares with the first: one API over all instances.
const SHARED = Symbol.for('huquq.shared');
interface Shared {
  instances: Instance[];
  emitter: Emitter;
}
type Registry = HuquqApi & { [SHARED]?: Shared };

const warn = (message: string) => console.warn(`[huquq] ${message}`);

/** Options from the page's JSON block (`<script type="application/json" data-huquq-config>`), if any. */
function configBlock(): Record<string, unknown> {
  const block = document.querySelector('script[type="application/json"][data-huquq-config]');
  if (!block) return {};
  try {
    const parsed: unknown = JSON.parse(block.textContent ?? '');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // Reported below like any other bad value.
  }
  warn('the JSON config block is not a JSON object; ignoring it.');
  return {};
}

/** Where the instances go: every element the target matches (inline, page), else one launcher on the body. */
function places(options: WidgetOptions): Element[] {
  if (options.mode === 'launcher') return [document.body];
  if (!options.target) return [document.body];
  const found = [...document.querySelectorAll(options.target)];
  if (found.length) return found;
  warn(`option "target": nothing on the page matches ${JSON.stringify(options.target)}; showing the launcher instead.`);
  options.mode = 'launcher';
  return [document.body];
}

function createApi(shared: Shared): Registry {
  // Calls act on the launcher when there is one: that is the widget a partner's own button opens.
  const primary = () => shared.instances.find((i) => i.options.mode === 'launcher') ?? shared.instances[0];
  const api: Registry = {
    open: () => void primary()?.open(),
    close: () => primary()?.close(),
    toggle: () => primary()?.toggle(),
    ask: (text) => {
      if (typeof text === 'string' && text.trim()) void primary()?.ask(text.trim().slice(0, 500));
      else warn('Huquq.ask(text) needs a non-empty question.');
    },
    setLanguage: (code) => {
      const lang = langFromTag(code);
      if (lang) for (const instance of shared.instances) instance.setLang(lang);
      else warn(`Huquq.setLanguage: unknown language ${JSON.stringify(code)}.`);
    },
    on: (event, fn) => shared.emitter.on(event, fn),
    destroy: () => {
      for (const instance of shared.instances.splice(0)) instance.destroy();
      forgetAll();
      delete window.Huquq;
    },
  };
  Object.defineProperty(api, SHARED, { value: shared });
  return api;
}

/** Build the widgets one <script src=".../widget.js"> tag asks for. */
export function boot(
  script: HTMLScriptElement,
  { loadPanel, location }: Pick<InstanceEnv, 'loadPanel' | 'location'>,
): void {
  const options = parseOptions(
    { ...configBlock(), ...script.dataset, nonce: script.dataset.nonce || script.nonce },
    warn,
  );
  const shared = (window.Huquq as Registry | undefined)?.[SHARED] ?? { instances: [], emitter: createEmitter() };
  const env: InstanceEnv = { scriptUrl: serverBase(script.src), emitter: shared.emitter, loadPanel, location };
  // The same embed run twice (a single-page site re-adding its script tag) must not give two widgets in one place.
  const taken = (place: Element) =>
    shared.instances.some((i) => i.options.mode === options.mode && (options.mode === 'launcher' || i.place === place));
  const fresh = places(options).filter((place) => !taken(place));
  shared.instances.push(...fresh.map((place) => createInstance({ ...options }, place, env)));
  if ((window.Huquq as Registry | undefined)?.[SHARED] !== shared) window.Huquq = createApi(shared);
}
