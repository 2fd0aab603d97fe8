// Turns an organisation's contact into the link a phone opens: call, e-mail, WhatsApp, map or website.
import type { ApiOrganisation } from '../../server/api/contract.ts';

export type OrgContact = ApiOrganisation['contacts'][number];

/** Digits (and a leading +) of a phone number written with spaces, dashes or brackets. */
const dialable = (value: string) => value.replace(/(?!^\+)[^\d]/g, '');

/** The href for a contact, or undefined when it cannot be a link. */
export function contactHref(contact: OrgContact): string | undefined {
  switch (contact.type) {
    case 'phone':
      return `tel:${dialable(contact.value)}`;
    case 'email':
      return `mailto:${contact.value}`;
    case 'whatsapp':
      return `https://wa.me/${dialable(contact.value).replace('+', '')}`;
    case 'website':
      return /^https?:\/\//.test(contact.value) ? contact.value : undefined;
    case 'address':
      // A link only: the map site is visited if the person taps it, never loaded by the widget.
      return `https://www.openstreetmap.org/search?query=${encodeURIComponent(contact.value)}`;
  }
}
