// axe-core finds no violations (WCAG 2.2 A/AA and best practices, landmarks included) on the whole page, the
// partner's own <main> included, in the main views and in every mode, left to right and right to left.
import { mkdir } from 'node:fs/promises';
import axeCore from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeSessions, launch, openLauncher, session } from './browser.ts';
import { showView, VIEWS } from './views.ts';

const partner = inject('partner');
const huquq = inject('huquq');
const OUT = 'tests/output/screenshots';
let browser: Browser;

beforeAll(async () => (browser = await launch()));
afterEach(closeSessions);
afterAll(() => browser.close());

interface Violation {
  id: string;
  impact: string;
  nodes: { target: unknown[]; failureSummary: string }[];
}

/** axe's violations on the whole page: the partner's own content and the widget's shadow root together. */
async function violations(page: import('playwright-core').Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, which the partner page's CSP does not govern.
  await page.evaluate(axeCore.source);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

it('axe looks inside the shadow root (a nameless button there is found)', async () => {
  const { page } = await session(browser, 1280);
  await showView(page, partner, 'en', 'home');
  await page.evaluate(() =>
    document
      .querySelector('huquq-widget')!
      .shadowRoot!.querySelector('.content')!
      .append(document.createElement('button')),
  );
  expect((await violations(page)).map((v) => v.id)).toContain('button-name');
});

describe.each(['en', 'ar'])('accessibility in %s', (lang) => {
  it.each(VIEWS)('%s view has no axe violations', async (view) => {
    const { page } = await session(browser, 1280);
    await showView(page, partner, lang, view);
    const found = await violations(page);
    expect(found, JSON.stringify(found, null, 2)).toEqual([]);
  });
});

/** Each mode on a page of its own: the launcher and an inline widget on partner pages with their own <main>, full page on ours. */
const MODES = {
  launcher: async (page: Page, lang: string) => {
    await page.goto(`${partner}plain?lang=${lang}&country=TR`);
    await openLauncher(page);
  },
  inline: async (page: Page, lang: string) => {
    await page.goto(`${partner}inline?lang=${lang}&country=TR&mode=inline&target=%23faq`);
    await page.locator('huquq-widget [role=region] .flow-btn').first().waitFor();
  },
  page: async (page: Page, lang: string) => {
    await page.goto(`${huquq}?lang=${lang}&country=TR`);
    await page.locator('huquq-widget main .flow-btn').first().waitFor();
  },
};

describe.each(['en', 'ar'])('page-wide in %s', (lang) => {
  it.each(Object.keys(MODES).flatMap((mode) => [320, 1280].map((width) => [mode, width] as const)))(
    '%s mode at %i px: no axe violations',
    async (mode, width) => {
      const { page } = await session(browser, width);
      await MODES[mode as keyof typeof MODES](page, lang);
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(250);
      await mkdir(OUT, { recursive: true });
      await page.screenshot({ path: `${OUT}/axe-${mode}-${lang}-${width}.png` });
      const found = await violations(page);
      expect(found, JSON.stringify(found, null, 2)).toEqual([]);
    },
  );
});
