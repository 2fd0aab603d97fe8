// The embed: one host element with a shadow root per instance, options, the window.Huquq API, language choice,
// focus, storage hygiene and quick exit — with the real panel and the real server.
import { fireEvent, within, waitFor } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanPage, embed } from './helpers/embed.ts';
import { startHuquq, type Running } from './helpers/servers.ts';

let huquq: Running;
beforeAll(async () => (huquq = await startHuquq()));
afterAll(() => huquq.close());
afterEach(cleanPage);

const launcher = (shadow: ShadowRoot) => shadow.querySelector<HTMLButtonElement>('button.launch')!;
const dialog = (shadow: ShadowRoot) => within(shadow.querySelector<HTMLElement>('.hq')!).findByRole('dialog');

describe('embedding', () => {
  it("creates one <huquq-widget> with an open shadow root, a nonce'd style and a launcher in the page language", () => {
    document.documentElement.lang = 'tr';
    const before = new Set(Object.keys(window));
    const page = embed(huquq.base, { nonce: 'n0nce' });
    expect(page.hosts()).toHaveLength(1);
    const shadow = page.shadow();
    expect(shadow.mode).toBe('open');
    expect(shadow.querySelector('style')!.nonce).toBe('n0nce');
    expect(launcher(shadow).textContent).toBe('Haklarınız');
    expect(launcher(shadow).getAttribute('aria-expanded')).toBe('false');
    expect(shadow.querySelector('.hq')!.getAttribute('dir')).toBe('ltr');
    // The only global is window.Huquq.
    expect(Object.keys(window).filter((key) => !before.has(key))).toEqual(['Huquq']);
    expect(Object.keys(window.Huquq!).sort()).toEqual([
      'ask',
      'close',
      'destroy',
      'on',
      'open',
      'setLanguage',
      'toggle',
    ]);
  });

  it('reads options from the JSON block, lets data-* attributes win, and warns about bad ones without breaking', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.head.innerHTML =
      '<script type="application/json" data-huquq-config>{"lang":"fa","accent":"#123456","position":"middle"}</script>';
    const page = embed(huquq.base, { lang: 'ru' });
    const shadow = page.shadow();
    expect(shadow.querySelector('.hq')!.getAttribute('lang')).toBe('ru');
    expect(shadow.querySelector('style')!.textContent).toContain('--hq-accent:#123456');
    expect(warn).toHaveBeenCalledWith(
      '[huquq] option "position": expected bottom-right or bottom-left, found "middle"; using the default.',
    );
    warn.mockRestore();
  });

  it('puts an inline widget in every element the target matches, each with its own shadow root', async () => {
    document.body.innerHTML = '<section class="faq"></section><section class="faq"></section>';
    const page = embed(huquq.base, { mode: 'inline', target: '.faq', lang: 'en' });
    expect(page.hosts()).toHaveLength(2);
    for (const section of document.querySelectorAll('.faq'))
      expect(section.querySelector('huquq-widget')).not.toBeNull();
    for (const index of [0, 1]) {
      const region = await within(page.shadow(index).querySelector<HTMLElement>('.hq')!).findByRole('region', {
        name: 'Your rights',
      });
      expect(region).toBeTruthy();
    }
    expect(page.shadow(0).querySelector('button.launch')).toBeNull();
  });

  it('falls back to the launcher when the target matches nothing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const page = embed(huquq.base, { mode: 'inline', target: '#missing' });
    expect(launcher(page.shadow())).not.toBeNull();
    expect(warn.mock.calls[0]![0]).toMatch(/nothing on the page matches "#missing"/);
    warn.mockRestore();
  });
});

