// Embeds the widget in the jsdom page the way widget.js does, with the real panel and a real server (or a fake API) behind it.
// Quick exit's final location.replace cannot run in jsdom, so it is recorded instead (the browser tests do it for real).
import type { Api } from '../../../widget/api.ts';
import { boot } from '../../../widget/boot.ts';
import type { MountPanel } from '../../../widget/panel-host.ts';

export interface Embedded {
  /** Safe URLs quick exit left for. */
  exits: string[];
  hosts(): HTMLElement[];
  shadow(index?: number): ShadowRoot;
}

/**
 * A widget.js script tag with `data` attributes, booted against the server at `base`; with `api`, the panel talks
 * to that instead (the fake API, see fake-api.ts).
 */
export function embed(base: string, data: Record<string, string> = {}, api?: Api): Embedded {
  const script = document.createElement('script');
  script.src = `${base}widget.js`;
  for (const [key, value] of Object.entries(data)) script.dataset[key] = value;
  document.body.append(script);
  const exits: string[] = [];
  boot(script, {
    loadPanel: () =>
      import('../../../widget/panel/mount.tsx').then(
        (m): MountPanel =>
          (host) =>
            m.mountPanel({ ...host, api }),
      ),
    location: { replace: (url) => void exits.push(String(url)) },
  });
  const hosts = () => [...document.querySelectorAll<HTMLElement>('huquq-widget')];
  return { exits, hosts, shadow: (index = 0) => hosts()[index]!.shadowRoot! };
}

/** Remove every widget, the API and the storage, so each test starts on a clean page. */
export function cleanPage(): void {
  window.Huquq?.close();
  document.body.replaceChildren();
  document.head.replaceChildren();
  document.documentElement.lang = '';
  delete window.Huquq;
  localStorage.clear();
}
