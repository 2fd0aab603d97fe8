// Where the person is in the panel. In full-page mode the route is mirrored in the URL hash, so a shared
// link such as /?lang=ar#/entry/ip-appeal-regular opens that answer.
import type { ApiOrganisation } from '../../server/api/contract.ts';

type ServiceType = ApiOrganisation['services'][number];

export type Route =
  | { view: 'home' }
  | { view: 'ask' }
  | { view: 'entry'; id: string; lang?: string }
  | { view: 'flow'; id: string }
  /** `service` preselects the service filter (an answer no lawyer has reviewed links to legal aid). */
  | { view: 'organisations'; service?: ServiceType }
  | { view: 'help' };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The route a hash like "#/entry/ID" names; home for anything else. Questions never go in the URL. */
export function routeFromHash(hash: string): Route {
  const [view, id] = hash.replace(/^#\/?/, '').split('/');
  if ((view === 'entry' || view === 'flow') && id && ID.test(id)) return { view, id };
  if (view === 'organisations' || view === 'help') return { view };
  return { view: 'home' };
}

/** The hash for a route, or "" when it has none (home, and the conversation, which stays private). */
export function hashOf(route: Route): string {
  if (route.view === 'entry' || route.view === 'flow') return `#/${route.view}/${route.id}`;
  if (route.view === 'organisations' || route.view === 'help') return `#/${route.view}`;
  return '';
}
