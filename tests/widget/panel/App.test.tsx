// The whole panel behind the real launcher, on the fake API: the conversation and its fallbacks, navigation,
// language switch and right-to-left, focus, the live region, forgetting on close, full-page links, and the error
// states (server down on a real address where nothing listens).
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Api } from '../../../widget/api.ts';
import { cleanPage, embed } from '../helpers/embed.ts';
import { failure, fakeAnswers, fakeApi, knowledge, questions } from '../helpers/fake-api.ts';
import { APP_BASE } from '../helpers/panel.tsx';
import { downServer } from '../helpers/servers.ts';

afterEach(() => {
  cleanPage();
  history.replaceState(null, '', '/');
});

const { appeal, appealAr, workPermit, detention } = knowledge.entries;

/** Open the launcher on a page whose widget.js comes from `base`, talking to `api` if given (else to `base`). */
async function openAt(base: string, api?: Api) {
  const page = embed(base, { lang: 'en', country: 'TR' }, api);
  window.Huquq!.open();
  const root = page.shadow().querySelector<HTMLElement>('.hq')!;
  const panel = await within(root).findByRole('dialog');
  return { page, root, panel, view: within(panel) };
}

/** Open the launcher with the panel on `api`. */
const open = (api: Api = fakeApi()) => openAt(APP_BASE, api);

const askIn = (view: ReturnType<typeof within>, question: string) => {
  fireEvent.input(view.getByRole('combobox', { name: /question|سؤالك/i }), { target: { value: question } });
  fireEvent.submit(view.getByRole('combobox', { name: /question|سؤالك/i }).closest('form')!);
};

