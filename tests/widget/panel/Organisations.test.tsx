// Organisations with filters (city, service, languages spoken) and contact links; "Get help now".
import { fireEvent, screen, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Help } from '../../../widget/panel/Help.tsx';
import { Organisations } from '../../../widget/panel/Organisations.tsx';
import { renderInPanel } from '../helpers/panel.tsx';
import { startHuquq, type Running } from '../helpers/servers.ts';

let huquq: Running;
beforeAll(async () => (huquq = await startHuquq()));
afterAll(() => huquq.close());
afterEach(() => document.body.replaceChildren());

const choose = (label: string, value: string) => fireEvent.change(screen.getByRole('combobox', { name: label }), { target: { value } });
const count = () => screen.getByRole('status').textContent;
const names = () => screen.queryAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('Organisations', () => {
  it('filters by city, service and the languages staff speak, and can clear the filters', async () => {
    await renderInPanel(<Organisations />, { apiBase: huquq.apiBase, options: { country: 'TR' } });
    await screen.findByRole('group', { name: 'Filter organisations' });
    const all = names().length;
    expect(count()).toBe(`${all} organisations`);

    choose('Help with', 'legal-aid');
    const legalAid = names().length;
    expect(legalAid).toBeLessThan(all);
    expect(legalAid).toBeGreaterThan(0);

    const speaks = screen.getByRole('combobox', { name: 'Staff speak' }) as HTMLSelectElement;
    // Languages are listed under their own names.
    expect([...speaks.options].map((o) => o.textContent)).toContain('العربية');
    choose('Staff speak', 'ar');
    expect(names().length).toBeLessThanOrEqual(legalAid);

    // Find a service no Urdu-speaking organisation offers: the empty result must offer a way back.
    choose('Staff speak', 'ur');
    const services = [...(screen.getByRole('combobox', { name: 'Help with' }) as HTMLSelectElement).options].map((o) => o.value).filter(Boolean);
    for (const service of services) {
      choose('Help with', service);
      if (!names().length) break;
    }
    expect(count()).toBe('0 organisations');
    fireEvent.click(screen.getByRole('button', { name: 'Show all organisations' }));
    expect(names().length).toBe(all);
  });

  it('opens with a service chosen, such as legal aid from an answer no lawyer has reviewed', async () => {
    await renderInPanel(<Organisations service="legal-aid" />, { apiBase: huquq.apiBase, options: { country: 'TR' } });
    await screen.findByRole('group', { name: 'Filter organisations' });
    expect((screen.getByRole('combobox', { name: 'Help with' }) as HTMLSelectElement).value).toBe('legal-aid');
    const legalAid = names().length;
    expect(legalAid).toBeGreaterThan(0);
    choose('Help with', '');
    expect(names().length).toBeGreaterThan(legalAid);
  });

  it('links phone numbers, e-mail and websites the way a phone opens them', async () => {
    const view = await renderInPanel(<Organisations />, { apiBase: huquq.apiBase, options: { country: 'TR' } });
    await screen.findByRole('group', { name: 'Filter organisations' });
    const hrefs = [...view.container.querySelectorAll<HTMLAnchorElement>('a.contact')].map((a) => a.getAttribute('href')!);
    expect(hrefs.some((h) => /^tel:\+?\d{3,}$/.test(h))).toBe(true);
    expect(hrefs.some((h) => h.startsWith('https://'))).toBe(true);
    for (const link of view.container.querySelectorAll<HTMLAnchorElement>('a.contact[target=_blank]')) expect(link.rel).toBe('noopener noreferrer');
  });

  it('speaks Russian plurals through Intl', async () => {
    await renderInPanel(<Organisations />, { apiBase: huquq.apiBase, lang: 'ru', options: { country: 'TR' } });
    await screen.findByRole('group', { name: 'Фильтр организаций' });
    expect(count()).toMatch(/^\d+ организац(ия|ии|ий)$/);
  });
});

describe('Help ("Get help now")', () => {
  it('puts emergency numbers first as call links, then free legal help', async () => {
    const view = await renderInPanel(<Help />, { apiBase: huquq.apiBase, options: { country: 'TR' } });
    const emergency = await screen.findByRole('region', { name: 'Emergency numbers' });
    const call = await within(emergency).findByRole('link', { name: /112/ });
    expect(call.getAttribute('href')).toBe('tel:112');
    const legal = screen.getByRole('region', { name: 'Free legal help' });
    expect(await within(legal).findAllByRole('article')).not.toHaveLength(0);
    fireEvent.click(within(legal).getByRole('button', { name: 'All organisations' }));
    expect(view.routes).toEqual([{ view: 'organisations' }]);
  });
});