describe('window.Huquq', () => {
  it('opens a labelled dialog with focus inside, closes it, returns focus and reports both', async () => {
    const page = embed(huquq.base, { lang: 'en' });
    const shadow = page.shadow();
    const events: string[] = [];
    window.Huquq!.on('open', () => events.push('open'));
    window.Huquq!.on('close', () => events.push('close'));
    window.Huquq!.open();
    const panel = await dialog(shadow);
    expect(panel.getAttribute('aria-modal')).toBe('true');
    expect(panel.getAttribute('aria-labelledby')).toBe('hq-title');
    await waitFor(() => expect(events).toEqual(['open']));
    expect(panel.contains(shadow.activeElement)).toBe(true);
    expect(launcher(shadow).getAttribute('aria-expanded')).toBe('true');
    window.Huquq!.close();
    expect(events).toEqual(['open', 'close']);
    await waitFor(() => expect(shadow.querySelector('[role=dialog]')).toBeNull());
    expect(shadow.activeElement).toBe(launcher(shadow));
  });

  it('ask(text) opens the panel and shows the answer, reporting the entries but not the question', async () => {
    const page = embed(huquq.base, { lang: 'en', country: 'TR' });
    const answers: Record<string, unknown>[] = [];
    window.Huquq!.on('answer', (detail) => answers.push(detail));
    window.Huquq!.ask('my application was rejected, how do I appeal?');
    const panel = await dialog(page.shadow());
    await within(panel).findByRole('heading', { name: /how to appeal/ }, { timeout: 5000 });
    expect(answers[0]).toMatchObject({ urgent: false, lang: 'en' });
    expect(answers[0]!.entries).toContain('ip-appeal-regular');
    expect(JSON.stringify(answers)).not.toContain('rejected, how');
  });

  it('setLanguage switches every instance to right-to-left without remembering it', async () => {
    const page = embed(huquq.base, { lang: 'en' });
    const heard: unknown[] = [];
    window.Huquq!.on('language', (d) => heard.push(d));
    window.Huquq!.setLanguage('ar');
    const root = page.shadow().querySelector('.hq')!;
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(root.getAttribute('lang')).toBe('ar');
    expect(launcher(page.shadow()).textContent).toBe('حقوقك');
    expect(heard).toEqual([{ lang: 'ar' }]);
    expect(localStorage.length).toBe(0);
    expect(document.documentElement.getAttribute('dir')).toBeNull();
  });
});

describe('language and storage', () => {
  it('picks data-lang, then the page, then the browser, then English', () => {
    const lang = (data: Record<string, string>, htmlLang = '') => {
      cleanPage();
      document.documentElement.lang = htmlLang;
      return embed(huquq.base, data).shadow().querySelector('.hq')!.getAttribute('lang');
    };
    expect(lang({ lang: 'so' }, 'tr')).toBe('so');
    expect(lang({ lang: 'auto' }, 'uk-UA')).toBe('uk');
    const languages = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE', 'fa-IR']);
    expect(lang({}, 'de')).toBe('fa');
    languages.mockReturnValue(['de-DE']);
    expect(lang({}, '')).toBe('en');
    languages.mockRestore();
  });

  it('stores nothing until the person chooses a language, then remembers only that choice', async () => {
    const page = embed(huquq.base, { lang: 'en' });
    window.Huquq!.open();
    const panel = await dialog(page.shadow());
    expect(localStorage.length).toBe(0);
    const picker = within(panel).getByRole('combobox', { name: 'Language' }) as HTMLSelectElement;
    picker.value = 'fa';
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await within(panel).findByRole('heading', { name: 'سلام! چطور می‌توانیم کمکتان کنیم؟' });
    expect({ ...localStorage }).toEqual({ 'huquq.lang': 'fa' });
    expect(page.shadow().querySelector('.hq')!.getAttribute('dir')).toBe('rtl');
    // The choice wins over the partner's data-lang on the next visit.
    cleanPage();
    localStorage.setItem('huquq.lang', 'fa');
    expect(embed(huquq.base, { lang: 'en' }).shadow().querySelector('.hq')!.getAttribute('lang')).toBe('fa');
  });
});

describe('quick exit', () => {
  it('Esc twice leaves for the safe URL, clears storage and removes the conversation', async () => {
    localStorage.setItem('huquq.lang', 'tr');
    const page = embed(huquq.base, { safeUrl: 'https://example.org/weather' });
    window.Huquq!.open();
    await dialog(page.shadow());
    for (const _ of [1, 2]) document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(page.exits).toEqual(['https://example.org/weather']);
    expect(localStorage.length).toBe(0);
    expect(page.shadow().querySelector<HTMLElement>('.hq')!.hidden).toBe(true);
  });

  it('the Quick exit button does the same, with the neutral default', async () => {
    const page = embed(huquq.base, { lang: 'en' });
    window.Huquq!.open();
    within(await dialog(page.shadow()))
      .getByRole('button', { name: 'Quick exit' })
      .click();
    expect(page.exits).toEqual(['https://www.google.com/']);
  });

  it('keys do nothing before the person has opened the widget (the page keeps its own keys)', () => {
    const page = embed(huquq.base);
    for (const _ of [1, 2]) document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(page.exits).toEqual([]);
  });
});

