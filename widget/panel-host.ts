// The seam between the launcher (always loaded, tiny) and the panel (Preact, loaded on first open).
import type { Api } from './api.ts';
import type { Emitter } from './events.ts';
import type { Lang } from './languages.ts';
import type { WidgetOptions } from './options.ts';

/** What the launcher gives the panel. */
export interface PanelHost {
  /** The element inside the shadow root the panel renders into. */
  container: HTMLElement;
  shadow: ShadowRoot;
  options: WidgetOptions;
  /** Absolute URL of the API, ending in "/api/v1/". */
  apiBase: string;
  /**
   * For tests only: an API client to use instead of one for `apiBase`, so the whole panel can run on a fake API
   * with a small fixed knowledge (issue 15 item 7). The launcher never sets it.
   */
  api?: Api;
  /** Absolute URL of the widget's server, for share links to the full-page mode. */
  appBase: string;
  lang: Lang;
  emit: Emitter['emit'];
  /** Close the dialog (launcher mode only; inline and page panels stay open). */
  close?: () => void;
  quickExit(): void;
  /** The person chose a language in the panel. */
  chooseLang(lang: Lang): void;
}

/** What the panel gives back. */
export interface Panel {
  ask(text: string): void;
  setLang(lang: Lang): void;
  focus(): void;
  /** Unmount and forget the conversation (shared devices: nothing is kept after closing). */
  destroy(): void;
}

export type MountPanel = (host: PanelHost) => Promise<Panel>;
