// The whole panel behind the real launcher: the conversation and its fallbacks, navigation, language switch and
// right-to-left, focus, the live region, forgetting on close, full-page links, and the error states.
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanPage, embed } from '../helpers/embed.ts';
import { downServer, forwardTo, startFaulty, startHuquq, type Running } from '../helpers/servers.ts';

let huquq: Running;
beforeAll(async () => (huquq = await startHuquq()));
afterAll(() => huquq.close());
afterEach(() => {
  cleanPage();
  history.replaceState(null, '', '/');
});

/** Open the launcher on a page whose widget.js comes from `base`; returns queries scoped to the panel. */
async function openAt(base: string, data: Record<string, string> = {}) {
  const page = embed(base, { lang: 'en', country: 'TR', ...data });
  window.Huquq!.open();
  const root = page.shadow().querySelector<HTMLElement>('.hq')!;
  const panel = await within(root).findByRole('dialog');
  return { page, root, panel, view: within(panel) };
}

const askIn = (view: ReturnType<typeof within>, question: string) => {
  fireEvent.input(view.getByRole('combobox', { name: /question|سؤالك/i }), { target: { value: question } });
  fireEvent.submit(view.getByRole('combobox', { name: /question|سؤالك/i }).closest('form')!);
};

describe('the conversation', () => {
  it('answers, announces the answer, and offers quick replies', async () => {
    const { panel, view } = await openAt(huquq.base);
    askIn(view, 'my application was rejected');
    await view.findByRole('heading', { level: 3, name: /how to appeal/ });
    expect(view.getByText('my application was rejected').closest('.bubble')).not.toBeNull();
    await waitFor(() => expect(panel.querySelector('[aria-live=polite]')!.textContent).toMatch(/^Answer found: .*how to appeal/));
    expect(view.getByRole('button', { name: 'Ask another question' })).toBeTruthy();
    fireEvent.click(view.getByRole('button', { name: 'Talk to someone' }));
    expect(await view.findByRole('heading', { level: 2, name: 'Get help now' })).toBeTruthy();
  });

  it('shows the other answers by title and fetches one in full when it is opened', async () => {
    const asked: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input, init) => {
      asked.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    };
    try {
      const { panel } = await openAt(huquq.base);
      askIn(within(panel), 'my application was rejected');
      await within(panel).findByRole('heading', { level: 3, name: /how to appeal/ });
      const other = panel.querySelector<HTMLDetailsElement>('.others details')!;
      expect(other.querySelector('article')).toBeNull();
      expect(asked.some((url) => url.includes('/entries/'))).toBe(false);
      fireEvent.click(other.querySelector('summary')!);
      const title = other.querySelector('summary')!.textContent!;
      expect(await within(other).findByRole('heading', { level: 3, name: title })).toBeTruthy();
      expect(asked.filter((url) => url.includes('/entries/'))).toHaveLength(1);
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('asks the next question in the context of the previous answer (follow-ups)', async () => {
    const asked: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input, init) => {
      asked.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    };
    try {
      const { view } = await openAt(huquq.base);
      askIn(view, 'my application was rejected');
      await view.findByRole('heading', { level: 3, name: /how to appeal/ });
      askIn(view, 'how many days?');
      await waitFor(() => expect(asked.filter((url) => url.includes('/ask?'))).toHaveLength(2));
      const [first, second] = asked.filter((url) => url.includes('/ask?')).map((url) => new URL(url).searchParams);
      expect(first!.get('context')).toBeNull();
      expect(second!.get('context')).toBe('ip-appeal-regular');
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('shows emergency numbers before anything else for an urgent question', async () => {
    const { view } = await openAt(huquq.base);
    askIn(view, 'I am detained and they will deport me');
    const urgent = await view.findByRole('region', { name: 'If you are in danger, call now:' });
    const firstCard = view.getAllByRole('article')[0]!;
    expect(urgent.compareDocumentPosition(firstCard) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(urgent).getAllByRole('link')[0]!.getAttribute('href')).toMatch(/^tel:/);
  });

  it('never ends in nothing: a rephrasing tip, topics and contacts when there is no answer', async () => {
    const { view } = await openAt(huquq.base);
    askIn(view, 'blorp zzkq wibble');
    expect(await view.findByText("We don't have a sure answer to this question.")).toBeTruthy();
    expect(view.getByText(/Try asking in other words/)).toBeTruthy();
    expect(view.getByText('These people can help you:')).toBeTruthy();
    expect(view.getAllByRole('link').some((a) => a.getAttribute('href')?.startsWith('tel:'))).toBe(true);
    expect(view.getAllByRole('button', { name: 'Get help now' })).toHaveLength(2);
  });

  it('asks "Did you mean…?" when unsure, then rephrasing and contacts after "None of these"', async () => {
    const { view } = await openAt(huquq.base);
    askIn(view, 'insurance problem');
    const choices = await view.findByRole('group', { name: 'Did you mean…?' });
    const options = within(choices).getAllByRole('button');
    expect(options.length).toBeGreaterThanOrEqual(2);
    fireEvent.click(within(choices).getByRole('button', { name: 'None of these' }));
    expect(await view.findByText(/Try asking in other words/)).toBeTruthy();

    askIn(view, 'insurance problem');
    const again = (await view.findAllByRole('group', { name: 'Did you mean…?' }))[0]!;
    const title = within(again).getAllByRole('button')[0]!.textContent!;
    fireEvent.click(within(again).getAllByRole('button')[0]!);
    expect(await view.findByRole('heading', { level: 3, name: title })).toBeTruthy();
  });
});

describe('navigation and language', () => {
  it('keeps "Get help now" on every screen, goes back and home', async () => {
    const { view } = await openAt(huquq.base);
    fireEvent.click(await view.findByRole('button', { name: /I need a doctor/ }));
    await view.findByRole('heading', { level: 2, name: 'I need a doctor' });
    expect(view.getByRole('button', { name: 'Get help now' })).toBeTruthy();
    fireEvent.click(view.getByRole('button', { name: 'Get help now' }));
    await view.findByRole('heading', { level: 2, name: 'Get help now' });
    fireEvent.click(view.getByRole('button', { name: 'Home' }));
    expect(await view.findByRole('heading', { level: 2, name: 'Hello! How can we help?' })).toBeTruthy();
    expect(view.queryByRole('button', { name: 'Back' })).toBeNull();
  });

  it('switches language and direction, and answers new questions in the new language', async () => {
    const { root, view } = await openAt(huquq.base);
    fireEvent.change(view.getByRole('combobox', { name: 'Language' }), { target: { value: 'ar' } });
    expect(await view.findByRole('heading', { level: 2, name: 'مرحبًا! كيف يمكننا مساعدتك؟' })).toBeTruthy();
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(root.getAttribute('lang')).toBe('ar');
    expect(view.getByRole('button', { name: 'خروج سريع' })).toBeTruthy();
    askIn(view, 'my application was rejected');
    const title = await view.findByRole('heading', { level: 3, name: /رُفض طلب الحماية/ });
    expect(title.getAttribute('dir')).toBe('rtl');
  });
});

describe('focus', () => {
  it('stays inside the dialog: Tab wraps at both ends, Esc closes and returns focus', async () => {
    const { page, panel } = await openAt(huquq.base);
    const shadow = page.shadow();
    await within(panel).findAllByRole('button', { name: /I need a doctor/ });
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
    const { page, view } = await openAt(huquq.base);
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
    history.replaceState(null, '', '/?lang=en#/entry/ip-work-permit');
    const page = embed(huquq.base, { mode: 'page', lang: 'en' });
    const root = page.shadow().querySelector<HTMLElement>('.hq')!;
    // The widget is the whole page here, so it alone has <main> (and no region around it).
    const main = await within(root).findByRole('main');
    expect(within(root).queryByRole('region', { name: 'Your rights' })).toBeNull();
    const title = await within(main).findByRole('heading', { level: 3, name: /work permit/i });
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
    expect(alerts[0]!.textContent).toContain('We cannot reach the server. Check your internet connection and try again.');
    expect(within(alerts[0]!).getByRole('button', { name: 'Try again' })).toBeTruthy();
    // "Get help now" is still there to press.
    expect(view.getByRole('button', { name: 'Get help now' })).toBeTruthy();
  });

  it('slow: tells the person the connection is slow, then shows the answer', async () => {
    const forward = forwardTo(huquq);
    const slow = await startFaulty((req, res) => (req.url!.includes('/ask') ? setTimeout(() => void forward(req, res), 3200) : void forward(req, res)));
    const { view } = await openAt(slow.base);
    askIn(view, 'work permit');
    expect(await view.findByText('Still loading… the connection is slow.', {}, { timeout: 3000 })).toBeTruthy();
    expect(await view.findAllByRole('article', {}, { timeout: 4000 })).not.toHaveLength(0);
    await slow.close();
  }, 10_000);

  it('429: asks the person to wait as long as the server says, and the retry works', async () => {
    let asks = 0;
    const forward = forwardTo(huquq);
    const busy = await startFaulty((req, res) => {
      if (req.url!.includes('/ask') && asks++ === 0) return void res.writeHead(429, { 'retry-after': '12' }).end();
      void forward(req, res);
    });
    const { view } = await openAt(busy.base);
    askIn(view, 'work permit');
    const alert = await view.findByRole('alert');
    expect(alert.textContent).toContain('Too many questions in a short time. Please wait 12 seconds and try again.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await view.findAllByRole('article')).not.toHaveLength(0);
    await busy.close();
  });
});
