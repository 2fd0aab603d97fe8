// One organisation: who they are, where, which languages their staff speak, and how to reach them.
import type { ApiOrganisation } from '../../server/api/contract.ts';
import { dirOf } from '../languages.ts';
import { contactHref, type OrgContact } from './contact-links.ts';
import { usePanel } from './context.ts';
import { nativeName } from './language-names.ts';

const CONTACT_KEY: Record<OrgContact['type'], string> = {
  phone: 'org.call',
  whatsapp: 'org.whatsapp',
  email: 'org.email',
  website: 'org.website',
  address: 'org.map',
};

function ContactLink({ contact }: { contact: OrgContact }) {
  const { t } = usePanel();
  const href = contactHref(contact);
  // Numbers, addresses and e-mail addresses are left-to-right even inside Arabic text.
  const value = <bdi dir="ltr">{contact.value}</bdi>;
  const external = contact.type === 'website' || contact.type === 'whatsapp' || contact.type === 'address';
  return (
    <li>
      {href ? (
        <a class="contact" href={href} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
          <span class="contact-kind">{contact.label ?? t(CONTACT_KEY[contact.type])}</span>
          {value}
        </a>
      ) : (
        value
      )}
      {contact.hours && <span class="hours">{t('org.hours', { hours: contact.hours })}</span>}
    </li>
  );
}

/** `compact` (inside an answer) shows the name and the ways to reach them only. */
export function OrganisationCard({ org, compact = false }: { org: ApiOrganisation; compact?: boolean }) {
  const { t } = usePanel();
  const Heading = compact ? 'h5' : 'h3';
  return (
    <article class={compact ? 'org compact' : 'org'}>
      <Heading class="org-name" lang={org.lang} dir={dirOf(org.lang)}>
        {org.name}
      </Heading>
      {!compact && (
        <>
          <p lang={org.lang} dir={dirOf(org.lang)}>
            {org.description}
          </p>
          <ul class="chips" aria-label={t('org.services')}>
            {org.services.map((service) => (
              <li>{t(`services.${service}`)}</li>
            ))}
          </ul>
          <p class="meta">
            {t('org.where')}: {org.cities.length ? org.cities.join(', ') : t('org.nationwide')}
          </p>
          {org.languages.length > 0 && (
            <p class="meta">
              {t('org.speaks')}:{' '}
              {org.languages.map((code, i) => (
                <>
                  {i > 0 && ', '}
                  <bdi lang={code}>{nativeName(code)}</bdi>
                </>
              ))}
            </p>
          )}
        </>
      )}
      {org.contacts.length > 0 && (
        <ul class="contacts">
          {org.contacts.map((contact) => (
            <ContactLink contact={contact} />
          ))}
        </ul>
      )}
    </article>
  );
}

/** "Who can help" with the organisations, under an answer or at the end of a flow. */
export function WhoCanHelp({ orgs, compact = false }: { orgs: readonly ApiOrganisation[]; compact?: boolean }) {
  const { t } = usePanel();
  if (!orgs.length) return null;
  return (
    <section class="card-orgs">
      <h4>{t('answer.whoCanHelp')}</h4>
      {orgs.map((org) => (
        <OrganisationCard org={org} compact={compact} />
      ))}
    </section>
  );
}
