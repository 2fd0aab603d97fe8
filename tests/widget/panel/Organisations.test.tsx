// Organisations with filters (city, service, languages spoken) and contact links; "Get help now" (on the fake API).
import { fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Help } from '../../../widget/panel/Help.tsx';
import { Organisations } from '../../../widget/panel/Organisations.tsx';
import { knowledge } from '../helpers/fake-api.ts';
import { renderInPanel } from '../helpers/panel.tsx';

afterEach(() => document.body.replaceChildren());

const { legalAid, clinic } = knowledge.organisations;
const choose = (label: string, value: string) =>
  fireEvent.change(screen.getByRole('combobox', { name: label }), { target: { value } });
const count = () => screen.getByRole('status').textContent;
const names = () => screen.queryAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('Organisations', () => {
  it('filters by city, service and the languages staff speak, and can clear the filters', async () => {
    await renderInPanel(<Organisations />, { options: { country: 'TR' } });
    await screen.findByRole('group', { name: 'Filter organisations' });
    expect(names()).toEqual([legalAid.name, clinic.name]);
    expect(count()).toBe('2 organisations');

    // The legal-aid office works nationwide, so it is in every city.
    choose('City', 'İstanbul');
    expect(names()).toEqual([legalAid.name, clinic.name]);
    choose('City', '');

    choose('Help with', 'legal-aid');
    expect(names()).toEqual([legalAid.name]);

    const speaks = screen.getByRole('combobox', { name: 'Staff speak' }) as HTMLSelectElement;
    // Languages are listed under their own names.
    expect([...speaks.options].map((o) => o.textContent)).toContain('العربية');
    choose('Staff speak', 'ar');
    expect(names()).toEqual([legalAid.name]);

    // Nobody at the legal-aid office speaks Urdu: the empty result must offer a way back.
    choose('Staff speak', 'ur');
    expect(count()).toBe('0 organisations');
    fireEvent.click(screen.getByRole('button', { name: 'Show all organisations' }));
    expect(names()).toEqual([legalAid.name, clinic.name]);
  });

  it('opens with a service chosen, such as legal aid from an answer no lawyer has reviewed', async () => {
    await renderInPanel(<Organisations service="legal-aid" />, { options: { country: 'TR' } });
    await screen.findByRole('group', { name: 'Filter organisations' });
    expect((screen.getByRole('combobox', { name: 'Help with' }) as HTMLSelectElement).value).toBe('legal-aid');
    expect(names()).toEqual([legalAid.name]);
    choose('Help with', '');
    expect(names()).toEqual([legalAid.name, clinic.name]);
  });

  it('links phone numbers, e-mail and websites the way a phone opens them', async () => {
    const view = await renderInPanel(<Organisations />, { options: { country: 'TR' } });
    await screen.findByRole('group', { name: 'Filter organisations' });
    const hrefs = [...view.container.querySelectorAll<HTMLAnchorElement>('a.contact')].map(
      (a) => a.getAttribute('href')!,
    );
    expect(hrefs).toEqual(
      expect.arrayContaining([
        'tel:+902125550100',
        'mailto:help@legal-aid.example',
        'https://legal-aid.example/',
        'tel:02125550200',
        'https://wa.me/905550200200',
      ]),
    );
    for (const link of view.container.querySelectorAll<HTMLAnchorElement>('a.contact[target=_blank]'))
      expect(link.rel).toBe('noopener noreferrer');
  });

  it('speaks Russian plurals through Intl', async () => {
    await renderInPanel(<Organisations />, { lang: 'ru', options: { country: 'TR' } });
    await screen.findByRole('group', { name: 'Фильтр организаций' });
    expect(count()).toBe('2 организации');
    choose('Вид помощи', 'legal-aid');
    expect(count()).toBe('1 организация');
  });
});

describe('Help ("Get help now")', () => {
  it('puts emergency numbers first as call links, then free legal help', async () => {
    const view = await renderInPanel(<Help />, { options: { country: 'TR' } });
    const emergency = await screen.findByRole('region', { name: 'Emergency numbers' });
    const call = await within(emergency).findByRole('link', { name: /112/ });
    expect(call.getAttribute('href')).toBe('tel:112');
    const legal = screen.getByRole('region', { name: 'Free legal help' });
    // Only the organisations offering legal aid.
    const cards = await within(legal).findAllByRole('article');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([legalAid.name]);
    fireEvent.click(within(legal).getByRole('button', { name: 'All organisations' }));
    expect(view.routes).toEqual([{ view: 'organisations' }]);
  });
});
