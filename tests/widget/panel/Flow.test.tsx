// A guided flow walked to its end, with back and restart, in English and Arabic.
import { fireEvent, screen, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FlowView } from '../../../widget/panel/FlowView.tsx';
import { renderInPanel } from '../helpers/panel.tsx';
import { startHuquq, type Running } from '../helpers/servers.ts';

let huquq: Running;
beforeAll(async () => (huquq = await startHuquq()));
afterAll(() => huquq.close());
afterEach(() => document.body.replaceChildren());

const question = () => screen.getByRole('group').querySelector('h3')!.textContent;

describe('FlowView', () => {
  it('asks one question at a time, goes back and restarts, and ends in answers', async () => {
    const view = await renderInPanel(<FlowView id="need-a-doctor" />, { apiBase: huquq.apiBase });
    await screen.findByRole('heading', { level: 2, name: 'I need a doctor' });
    expect(screen.getByText('Question 1')).toBeTruthy();
    expect(question()).toBe("Is someone's life in danger right now?");
    expect(screen.queryByRole('button', { name: 'Start again' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'No' }));
    expect(screen.getByText('Question 2')).toBeTruthy();
    const second = question();
    fireEvent.click(screen.getByRole('button', { name: /Previous question/ }));
    expect(question()).toBe("Is someone's life in danger right now?");

    fireEvent.click(screen.getByRole('button', { name: 'No' }));
    expect(question()).toBe(second);
    // Always take the first option until the flow ends.
    for (let step = 0; step < 10 && screen.queryByRole('group'); step++) {
      fireEvent.click(within(screen.getByRole('group')).getAllByRole('button')[0]!);
    }
    expect(await screen.findByRole('heading', { level: 3, name: 'What you can do' })).toBeTruthy();
    expect(await screen.findAllByRole('article')).not.toHaveLength(0);
    const steps = view.events.filter(([event]) => event === 'flow-step').map(([, detail]) => detail as { end: boolean });
    expect(steps.at(-1)).toMatchObject({ flow: 'need-a-doctor', end: true });

    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(question()).toBe("Is someone's life in danger right now?");
  });

  it('speaks the reader\'s language', async () => {
    await renderInPanel(<FlowView id="need-a-doctor" />, { apiBase: huquq.apiBase, lang: 'ar' });
    await screen.findByRole('heading', { level: 2, name: 'أحتاج إلى طبيب' });
    expect(screen.getByText('السؤال 1')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'نعم، وأنا في تركيا' })).toBeTruthy();
  });

  it('explains an unknown flow instead of showing nothing', async () => {
    await renderInPanel(<FlowView id="no-such-flow" />, { apiBase: huquq.apiBase });
    expect((await screen.findByRole('alert')).textContent).toBe('This information is no longer available.');
  });
});