describe('lifecycle on single-page sites', () => {
  const escTwice = () => {
    for (const _ of [1, 2]) document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  };

  it('running the embed twice gives one launcher and one inline widget per target, not two', () => {
    document.body.innerHTML = '<section class="faq"></section>';
    embed(huquq.base, { lang: 'en' });
    embed(huquq.base, { lang: 'en' });
    embed(huquq.base, { mode: 'inline', target: '.faq', lang: 'en' });
    const page = embed(huquq.base, { mode: 'inline', target: '.faq', lang: 'en' });
    expect(page.hosts().map((host) => host.getAttribute('mode'))).toEqual(['inline', 'launcher']);
  });

  it('Huquq.destroy() removes every widget, the keydown listener, our stored keys and the API', async () => {
    localStorage.setItem('partner.key', 'theirs');
    const page = embed(huquq.base, { lang: 'en' });
    window.Huquq!.open();
    await dialog(page.shadow());
    localStorage.setItem('huquq.lang', 'ar');
    window.Huquq!.destroy();
    expect(page.hosts()).toEqual([]);
    expect(window.Huquq).toBeUndefined();
    expect(localStorage.getItem('huquq.lang')).toBeNull();
    expect(localStorage.getItem('partner.key')).toBe('theirs');
    // The quick-exit keys were the document listener; after destroy they no longer leave the page.
    escTwice();
    expect(page.exits).toEqual([]);
    // And the embed can start again from scratch.
    expect(embed(huquq.base, { lang: 'en' }).hosts()).toHaveLength(1);
  });
});

describe('country, when the partner sets none', () => {
  it('asks once beside the language, remembers the choice, sends it with every call, and lets the header change it', async () => {
    const fetched = vi.spyOn(globalThis, 'fetch');
    const page = embed(huquq.base, { lang: 'fr' });
    window.Huquq!.open();
    const panel = await dialog(page.shadow());
    const question = await within(panel).findByRole('group', { name: 'Dans quel pays êtes-vous ?' });
    fireEvent.click(within(question).getByRole('button', { name: 'Azerbaïdjan' }));
    await waitFor(() => expect(within(panel).queryByRole('group', { name: 'Dans quel pays êtes-vous ?' })).toBeNull());
    expect(localStorage.getItem('huquq.country')).toBe('AZ');
    const picker = within(panel).getByRole('combobox', { name: 'Pays' }) as HTMLSelectElement;
    expect(picker.value).toBe('AZ');
    window.Huquq!.ask('statut de réfugié');
    await waitFor(() =>
      expect(
        fetched.mock.calls.some(([url]) => String(url).includes('/ask?') && String(url).includes('country=AZ')),
      ).toBe(true),
    );
    const after = fetched.mock.calls
      .map(([url]) => String(url))
      .filter((url) => /\/(ask|flows|categories|organisations|emergency)\?/.test(url));
    expect(
      after.filter((url) => !url.includes('country=')).filter((url) => !/\/(flows|categories)\?/.test(url)),
    ).toEqual([]);
    fireEvent.change(picker, { target: { value: 'TR' } });
    expect(localStorage.getItem('huquq.country')).toBe('TR');
    // Remembered beside the language, and forgotten with it on quick exit.
    window.Huquq!.close();
    window.Huquq!.open();
    const again = await dialog(page.shadow());
    expect((within(again).getByRole('combobox', { name: 'Pays' }) as HTMLSelectElement).value).toBe('TR');
    fireEvent.click(within(again).getByRole('button', { name: /sortie rapide|quitter/i }));
    expect(localStorage.getItem('huquq.country')).toBeNull();
    fetched.mockRestore();
  });

  it('does not ask, nor show the header switch, when the partner set data-country', async () => {
    const page = embed(huquq.base, { lang: 'en', country: 'TR' });
    window.Huquq!.open();
    const panel = await dialog(page.shadow());
    await within(panel).findByRole('heading', { level: 2 });
    expect(within(panel).queryByRole('group', { name: 'Which country are you in?' })).toBeNull();
    expect(within(panel).queryByRole('combobox', { name: 'Country' })).toBeNull();
  });
});
