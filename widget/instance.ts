// One widget on the page: a <huquq-widget> host element with a shadow root, the launcher button (launcher
// mode), and the panel, which is fetched and mounted on first open and unmounted on close.
import { dirOf, langFromTag, type Lang } from './languages.ts';
import { LAUNCH_ICON, launcherCss } from './launcher-style.ts';
import type { Emitter } from './events.ts';
import type { WidgetOptions } from './options.ts';
import type { MountPanel, Panel } from './panel-host.ts';
import { exitKeys, leave } from './quick-exit.ts';
import { rememberedLang, rememberLang } from './storage.ts';

type LauncherStrings = { open: string };
const LABELS = import.meta.glob<LauncherStrings>('./locales/*/launcher.json', { eager: true, import: 'default' });
const label = (lang: Lang): LauncherStrings => LABELS[`./locales/${lang}/launcher.json`]!;

export interface Instance {
  readonly options: WidgetOptions;
  /** The element the widget was put in. */
  readonly place: Element;
  open(): Promise<void>;
  close(): void;
  toggle(): void;
  ask(text: string): Promise<void>;
  setLang(lang: Lang): void;
  /** Take the widget off the page: panel, host element and document listener. */
  destroy(): void;
}

export interface InstanceEnv {
  /** The Huquq server's base URL (where widget.js lives): the API and share links are resolved against it. */
  scriptUrl: string;
  emitter: Emitter;
  /** Fetch the panel chunk, and the strings for `lang` alongside it. */
  loadPanel: (lang: Lang) => Promise<MountPanel>;
  /** The page's location, which quick exit replaces (jsdom cannot navigate, so tests pass a recorder). */
  location: Pick<Location, 'replace'>;
}

/** The first language that fits: the person's earlier choice, the option, the page, the browser, English. */
function pickLang(option: WidgetOptions['lang'], pageLang: string, browserLangs: readonly string[]): Lang {
  const candidates = [rememberedLang(), option === 'auto' ? undefined : option, pageLang, ...browserLangs];
  for (const tag of candidates) {
    const lang = langFromTag(tag);
    if (lang) return lang;
  }
  return 'en';
}

/** Build one widget inside `place` (the page body for the launcher). */
export function createInstance(options: WidgetOptions, place: Element, env: InstanceEnv): Instance {
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] => document.createElement(tag);
  const host = make('huquq-widget' as 'div');
  host.setAttribute('mode', options.mode);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = make('style');
  if (options.nonce) style.nonce = options.nonce;
  style.textContent = launcherCss(options.accent);
  const root = make('div');
  root.className = 'hq';
  const container = make('div');
  const modal = options.mode === 'launcher';
  const button = modal ? make('button') : undefined;
  if (button) {
    button.className = options.position === 'bottom-left' ? 'launch left' : 'launch';
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-expanded', 'false');
    button.onclick = () => instance.toggle();
    root.append(button);
  }
  root.append(container);
  shadow.append(style, root);
  place.append(host);

  let lang = pickLang(options.lang, document.documentElement.lang, navigator.languages ?? []);
  // `panel` is the open (or opening) panel; `mounted` the same once it is on screen, so closing removes it at once.
  let panel: Promise<Panel | undefined> | undefined;
  let mounted: Panel | undefined;
  // One handler for the life of the instance, so destroy() removes exactly the one added.
  let onKeys: ((event: KeyboardEvent) => void) | undefined;

  const unmount = () => {
    mounted?.destroy();
    mounted = panel = undefined;
  };

  const quickExit = () => {
    unmount();
    root.hidden = true;
    leave(options.safeUrl, env.location);
  };

  const showLang = () => {
    root.lang = lang;
    root.dir = dirOf(lang);
    if (button) button.innerHTML = `${LAUNCH_ICON}<span>${label(lang).open}</span>`;
  };

  const failed = (): undefined => {
    panel = undefined;
    button?.setAttribute('aria-expanded', 'false');
    console.warn('[huquq] the panel could not be loaded; the next click tries again.');
  };

  /** The mounted panel; undefined when its chunk could not be loaded (offline), so the person can retry. */
  const mount = (): Promise<Panel | undefined> => {
    if (!onKeys) {
      // Quick-exit keys only once the person uses the widget, so the host page's own keys stay its own.
      onKeys = exitKeys(quickExit);
      document.addEventListener('keydown', onKeys, true);
    }
    if (panel) return panel;
    button?.setAttribute('aria-busy', 'true');
    const loading: Promise<Panel | undefined> = env
      .loadPanel(lang)
      .then((mountPanel) =>
        mountPanel({
          container,
          shadow,
          options,
          apiBase: new URL('api/v1/', env.scriptUrl).href,
          appBase: new URL('./', env.scriptUrl).href,
          lang,
          emit: env.emitter.emit,
          close: modal ? () => instance.close() : undefined,
          quickExit,
          chooseLang: (chosen) => {
            rememberLang(chosen);
            instance.setLang(chosen);
          },
        }),
      )
      .then((opened) => {
        // Closed while it was loading: take it straight down again.
        if (panel !== loading) return void opened.destroy();
        mounted = opened;
        return opened;
      })
      .catch(failed)
      .finally(() => button?.removeAttribute('aria-busy'));
    panel = loading;
    return panel;
  };

  const instance: Instance = {
    options,
    place,
    async open() {
      if (!modal) return void (await mount())?.focus();
      if (panel) return;
      button?.setAttribute('aria-expanded', 'true');
      const opened = await mount();
      opened?.focus();
      if (opened) env.emitter.emit('open', { mode: options.mode });
    },
    close() {
      if (!modal || !panel) return;
      unmount();
      button?.setAttribute('aria-expanded', 'false');
      button?.focus();
      env.emitter.emit('close', { mode: options.mode });
    },
    toggle() {
      if (panel && modal) instance.close();
      else void instance.open();
    },
    async ask(text) {
      await instance.open();
      (await panel)?.ask(text);
    },
    setLang(next) {
      lang = next;
      showLang();
      mounted?.setLang(next);
      env.emitter.emit('language', { lang: next });
    },
    destroy() {
      unmount();
      if (onKeys) document.removeEventListener('keydown', onKeys, true);
      onKeys = undefined;
      host.remove();
    },
  };

  showLang();
  if (!modal) void mount();
  else if (options.preload === 'idle')
    (window.requestIdleCallback ?? setTimeout)(() => void env.loadPanel(lang).catch(() => {}));
  return instance;
}
