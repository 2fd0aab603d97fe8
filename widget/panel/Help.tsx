// "Get help now": emergency numbers first, then free legal help; reachable from every screen.
import { Async } from './Async.tsx';
import { usePanel } from './context.ts';
import { EmergencyList } from './EmergencyList.tsx';
import { OrganisationCard } from './OrganisationCard.tsx';
import { useResource } from './use-resource.ts';
import { ViewHeading } from './ViewHeading.tsx';

export function Help() {
  const { t, api, lang, country, navigate } = usePanel();
  const emergency = useResource(() => api.emergency(lang, country), [lang, country]);
  const organisations = useResource(() => api.organisations(lang, country), [lang, country]);
  return (
    <div class="view help">
      <ViewHeading>{t('help.heading')}</ViewHeading>
      <section aria-labelledby="hq-emergency">
        <h3 id="hq-emergency">{t('help.emergency')}</h3>
        <Async resource={emergency}>{(data) => <EmergencyList contacts={data.contacts} />}</Async>
      </section>
      <section aria-labelledby="hq-legal">
        <h3 id="hq-legal">{t('help.legalAid')}</h3>
        <Async resource={organisations}>
          {(data) =>
            data.organisations
              .filter((org) => org.services.includes('legal-aid'))
              .map((org) => <OrganisationCard org={org} compact />)
          }
        </Async>
        <button type="button" class="btn wide" onClick={() => navigate({ view: 'organisations' })}>
          {t('help.allOrganisations')}
        </button>
      </section>
    </div>
  );
}
