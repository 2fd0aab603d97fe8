// Renders one panel component the way <App> would: a real i18next instance, an API (by default the fake over a
// small hand-written knowledge), and a context whose navigation, questions and events are recorded for the test.
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import type { Api } from '../../../widget/api.ts';
import { dirOf, type Lang } from '../../../widget/languages.ts';
import { DEFAULT_SAFE_URL, type WidgetOptions } from '../../../widget/options.ts';
import type { PanelHost } from '../../../widget/panel-host.ts';
import { Context, type PanelContext } from '../../../widget/panel/context.ts';
import { createI18n } from '../../../widget/panel/i18n.ts';
import type { Route } from '../../../widget/panel/route.ts';
import { fakeApi } from './fake-api.ts';

/** Where the rendered panel believes it is served from (share links point here). */
export const APP_BASE = 'https://huquq.test/';

export interface Rendered {
  routes: Route[];
  asked: string[];
  events: [string, unknown][];
  announced: string[];
  container: HTMLElement;
}

/** Render `ui` inside a panel context in `lang`, talking to `api`. */
export async function renderInPanel(
  ui: ComponentChildren,
  { api = fakeApi(), lang = 'en', options = {} }: { api?: Api; lang?: Lang; options?: Partial<WidgetOptions> } = {},
): Promise<Rendered> {
  const i18n = await createI18n(lang);
  const recorded: Omit<Rendered, 'container'> = { routes: [], asked: [], events: [], announced: [] };
  const host: PanelHost = {
    container: document.createElement('div'),
    shadow: document.createElement('div').attachShadow({ mode: 'open' }),
    options: {
      lang,
      mode: 'launcher',
      position: 'bottom-right',
      safeUrl: DEFAULT_SAFE_URL,
      preload: 'open',
      ...options,
    },
    apiBase: `${APP_BASE}api/v1/`,
    appBase: APP_BASE,
    lang,
    emit: (event, detail) => void recorded.events.push([event, detail]),
    quickExit: () => {},
    chooseLang: () => {},
  };
  const context: PanelContext = {
    t: i18n.getFixedT(lang),
    lang,
    country: options.country as PanelContext['country'],
    chooseCountry: () => {},
    api,
    host,
    navigate: (route) => void recorded.routes.push(route),
    ask: (q) => void recorded.asked.push(q),
    announce: (message) => void recorded.announced.push(message),
  };
  const { container } = render(
    <div lang={lang} dir={dirOf(lang)}>
      <Context.Provider value={context}>{ui}</Context.Provider>
    </div>,
  );
  return { ...recorded, container: container as HTMLElement };
}