describe('the conversation', () => {
  it('answers, announces the answer, and offers quick replies', async () => {
    const api = fakeApi();
    const { panel, view } = await open(api);
    askIn(view, 'my application was rejected');
    await view.findByRole('heading', { level: 3, name: appeal.title });
    expect(api.calls.ask).toEqual([['my application was rejected', 'en', 'TR', undefined]]);
    expect(view.getByText('my application was rejected').closest('.bubble')).not.toBeNull();
    await waitFor(() =>
      expect(panel.querySelector('[aria-live=polite]')!.textContent).toBe(`Answer found: ${appeal.title}`),
    );
    expect(view.getByRole('button', { name: 'Ask another question' })).toBeTruthy();
    fireEvent.click(view.getByRole('button', { name: 'Talk to someone' }));
    expect(await view.findByRole('heading', { level: 2, name: 'Get help now' })).toBeTruthy();
  });

  it('shows the other answers by title and fetches one in full when it is opened', async () => {
    const api = fakeApi();
    const { panel } = await open(api);
    askIn(within(panel), 'my application was rejected');
    await within(panel).findByRole('heading', { level: 3, name: appeal.title });
    const other = panel.querySelector<HTMLDetailsElement>('.others details')!;
    expect(other.querySelector('summary')!.textContent).toBe(workPermit.title);
    expect(other.querySelector('article')).toBeNull();
    expect(api.calls.entry).toEqual([]);
    fireEvent.click(other.querySelector('summary')!);
    expect(await within(other).findByRole('heading', { level: 3, name: workPermit.title })).toBeTruthy();
    expect(api.calls.entry).toEqual([[workPermit.id, 'en']]);
  });

  it('asks the next question in the context of the previous answer (follow-ups)', async () => {
    const api = fakeApi();
    const { view } = await open(api);
    askIn(view, 'my application was rejected');
    await view.findByRole('heading', { level: 3, name: appeal.title });
    askIn(view, 'how many days?');
    await waitFor(() => expect(api.calls.ask).toHaveLength(2));
    const [first, second] = api.calls.ask;
    expect(first![3]).toBeUndefined();
    expect(second).toEqual(['how many days?', 'en', 'TR', appeal.id]);
  });

  it('shows emergency numbers before anything else for an urgent question', async () => {
    const { view } = await open();
    askIn(view, questions.urgent);
    const urgent = await view.findByRole('region', { name: 'If you are in danger, call now:' });
    const firstCard = view.getAllByRole('article')[0]!;
    expect(within(firstCard).getByRole('heading', { level: 3 }).textContent).toBe(detention.title);
    expect(urgent.compareDocumentPosition(firstCard) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(urgent).getAllByRole('link')[0]!.getAttribute('href')).toBe(`tel:${knowledge.emergency[0]!.number}`);
  });

  it('never ends in nothing: a rephrasing tip, topics and contacts when there is no answer', async () => {
    const { view } = await open();
    askIn(view, questions.unknown);
    expect(await view.findByText("We don't have a sure answer to this question.")).toBeTruthy();
    expect(view.getByText(/Try asking in other words/)).toBeTruthy();
    expect(view.getByRole('list', { name: 'Browse by topic' }).textContent).toContain('Asylum procedure');
    expect(view.getByText('These people can help you:')).toBeTruthy();
    expect(view.getByText(knowledge.organisations.legalAid.name)).toBeTruthy();
    expect(view.getAllByRole('link').some((a) => a.getAttribute('href')?.startsWith('tel:'))).toBe(true);
    expect(view.getAllByRole('button', { name: 'Get help now' })).toHaveLength(2);
  });

  it('says so when the question is about an everyday topic Huquq does not cover, and still offers topics', async () => {
    const { view } = await open();
    askIn(view, questions.notCovered);
    expect(await view.findByText(/We only answer questions about rights, duties and legal procedures/)).toBeTruthy();
    expect(view.queryByText("We don't have a sure answer to this question.")).toBeNull();
    expect(view.getByRole('list', { name: 'Browse by topic' }).textContent).toContain('Asylum procedure');
  });

  it('asks "Did you mean…?" when unsure, then rephrasing and contacts after "None of these"', async () => {
    const { view } = await open();
    askIn(view, questions.unsure);
    const choices = await view.findByRole('group', { name: 'Did you mean…?' });
    expect(
      within(choices)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([appeal.title, workPermit.title, 'None of these']);
    fireEvent.click(within(choices).getByRole('button', { name: 'None of these' }));
    expect(await view.findByText(/Try asking in other words/)).toBeTruthy();

    askIn(view, questions.unsure);
    const again = (await view.findAllByRole('group', { name: 'Did you mean…?' }))[0]!;
    fireEvent.click(within(again).getByRole('button', { name: appeal.title }));
    expect(await view.findByRole('heading', { level: 3, name: appeal.title })).toBeTruthy();
  });
});

describe('navigation and language', () => {
  it('keeps "Get help now" on every screen, goes back and home', async () => {
    const { view } = await open();
    fireEvent.click(await view.findByRole('button', { name: new RegExp(knowledge.flows.doctor.title) }));
    await view.findByRole('heading', { level: 2, name: knowledge.flows.doctor.title });
    expect(view.getByRole('button', { name: 'Get help now' })).toBeTruthy();
    fireEvent.click(view.getByRole('button', { name: 'Get help now' }));
    await view.findByRole('heading', { level: 2, name: 'Get help now' });
    fireEvent.click(view.getByRole('button', { name: 'Home' }));
    expect(await view.findByRole('heading', { level: 2, name: 'Hello! How can we help?' })).toBeTruthy();
    expect(view.queryByRole('button', { name: 'Back' })).toBeNull();
  });

  it('switches language and direction, and answers new questions in the new language', async () => {
    const api = fakeApi();
    const { root, view } = await open(api);
    fireEvent.change(view.getByRole('combobox', { name: 'Language' }), { target: { value: 'ar' } });
    expect(await view.findByRole('heading', { level: 2, name: 'مرحبًا! كيف يمكننا مساعدتك؟' })).toBeTruthy();
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(root.getAttribute('lang')).toBe('ar');
    expect(view.getByRole('button', { name: 'خروج سريع' })).toBeTruthy();
    askIn(view, 'my application was rejected');
    const title = await view.findByRole('heading', { level: 3, name: appealAr.title });
    expect(title.getAttribute('dir')).toBe('rtl');
    expect(api.calls.ask.at(-1)![1]).toBe('ar');
  });
});

describe('focus', () => {
  it('stays inside the dialog: Tab wraps at both ends, Esc closes and returns focus', async () => {
    const { page, panel } = await open();
    const shadow = page.shadow();
    await within(panel).findAllByRole('button', { name: new RegExp(knowledge.flows.doctor.title) });
    const buttons = [...panel.querySelectorAll<HTMLElement>('button, select, input, a[href]')];
    buttons.at(-1)!.focus();
    fireEvent.keyDown(shadow.activeElement!, { key: 'Tab' });
    expect(shadow.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(shadow.activeElement!, { key: 'Tab', shiftKey: true });
    expect(shadow.activeElement).toBe(buttons.at(-1));
    fireEvent.keyDown(shadow.activeElement!, { key: 'Escape' });
    await waitFor(() => expect(shadow.querySelector('[role=dialog]')).toBeNull());
    expect(shadow.activeElement).toBe(shadow.querySelector('button.launch'));
  });

  it('forgets the conversation when the panel closes', async () => {
    const { page, view } = await open();
    askIn(view, 'work permit');
    await view.findAllByRole('article');
    window.Huquq!.close();
    window.Huquq!.open();
    const panel = await within(page.shadow().querySelector<HTMLElement>('.hq')!).findByRole('dialog');
    expect(within(panel).getByRole('heading', { level: 2, name: 'Hello! How can we help?' })).toBeTruthy();
    expect(panel.textContent).not.toContain('work permit');
  });
});

describe('full-page mode', () => {
  it('opens the answer a shared link names, and keeps the address in step', async () => {
    history.replaceState(null, '', `/?lang=en#/entry/${workPermit.id}`);
    const page = embed(APP_BASE, { mode: 'page', lang: 'en' }, fakeApi());
    const root = page.shadow().querySelector<HTMLElement>('.hq')!;
    // The widget is the whole page here, so it alone has <main> (and no region around it).
    const main = await within(root).findByRole('main');
    expect(within(root).queryByRole('region', { name: 'Your rights' })).toBeNull();
    const title = await within(main).findByRole('heading', { level: 3, name: workPermit.title });
    expect(title.closest('article')!.querySelector('details')!.open).toBe(true);
    expect(within(root).queryByRole('button', { name: 'Close' })).toBeNull();
    fireEvent.click(within(root).getByRole('button', { name: 'Get help now' }));
    await waitFor(() => expect(location.hash).toBe('#/help'));
  });
});

describe('error states', () => {
  it('server down: says so plainly and retries', async () => {
    const { view } = await openAt((await downServer()).replace(/api\/v1\/$/, ''));
    const alerts = await view.findAllByRole('alert');
    expect(alerts[0]!.textContent).toContain(
      'We cannot reach the server. Check your internet connection and try again.',
    );
    expect(within(alerts[0]!).getByRole('button', { name: 'Try again' })).toBeTruthy();
    // "Get help now" is still there to press.
    expect(view.getByRole('button', { name: 'Get help now' })).toBeTruthy();
  });

  it('slow: tells the person the connection is slow, then shows the answer', async () => {
    const ask: Api['ask'] = (...args) =>
      new Promise((resolve) => setTimeout(() => resolve(fakeAnswers.ask(...args)), 3200));
    const { view } = await open(fakeApi({ ask }));
    askIn(view, 'work permit');
    expect(await view.findByText('Still loading… the connection is slow.', {}, { timeout: 3000 })).toBeTruthy();
    expect(await view.findByRole('heading', { level: 3, name: appeal.title }, { timeout: 4000 })).toBeTruthy();
  }, 10_000);

  it('429: asks the person to wait as long as the server says, and the retry works', async () => {
    let asks = 0;
    const ask: Api['ask'] = async (...args) => (asks++ === 0 ? failure('rate-limited', 12) : fakeAnswers.ask(...args));
    const { view } = await open(fakeApi({ ask }));
    askIn(view, 'work permit');
    const alert = await view.findByRole('alert');
    expect(alert.textContent).toContain('Too many questions in a short time. Please wait 12 seconds and try again.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await view.findByRole('heading', { level: 3, name: appeal.title })).toBeTruthy();
  });
});
