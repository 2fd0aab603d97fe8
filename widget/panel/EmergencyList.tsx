// Emergency and helpline numbers as big call buttons: the first thing shown to someone in danger.
import type { Contact } from '../../server/api/contract.ts';
import { dirOf } from '../languages.ts';
import { usePanel } from './context.ts';

export function EmergencyList({ contacts }: { contacts: readonly Contact[] }) {
  const { t } = usePanel();
  return (
    <ul class="emergency">
      {contacts.map((contact) => (
        <li lang={contact.lang} dir={dirOf(contact.lang)}>
          <a class="call" href={`tel:${contact.number.replace(/\s/g, '')}`}>
            <span class="call-number" dir="ltr">
              {contact.number}
            </span>
            <span class="call-name">{contact.name}</span>
          </a>
          <p>{contact.description}</p>
          {contact.hours && <p class="hours">{t('org.hours', { hours: contact.hours })}</p>}
        </li>
      ))}
    </ul>
  );
}
