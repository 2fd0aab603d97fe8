// A guided flow walked to its end, with back and restart, in English and Arabic (on the fake API's flows).
import { fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FlowView } from '../../../widget/panel/FlowView.tsx';
import { knowledge } from '../helpers/fake-api.ts';
import { renderInPanel } from '../helpers/panel.tsx';

afterEach(() => document.body.replaceChildren());

const { doctor, doctorAr } = knowledge.flows;
const question = () => screen.getByRole('group').querySelector('h3')!.textContent;
const questionAt = (flow: typeof doctor, node: string) => {
  const step = flow.nodes[node]!;
  if (step.kind !== 'question') throw new Error(`${node} is not a question`);
  return step;
};

describe('FlowView', () => {
  it('asks one question at a time, goes back and restarts, and ends in answers', async () => {
    const view = await renderInPanel(<FlowView id={doctor.id} />);
    await screen.findByRole('heading', { level: 2, name: doctor.title });
    expect(screen.getByText('Question 1')).toBeTruthy();
    expect(question()).toBe(questionAt(doctor, doctor.start).question);
    expect(screen.queryByRole('button', { name: 'Start again' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'No' }));
    expect(screen.getByText('Question 2')).toBeTruthy();
    expect(question()).toBe(questionAt(doctor, 'registered').question);
    fireEvent.click(screen.getByRole('button', { name: /Previous question/ }));
    expect(question()).toBe(questionAt(doctor, doctor.start).question);

    fireEvent.click(screen.getByRole('button', { name: 'No' }));
    expect(question()).toBe(questionAt(doctor, 'registered').question);
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'What you can do' })).toBeTruthy();
    // The end node's text, its entry in full and its organisation.
    expect(screen.getByText('Go to a health centre.')).toBeTruthy();
    expect(await screen.findByRole('article', { name: knowledge.entries.workPermit.title })).toBeTruthy();
    expect(screen.getByText(knowledge.organisations.clinic.name)).toBeTruthy();
    const steps = view.events.filter(([event]) => event === 'flow-step').map(([, detail]) => detail);
    expect(steps.at(-1)).toMatchObject({ flow: doctor.id, node: 'clinic', end: true });

    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(question()).toBe(questionAt(doctor, doctor.start).question);
  });

  it("speaks the reader's language", async () => {
    await renderInPanel(<FlowView id={doctor.id} />, { lang: 'ar' });
    await screen.findByRole('heading', { level: 2, name: doctorAr.title });
    expect(screen.getByText('السؤال 1')).toBeTruthy();
    expect(question()).toBe(questionAt(doctorAr, doctor.start).question);
    expect(within(screen.getByRole('group')).getByRole('button', { name: 'نعم' })).toBeTruthy();
  });

  it('explains an unknown flow instead of showing nothing', async () => {
    await renderInPanel(<FlowView id="no-such-flow" />);
    expect((await screen.findByRole('alert')).textContent).toBe('This information is no longer available.');
  });
});
