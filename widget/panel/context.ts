// What every panel component can reach: strings, the API, navigation and the live region.
import type { TFunction } from 'i18next';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Api } from '../api.ts';
import type { Lang } from '../languages.ts';
import type { PanelHost } from '../panel-host.ts';
import type { Country } from '../storage.ts';
import type { Route } from './route.ts';

export interface PanelContext {
  t: TFunction;
  lang: Lang;
  /** The partner's data-country, else the person's choice; undefined until they choose. Sent with every API call. */
  country?: Country;
  /** The person chose a country (only offered when the partner set none). */
  chooseCountry(country: Country): void;
  api: Api;
  host: PanelHost;
  navigate(route: Route): void;
  /** Ask a question: adds a turn to the conversation and shows it. */
  ask(question: string): void;
  /** Say something through the polite live region (new answers, results). */
  announce(message: string): void;
}

export const Context = createContext<PanelContext | null>(null);

/** The panel context; components only render inside <App>. */
export function usePanel(): PanelContext {
  const context = useContext(Context);
  if (!context) throw new Error('usePanel outside <App>');
  return context;
}
