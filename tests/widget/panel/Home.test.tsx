// The home screen: greeting, question box with type-ahead, flows as big buttons, topics, organisations (on the fake API).
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Home } from '../../../widget/panel/Home.tsx';
import { fakeApi, knowledge } from '../helpers/fake-api.ts';
import { renderInPanel } from '../helpers/panel.tsx';

afterEach(() => document.body.replaceChildren());

describe('Home', () => {
  it('greets, and offers the flows (urgent ones first) and the topics that have entries', async () => {
    const api = fakeApi();
    const view = await renderInPanel(<Home />, { api, options: { country: 'TR' } });
    expect(screen.getByRole('heading', { level: 2, name: 'Hello! How can we help?' })).toBeTruthy();
    await waitFor(() => expect(view.container.querySelectorAll('.flow-btn')).toHaveLength(3));
    // The fake lists a non-urgent flow first; the urgent ones move ahead of it.
    const { doctor, detained, rejected } = knowledge.flows;
    const buttons = [...view.container.querySelectorAll('.flow-btn')];
    expect(buttons.map((b) => b.querySelector('.flow-title')!.textContent)).toEqual([
      doctor.title,
      detained.title,
      rejected.title,
    ]);
    expect(buttons.map((b) => b.classList.contains('urgent'))).toEqual([true, true, false]);
    expect(api.calls.flows).toEqual([['en', 'TR']]);
    fireEvent.click(screen.getByRole('button', { name: new RegExp(doctor.title) }));
    expect(view.routes).toEqual([{ view: 'flow', id: doctor.id }]);
    const topic = await screen.findByRole('button', { name: /Asylum procedure/ });
    expect(screen.queryByRole('button', { name: /Housing/ })).toBeNull();
    fireEvent.click(topic);
    expect(view.asked).toEqual(['Asylum procedure']);
    fireEvent.click(screen.getByRole('button', { name: 'Find an organisation near you' }));
    expect(view.routes.at(-1)).toEqual({ view: 'organisations' });
  });

  it("shows the partner's own greeting", async () => {
    await renderInPanel(<Home />, { options: { greeting: 'Welcome to Köprü!' } });
    expect(screen.getByRole('heading', { level: 2, name: 'Welcome to Köprü!' })).toBeTruthy();
  });

  it('suggests answers while the person types, chosen with the keyboard', async () => {
    const api = fakeApi();
    const view = await renderInPanel(<Home />, { api, lang: 'tr' });
    const box = screen.getByRole('combobox', { name: 'Sorunuz' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    fireEvent.input(box, { target: { value: 'başvuru' } });
    const list = await screen.findByRole('listbox', { name: 'Önerilen yanıtlar' });
    await waitFor(() => expect(box.getAttribute('aria-expanded')).toBe('true'));
    expect(api.calls.suggest.map(([q, lang]) => [q, lang])).toEqual([['başvuru', 'tr']]);
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      knowledge.entries.appeal.title,
      knowledge.entries.workPermit.title,
    ]);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(view.routes).toEqual([{ view: 'entry', id: knowledge.entries.workPermit.id }]);
  });

  it('asks the typed question on submit, and Esc closes the suggestions without leaving', async () => {
    const view = await renderInPanel(<Home />);
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
