// The panel's root: the dialog (or page region) with its header, the current view, the always-visible
// "Get help now", and the state that lives only while the panel is open: where the person is and the conversation.
import type { i18n as I18n } from 'i18next';
import type { Ref } from 'preact';
import { useEffect, useImperativeHandle, useMemo, useRef, useState } from 'preact/hooks';
import { createApi } from '../api.ts';
import type { Lang } from '../languages.ts';
import type { Panel, PanelHost } from '../panel-host.ts';
import { Ask } from './Ask.tsx';
import type { Turn } from './AskTurn.tsx';
import { Context, type PanelContext } from './context.ts';
import { EntryView } from './EntryView.tsx';
import { FlowView } from './FlowView.tsx';
import { trapTab } from './focus.ts';
import { Header } from './Header.tsx';
import { Help } from './Help.tsx';
import { Home } from './Home.tsx';
import { showLang } from './i18n.ts';
import { Organisations } from './Organisations.tsx';
import type { Route } from './route.ts';
import { useConversation } from './use-conversation.ts';
import { rememberCountry, rememberedCountry, type Country } from '../storage.ts';

/** What the launcher can do with the panel on screen (mount adds `destroy`). */
export type Controls = Pick<Panel, 'ask' | 'setLang' | 'focus'>;

export interface AppProps {
  host: PanelHost;
  i18n: I18n;
  initialRoute: Route;
  /** Set to the panel's controls in a layout effect, so they work as soon as the first render returns. */
  controls: Ref<Controls>;
  /** Called with every route shown (full-page mode mirrors it in the address bar). */
  onRoute?: (route: Route) => void;
}

function View({ route, turns, retry }: { route: Route; turns: Turn[]; retry: (turn: Turn) => void }) {
  switch (route.view) {
    case 'home':
      return <Home />;
    case 'ask':
      return <Ask turns={turns} retry={retry} />;
    case 'entry':
      return <EntryView id={route.id} lang={route.lang} />;
    case 'flow':
      return <FlowView id={route.id} />;
    case 'organisations':
      return <Organisations service={route.service} />;
    case 'help':
      return <Help />;
  }
}

export function App({ host, i18n, initialRoute, controls, onRoute }: AppProps) {
  const [lang, setLang] = useState<Lang>(host.lang);
  const [stack, setStack] = useState<Route[]>([initialRoute]);
  const [country, setCountry] = useState<Country | undefined>(
    () => (host.options.country as Country | undefined) ?? rememberedCountry(),
  );
  const [message, setMessage] = useState('');
  const api = useMemo(() => host.api ?? createApi(host.apiBase), [host.api, host.apiBase]);
  const panel = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLElement>(null);
  const route = stack[stack.length - 1]!;
  const modal = Boolean(host.close);
  const t = useMemo(() => i18n.getFixedT(lang), [lang]);

  const navigate = (next: Route) =>
    setStack((s) => (s[s.length - 1]?.view === 'ask' && next.view === 'ask' ? s : [...s, next]));
  const announce = (text: string) => {
    // Cleared first, so the same words said twice are announced twice.
    setMessage('');
    setTimeout(() => setMessage(text), 50);
  };
  const conversation = useConversation({
    api,
    lang,
    country,
    onAnswer: ({ answers, urgent, notCovered }) => {
      announce(
        answers[0]
          ? t('ask.answerFound', { title: answers[0].title })
          : t(notCovered ? 'ask.notCovered' : 'ask.noAnswer'),
      );
      host.emit('answer', { entries: answers.map((answer) => answer.id), urgent, lang });
    },
  });
  const ask = (q: string) => {
    conversation.ask(q);
    navigate({ view: 'ask' });
  };

  // No deps: set again after every render, so the launcher always calls this render's functions.
  useImperativeHandle(controls, () => ({
    ask,
    setLang: (next) => void showLang(i18n, next).then(() => setLang(next)),
    focus: () => (modal ? panel.current : body.current?.querySelector<HTMLElement>('.view-heading'))?.focus(),
  }));

  // A new view: bring its heading into focus (not on first render, where the launcher decides focus).
  const shown = useRef(0);
  useEffect(() => {
    onRoute?.(route);
    if (shown.current++ > 0) body.current?.querySelector<HTMLElement>('.view-heading')?.focus();
  }, [route]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && host.close) host.close();
    if (modal && panel.current) trapTab(event, panel.current, host.shadow.activeElement);
  };

  const chooseCountry = (chosen: Country) => {
    rememberCountry(chosen);
    setCountry(chosen);
  };
  const context: PanelContext = { t, lang, country, chooseCountry, api, host, navigate, ask, announce };
  const titleId = 'hq-title';
  // Landmarks must not collide with the partner's (issue 13): only the full page, where the widget is the whole
  // page, has <main>; a launcher is a dialog and an inline widget a labelled region inside the partner's page.
  const page = host.options.mode === 'page';
  const Body = (page ? 'main' : 'div') as 'main'; // one element type for the ref
  return (
    <Context.Provider value={context}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/useAriaPropsSupportedByRole: the role is chosen at run time (dialog when modal, aria-modal only then); the linter reads it as none. */}
      <div
        ref={panel}
        class={`panel ${host.options.mode}${host.options.position === 'bottom-left' ? ' left' : ''}`}
        role={modal ? 'dialog' : page ? undefined : 'region'}
        aria-modal={modal ? 'true' : undefined}
        aria-labelledby={page ? undefined : titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <Header
          titleId={titleId}
          depth={stack.length}
          back={() => setStack((s) => s.slice(0, -1))}
          home={() => setStack([{ view: 'home' }])}
        />
        <Body class="content" ref={body}>
          <View route={route} turns={conversation.turns} retry={conversation.retry} />
        </Body>
        <footer class="foot">
          <button type="button" class="help-now" onClick={() => navigate({ view: 'help' })}>
            {t('help.now')}
          </button>
        </footer>
        <div class="sr-only" role="status" aria-live="polite">
          {message}
        </div>
      </div>
    </Context.Provider>
  );
}
