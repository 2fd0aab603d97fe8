// Filtering organisations by city, service and the languages their staff speak (pure, so it is tested alone).
import type { ApiOrganisation } from '../../server/api/contract.ts';

export interface OrgFilter {
  city?: string;
  service?: string;
  language?: string;
}

/** Organisations matching every filter that is set; those working nationwide match every city. */
export function filterOrganisations(orgs: readonly ApiOrganisation[], filter: OrgFilter): ApiOrganisation[] {
  return orgs.filter(
    (org) =>
      (!filter.city || !org.cities.length || org.cities.includes(filter.city)) &&
      (!filter.service || org.services.includes(filter.service as ApiOrganisation['services'][number])) &&
      (!filter.language || org.languages.includes(filter.language)),
  );
}

/** The values each filter can take, from the organisations themselves, sorted for the reader's language. */
export function filterChoices(orgs: readonly ApiOrganisation[], lang: string) {
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort(new Intl.Collator(lang).compare);
  return {
    cities: sorted(orgs.flatMap((org) => org.cities)),
    services: sorted(orgs.flatMap((org) => org.services)),
    languages: sorted(orgs.flatMap((org) => org.languages)),
  };
}
