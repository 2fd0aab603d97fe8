// The panel chunk's entry: loaded by the launcher on first open, it renders <App> into the shadow root.
import { createRef, render } from 'preact';
import type { MountPanel } from '../panel-host.ts';
import { App, type Controls } from './App.tsx';
import { createI18n } from './i18n.ts';
import { hashOf, routeFromHash, type Route } from './route.ts';
import { stopSpeaking } from './speech.ts';
import css from './styles.css?inline';

/** Full-page mode keeps the route in the address bar, so the page can be shared and reloaded. */
function mirrorInUrl(route: Route): void {
  history.replaceState(null, '', hashOf(route) || location.pathname + location.search);
}

export const mountPanel: MountPanel = async (host) => {
  const i18n = await createI18n(host.lang);
  const style = document.createElement('style');
  if (host.options.nonce) style.nonce = host.options.nonce;
  style.textContent = css;
  host.shadow.append(style);
  const page = host.options.mode === 'page';
  const controls = createRef<Controls>();
  render(
    <App
      host={host}
      i18n={i18n}
      controls={controls}
      initialRoute={page ? routeFromHash(location.hash) : { view: 'home' }}
      onRoute={page ? mirrorInUrl : undefined}
    />,
    host.container,
  );
  return {
    ask: (text) => controls.current?.ask(text),
    setLang: (lang) => controls.current?.setLang(lang),
    focus: () => controls.current?.focus(),
    destroy() {
      stopSpeaking();
      render(null, host.container);
      style.remove();
    },
  };
};
