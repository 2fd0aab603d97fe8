// The home screen: greeting, question box with type-ahead, flows as big buttons, topics, organisations.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Home } from '../../../widget/panel/Home.tsx';
import { renderInPanel } from '../helpers/panel.tsx';
import { startHuquq, type Running } from '../helpers/servers.ts';

let huquq: Running;
beforeAll(async () => (huquq = await startHuquq()));
afterAll(() => huquq.close());
afterEach(() => document.body.replaceChildren());

describe('Home', () => {
  it('greets, and offers the flows (urgent ones first) and the topics', async () => {
    const view = await renderInPanel(<Home />, { apiBase: huquq.apiBase, options: { country: 'TR' } });
    expect(screen.getByRole('heading', { level: 2, name: 'Hello! How can we help?' })).toBeTruthy();
    await waitFor(() => expect(view.container.querySelectorAll('.flow-btn').length).toBeGreaterThanOrEqual(6));
    const urgent = [...view.container.querySelectorAll('.flow-btn')].map((b) => b.classList.contains('urgent'));
    expect(urgent.indexOf(false)).toBeGreaterThan(0);
    expect(urgent.slice(urgent.indexOf(false))).not.toContain(true);
    fireEvent.click(screen.getByRole('button', { name: /I need a doctor/ }));
    expect(view.routes).toEqual([{ view: 'flow', id: 'need-a-doctor' }]);
    const topic = await screen.findByRole('button', { name: /Asylum procedure/ });
    fireEvent.click(topic);
    expect(view.asked).toEqual(['Asylum procedure']);
    fireEvent.click(screen.getByRole('button', { name: 'Find an organisation near you' }));
    expect(view.routes.at(-1)).toEqual({ view: 'organisations' });
  });

  it('shows the partner\'s own greeting', async () => {
    await renderInPanel(<Home />, { apiBase: huquq.apiBase, options: { greeting: 'Welcome to Köprü!' } });
    expect(screen.getByRole('heading', { level: 2, name: 'Welcome to Köprü!' })).toBeTruthy();
  });

  it('suggests answers while the person types, chosen with the keyboard', async () => {
    const view = await renderInPanel(<Home />, { apiBase: huquq.apiBase, lang: 'tr' });
    const box = screen.getByRole('combobox', { name: 'Sorunuz' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    fireEvent.input(box, { target: { value: 'başvuru' } });
    const list = await screen.findByRole('listbox', { name: 'Önerilen yanıtlar' });
    await waitFor(() => expect(box.getAttribute('aria-expanded')).toBe('true'));
    const options = within(list).getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(view.routes).toHaveLength(1);
    expect(view.routes[0]!.view).toBe('entry');
  });

  it('asks the typed question on submit, and Esc closes the suggestions without leaving', async () => {
    const view = await renderInPanel(<Home />, { apiBase: huquq.apiBase });
    const box = screen.getByRole('combobox', { name: 'Your question' });
    fireEvent.input(box, { target: { value: 'work permit' } });
    await screen.findByRole('listbox');
    await waitFor(() => expect(box.getAttribute('aria-expanded')).toBe('true'));
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    fireEvent.submit(box.closest('form')!);
    expect(view.asked).toEqual(['work permit']);
    expect((box as HTMLInputElement).value).toBe('');
  });
});
