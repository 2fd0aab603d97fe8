// Organisations and emergency contacts in the reader's language.
import type { EmergencyContact, Organisation } from '../../knowledge/schema.ts';
import type { Snapshot } from '../../knowledge/snapshot.ts';
import type { Contact, ApiOrganisation } from '../contract.ts';
import { pickText, translationOf, type Reader } from './reader.ts';

export function presentOrganisation(org: Organisation, reader: Reader): ApiOrganisation {
  const description = pickText(org.description, reader);
  return {
    id: org.id,
    name: pickText(org.name, reader).value,
    description: description.value,
    lang: description.lang,
    translation: translationOf(reader, description.lang),
    services: [...org.services],
    countries: [...org.countries],
    cities: [...org.cities],
    languages: [...org.languages],
    contacts: org.contacts.map((contact) => ({
      type: contact.type,
      value: contact.value,
      ...(contact.label && { label: pickText(contact.label, reader).value }),
      ...(contact.hours && { hours: pickText(contact.hours, reader).value }),
    })),
    sources: org.sources.map(({ title, url }) => ({ title, url })),
    reviewedAt: org.reviewedAt,
  };
}

/** Organisations by id, skipping ids the snapshot does not have (the checker reports those to content staff). */
export function presentOrganisations(kb: Snapshot, ids: readonly string[], reader: Reader): ApiOrganisation[] {
  return ids.flatMap((id) => {
    const org = kb.organisations.get(id);
    return org ? [presentOrganisation(org, reader)] : [];
  });
}

function presentContact(contact: EmergencyContact, reader: Reader): Contact {
  const description = pickText(contact.description, reader);
  return {
    id: contact.id,
    country: contact.country,
    number: contact.number,
    name: pickText(contact.name, reader).value,
    description: description.value,
    ...(contact.hours && { hours: pickText(contact.hours, reader).value }),
    lang: description.lang,
    sources: contact.sources.map(({ title, url }) => ({ title, url })),
  };
}

/** Emergency numbers for one country, or for every country when none is given (better too many than none). */
export function emergencyContacts(kb: Snapshot, country: string | undefined, reader: Reader): Contact[] {
  return kb.emergency
    .filter((c) => country === undefined || c.country === country)
    .map((c) => presentContact(c, reader));
}
