// The widget in real Chromium on a partner page from another origin: Arabic and right-to-left, a flow to its end,
// a keyboard-only session, quick exit, isolation from hostile styles, privacy (requests, cookies) and speed.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeSessions, dialog, launch, openLauncher, session } from './browser.ts';

const huquq = inject('huquq');
const partner = inject('partner');
let browser: Browser;

beforeAll(async () => (browser = await launch()));
afterEach(closeSessions);
afterAll(() => browser.close());

describe('on the Huquq server itself', () => {
  it("opens a shared link in full-page mode, in Arabic, under the server's own strict CSP", async () => {
    const { page, problems, requests } = await session(browser, 375);
    await page.goto(`${huquq}?lang=ar#/entry/ip-appeal-regular`);
    const title = page.locator('huquq-widget main article .card-title').first();
    await title.waitFor();
    expect(await title.textContent()).toMatch(/رُفض طلب الحماية/);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.locator('huquq-widget main details.more').first().getAttribute('open')).not.toBeNull();
    expect(new Set(requests.map((url) => new URL(url).origin))).toEqual(new Set([new URL(huquq).origin]));
    expect(problems).toEqual([]);
  });

  it('serves the demo page with both widgets working and no CSP violation', async () => {
    const { page, problems } = await session(browser);
    await page.goto(`${huquq}demo`);
    await page.locator('#faq-widget huquq-widget .flow-btn').first().waitFor();
    await openLauncher(page);
    expect(problems).toEqual([]);
  });
});

