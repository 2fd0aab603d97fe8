// Organisations that help, filtered by city, service and the languages their staff speak.
import { useState } from 'preact/hooks';
import type { ApiOrganisation } from '../../server/api/contract.ts';
import { Async } from './Async.tsx';
import { usePanel } from './context.ts';
import { nativeName } from './language-names.ts';
import { filterChoices, filterOrganisations, type OrgFilter } from './organisation-filter.ts';
import { OrganisationCard } from './OrganisationCard.tsx';
import { useResource } from './use-resource.ts';
import { ViewHeading } from './ViewHeading.tsx';

function Select({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value?: string;
  options: { value: string; label: string; lang?: string }[];
  onChange: (value?: string) => void;
}) {
  const { t } = usePanel();
  return (
    <label class="field">
      <span class="label">{label}</span>
      <select class="input" value={value ?? ''} onChange={(event) => onChange(event.currentTarget.value || undefined)}>
        <option value="">{t('org.any')}</option>
        {options.map((option) => (
          <option value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function Filtered({ organisations, initial }: { organisations: ApiOrganisation[]; initial: OrgFilter }) {
  const { t, lang } = usePanel();
  const [filter, setFilter] = useState<OrgFilter>(initial);
  const choices = filterChoices(organisations, lang);
  const shown = filterOrganisations(organisations, filter);
  const set = (key: keyof OrgFilter) => (value?: string) => setFilter({ ...filter, [key]: value });
  return (
    <>
      <div class="filters" role="group" aria-label={t('org.filters')}>
        <Select
          label={t('org.city')}
          value={filter.city}
          onChange={set('city')}
          options={choices.cities.map((city) => ({ value: city, label: city }))}
        />
        <Select
          label={t('org.service')}
          value={filter.service}
          onChange={set('service')}
          options={choices.services.map((service) => ({ value: service, label: t(`services.${service}`) }))}
        />
        <Select
          label={t('org.speaks')}
          value={filter.language}
          onChange={set('language')}
          options={choices.languages.map((code) => ({ value: code, label: nativeName(code), lang: code }))}
        />
      </div>
      <p role="status" class="count">
        {t('org.count', { count: shown.length })}
      </p>
      {shown.length ? (
        shown.map((org) => <OrganisationCard org={org} />)
      ) : (
        <button type="button" class="btn" onClick={() => setFilter({})}>
          {t('org.clear')}
        </button>
      )}
    </>
  );
}

/** `service` starts the list filtered to that service; the reader can clear it like any filter. */
export function Organisations({ service }: { service?: string }) {
  const { t, api, lang, country } = usePanel();
  const organisations = useResource(() => api.organisations(lang, country), [lang, country]);
  return (
    <div class="view">
      <ViewHeading>{t('org.heading')}</ViewHeading>
      <Async resource={organisations}>
        {(data) => <Filtered organisations={data.organisations} initial={{ service }} />}
      </Async>
    </div>
  );
}