describe('on a partner site (another origin)', () => {
  it('answers a question asked in Arabic, right to left', async () => {
    const { page, problems } = await session(browser);
    await page.goto(`${partner}plain?lang=ar&country=TR`);
    await openLauncher(page);
    const panel = dialog(page);
    await panel.getByRole('combobox', { name: 'سؤالك' }).fill('رفضوا طلب الحماية الدولية، ماذا أفعل؟');
    await panel.getByRole('combobox', { name: 'سؤالك' }).press('Enter');
    const title = panel.locator('article .card-title').first();
    await title.waitFor();
    expect(await title.getAttribute('dir')).toBe('rtl');
    expect(await title.textContent()).toMatch(/[\u0600-\u06FF]/);
    expect(await page.locator('huquq-widget .hq').first().getAttribute('dir')).toBe('rtl');
    // The partner's own page keeps its direction.
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('');
    // Right to left for real: the question bubble sits at the left edge, the start of an Arabic line's end.
    const box = await panel.locator('.bubble.you').boundingBox();
    const panelBox = await panel.boundingBox();
    expect(box!.x - panelBox!.x).toBeLessThan(panelBox!.x + panelBox!.width - (box!.x + box!.width));
    expect(problems).toEqual([]);
  });

  it('tells a reader in Arabic that an everyday question (the weather) is not something Huquq covers', async () => {
    const { page, problems } = await session(browser);
    await page.goto(`${partner}plain?lang=ar&country=TR`);
    await openLauncher(page);
    const panel = dialog(page);
    await panel.getByRole('combobox', { name: 'سؤالك' }).fill('كيف الطقس في اسطنبول بكرا؟');
    await panel.getByRole('combobox', { name: 'سؤالك' }).press('Enter');
    // The reply itself (the live region says the same words to screen readers).
    const notice = panel.locator('.no-answer, .did-you-mean').getByText('يبدو أن هذا سؤال عن الحياة اليومية');
    await notice.waitFor();
    expect(await notice.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await panel.locator('article .card-title').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('walks a guided flow to its end', async () => {
    const { page } = await session(browser);
    await page.goto(`${partner}plain?lang=en&country=TR`);
    await openLauncher(page);
    const panel = dialog(page);
    await panel.getByRole('button', { name: /I need a doctor/ }).click();
    await panel.getByRole('heading', { level: 2, name: 'I need a doctor' }).waitFor();
    await panel.getByRole('button', { name: 'No', exact: true }).click();
    for (let step = 0; step < 8 && (await panel.locator('.step').count()); step++)
      await panel.locator('.step .option').first().click();
    await panel.getByRole('heading', { level: 3, name: 'What you can do' }).waitFor();
    await panel.locator('article.card').first().waitFor();
    expect(await panel.locator('article.card').count()).toBeGreaterThan(0);
    await panel.getByRole('button', { name: 'Start again' }).click();
    await panel.getByRole('heading', { level: 3, name: "Is someone's life in danger right now?" }).waitFor();
  });

  it('works with the keyboard alone', async () => {
    const { page } = await session(browser);
    await page.goto(`${partner}plain?lang=en&country=TR`);
    // Tab past the page's own link to the launcher, and open it with Enter.
    for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement?.tagName === 'HUQUQ-WIDGET')); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await dialog(page).locator('.view-heading').waitFor();
    const focusedInPanel = () =>
      page.evaluate(
        () => document.querySelector('huquq-widget')!.shadowRoot!.activeElement?.closest('[role=dialog]') !== null,
      );
    expect(await focusedInPanel()).toBe(true);
    // Tab to the question box, ask, and read the answer.
    for (
      let i = 0;
      i < 10 &&
      !(await page.evaluate(
        () => document.querySelector('huquq-widget')!.shadowRoot!.activeElement?.getAttribute('role') === 'combobox',
      ));
      i++
    )
      await page.keyboard.press('Tab');
    await page.keyboard.type('work permit');
    await page.keyboard.press('Enter');
    await dialog(page).locator('article.card').first().waitFor();
    // Focus stays trapped in the dialog however far one tabs.
    for (let i = 0; i < 40; i++) await page.keyboard.press('Tab');
    expect(await focusedInPanel()).toBe(true);
    // Visible focus: the focused control has an outline.
    expect(
      await page.evaluate(
        () => getComputedStyle(document.querySelector('huquq-widget')!.shadowRoot!.activeElement!).outlineStyle,
      ),
    ).not.toBe('none');
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
    expect(
      await page.evaluate(() => document.querySelector('huquq-widget')!.shadowRoot!.activeElement?.className),
    ).toBe('launch');
  });

  it('quick exit: Esc twice replaces the page with the safe one, Back does not return, storage is empty', async () => {
    const { page } = await session(browser);
    await page.goto(`${partner}start`);
    await page.getByRole('link', { name: 'Go' }).click();
    await page.waitForURL(/\/plain/);
    await openLauncher(page);
    await dialog(page).getByRole('combobox', { name: 'Language' }).selectOption('tr');
    await dialog(page).getByRole('heading', { level: 2, name: 'Merhaba! Size nasıl yardımcı olabiliriz?' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('huquq.lang'))).toBe('tr');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(`${partner}safe`);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.goBack();
    expect(page.url()).toBe(`${partner}start`);
  });

  it("cannot be broken by the page's styles, and leaks none of its own", async () => {
    const { page } = await session(browser);
    await page.goto(`${partner}hostile?lang=en`);
    const launcher = page.locator('huquq-widget button.launch');
    await launcher.waitFor();
    const style = await launcher.evaluate((b) => {
      const s = getComputedStyle(b);
      return {
        font: s.fontFamily,
        color: s.color,
        background: s.backgroundColor,
        display: s.display,
        position: s.position,
        spacing: s.letterSpacing,
      };
    });
    expect(style).toMatchObject({
      color: 'rgb(255, 255, 255)',
      background: 'rgb(11, 87, 208)',
      display: 'flex',
      position: 'fixed',
      spacing: 'normal',
    });
    expect(style.font).not.toContain('Comic');
    expect(await launcher.isVisible()).toBe(true);
    await openLauncher(page);
    expect(await dialog(page).isVisible()).toBe(true);
    const heading = await dialog(page)
      .locator('.view-heading')
      .evaluate((h) => getComputedStyle(h).color);
    expect(heading).toBe('rgb(27, 27, 31)');
    // The page's :root custom properties (--huquq-accent: lime…) and direction do not reach inside.
    const bar = await dialog(page)
      .locator('.bar')
      .evaluate((b) => getComputedStyle(b).backgroundColor);
    expect(bar).toBe('rgb(11, 87, 208)');
    expect(await dialog(page).evaluate((d) => getComputedStyle(d).direction)).toBe('ltr');
    // Our styles stay inside: the page's own heading is untouched by the widget's h2 rules.
    expect(await page.locator('main h1').evaluate((h) => getComputedStyle(h).fontSize)).toBe('32px');
  });

  it("loads from its own server only, sets no cookies, and obeys the partner's strict CSP", async () => {
    const { page, context, requests, problems } = await session(browser);
    await page.goto(partner);
    await openLauncher(page);
    await dialog(page).getByRole('combobox', { name: 'Your question' }).fill('how long does the decision take');
    await dialog(page).getByRole('combobox', { name: 'Your question' }).press('Enter');
    await dialog(page).locator('article.card').first().waitFor();
    await dialog(page).getByRole('button', { name: 'Yes' }).first().click();
    await dialog(page).getByText('Thank you for your feedback.').waitFor();
    const origins = new Set(requests.map((url) => new URL(url).origin));
    expect([...origins].sort()).toEqual([new URL(partner).origin, new URL(huquq).origin].sort());
    expect(requests.filter((url) => url.startsWith(partner))).toEqual([partner]);
    expect(await context.cookies()).toEqual([]);
    expect(problems).toEqual([]);
    // The demo page carries two widgets: the launcher and an inline one in its FAQ section.
    expect(await page.locator('huquq-widget').count()).toBe(2);
    expect(await page.locator('#faq-widget huquq-widget [role=region]').count()).toBe(1);
  });

  it.each([
    ['a 320 px phone', 320, 640],
    ['200 % zoom of a 1280 × 860 window', 640, 430],
  ])('is usable on %s: full screen, nothing cut off sideways', async (_, width, height) => {
    const { page } = await session(browser, width);
    await page.setViewportSize({ width, height });
    await page.goto(`${partner}plain?lang=uk&country=TR`);
    await openLauncher(page);
    await dialog(page)
      .getByRole('button', { name: /Мені потрібен лікар/ })
      .click();
    // Three screens deep, the header carries the most: back, home, language, quick exit and close.
    await dialog(page).getByRole('button', { name: 'Отримати допомогу зараз' }).click();
    await dialog(page).getByRole('heading', { level: 2, name: 'Отримати допомогу зараз' }).waitFor();
    const layout = await dialog(page).evaluate((panel) => {
      const box = panel.getBoundingClientRect();
      const controls = [...panel.querySelectorAll('header button, header select')].map((c) =>
        c.getBoundingClientRect(),
      );
      const content = panel.querySelector('.content')!;
      return {
        box: [box.left, box.top, box.width, box.height],
        overflow: content.scrollWidth - content.clientWidth,
        controls: controls.length,
        controlsInside: controls.every(
          (c) => c.left >= box.left && c.right <= box.right && c.width >= 44 && c.height >= 44,
        ),
      };
    });
    expect(layout.box).toEqual([0, 0, width, height]);
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.controls).toBe(5);
    expect(layout.controlsInside).toBe(true);
    await page.screenshot({ path: `tests/output/screenshots/uk-${width}x${height}-help.png` });
  });

  it('is interactive within 300 ms of the click, with no layout shift on the host page', async () => {
    /** One first open in a fresh browser context (nothing cached): ms from the click until the question box takes focus. */
    const firstOpen = async () => {
      const { page } = await session(browser);
      await page.goto(`${partner}plain?lang=en&country=TR`);
      await page.locator('huquq-widget button.launch').waitFor();
      const timing = await page.evaluate(
        () =>
          new Promise<{ interactive: number; shift: number }>((resolve) => {
            let shift = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shift += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
            const shadow = document.querySelector('huquq-widget')!.shadowRoot!;
            const clicked = performance.now();
            shadow.querySelector<HTMLButtonElement>('button.launch')!.click();
            const poll = () => {
              const input = shadow.querySelector<HTMLInputElement>('[role=dialog] input[role=combobox]');
              // Interactive: the question box is on screen and accepts focus.
              input?.focus();
              if (input && shadow.activeElement === input) resolve({ interactive: performance.now() - clicked, shift });
              else requestAnimationFrame(poll);
            };
            poll();
          }),
      );
      await closeSessions();
      return timing;
    };
    // Five cold opens, judged by the median: this two-core machine also runs the server, Vitest and Playwright.
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await firstOpen());
    const times = runs.map((r) => Math.round(r.interactive)).sort((a, b) => a - b);
    console.log(
      `panel interactive after the click (first open, cold chunks), ms: ${times.join(', ')}; median ${times[2]}`,
    );
    expect(times[2]).toBeLessThan(300);
    expect(runs.map((r) => r.shift)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('the header', () => {
  // Every language, the longest (ru, uk, so, fr) included: the title is never cut and no control leaves the bar or
  // covers another, from a 320 px phone to a 1280 px laptop (where the launcher's dialog is 420 px wide).
  it.each([320, 1280])(
    'fits the title, language picker, Quick exit and close in every language at %i px',
    async (width) => {
      const { page } = await session(browser, width);
      await page.goto(`${partner}plain?lang=en&country=TR`);
      await openLauncher(page);
      const bad: string[] = [];
      for (const lang of ['tr', 'en', 'ar', 'fa', 'az', 'ps', 'ku', 'ru', 'uk', 'fr', 'so']) {
        await page.evaluate((l) => window.Huquq!.setLanguage(l), lang);
        await page.waitForFunction(
          (l) => document.querySelector('huquq-widget')!.shadowRoot!.querySelector('.hq')!.getAttribute('lang') === l,
          lang,
        );
        await page.waitForTimeout(100);
        bad.push(
          ...(await dialog(page)
            .locator('.bar')
            .evaluate((bar, l) => {
              const problems: string[] = [];
              const title = bar.querySelector<HTMLElement>('.title')!;
              if (title.scrollWidth > title.clientWidth + 1) problems.push(`${l}: title cut (${title.textContent})`);
              const outer = bar.getBoundingClientRect();
              const parts = [...bar.querySelectorAll<HTMLElement>('.title, select, button')].map((el) => ({
                el,
                r: el.getBoundingClientRect(),
              }));
              for (const { el, r } of parts) {
                if (r.left < outer.left - 1 || r.right > outer.right + 1 || r.width < 24)
                  problems.push(`${l}: ${el.className} outside the bar`);
                if (el.scrollWidth > el.clientWidth + 1 && el.tagName === 'BUTTON')
                  problems.push(`${l}: ${el.className} text cut`);
              }
              for (const [i, a] of parts.entries())
                for (const b of parts.slice(i + 1))
                  if (
                    a.r.left < b.r.right - 1 &&
                    b.r.left < a.r.right - 1 &&
                    a.r.top < b.r.bottom - 1 &&
                    b.r.top < a.r.bottom - 1
                  )
                    problems.push(`${l}: ${a.el.className} overlaps ${b.el.className}`);
              return problems;
            }, lang)),
        );
      }
      await page.screenshot({ path: `tests/output/screenshots/header-so-${width}.png` });
      expect(bad).toEqual([]);
    },
  );
});

describe('the pinned, versioned launcher', () => {
  it("works with its integrity hash under the partner's strict CSP, and the browser refuses it when a byte differs", async () => {
    const { page, problems, requests } = await session(browser);
    await page.goto(`${partner}pinned`);
    await openLauncher(page);
    const launcherUrl = requests.find((url) => /\/widget\/[\da-f]{16}\.js$/.test(url))!;
    expect(launcherUrl).toBeTruthy();
    // Its chunks and the API come from the server root, not from under /widget/.
    expect(
      requests
        .filter((url) => url.startsWith(huquq) && url !== launcherUrl)
        .every((url) => !url.startsWith(`${huquq}widget/`)),
    ).toBe(true);
    expect(problems).toEqual([]);
    const response = await page.request.get(launcherUrl);
    expect(response.headers()['cache-control']).toContain('immutable');

    const tampered = await session(browser);
    await tampered.page.goto(`${partner}pinned?tampered`);
    // Waits for the browser's own refusal, not for a fixed time.
    await expect.poll(() => tampered.problems.join('\n'), { timeout: 15_000 }).toMatch(/integrity/i);
    expect(await tampered.page.locator('huquq-widget').count()).toBe(0);
  });

  it('is offered on /demo as a copy-paste snippet with its integrity hash', async () => {
    const { page } = await session(browser);
    await page.goto(`${huquq}demo`);
    const snippets = await page.locator('pre code').allTextContents();
    expect(
      snippets.some((text) =>
        /src="http[^"]+\/widget\/[\da-f]{16}\.js"[\s\S]*integrity="sha384-[\w+/=]+" crossorigin="anonymous"/.test(text),
      ),
    ).toBe(true);
  });
});
