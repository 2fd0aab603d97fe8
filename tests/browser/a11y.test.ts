// axe-core finds no WCAG 2.2 A/AA violations in the main views, left to right (English) and right to left (Arabic).
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeSessions, launch, session } from './browser.ts';
import { showView, VIEWS } from './views.ts';

const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;
const partner = inject('partner');
let browser: Browser;

beforeAll(async () => (browser = await launch()));
afterEach(closeSessions);
afterAll(() => browser.close());

interface Violation {
  id: string;
  impact: string;
  nodes: { target: unknown[]; failureSummary: string }[];
}

/** axe's WCAG violations inside the widget (its shadow root included). */
async function violations(page: import('playwright-core').Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, which the partner page's CSP does not govern.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: Violation[] }> } }).axe;
      const result = await axe.run(document.querySelector('huquq-widget')!, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

it('axe looks inside the shadow root (a nameless button there is found)', async () => {
  const { page } = await session(browser, 1280);
  await showView(page, partner, 'en', 'home');
  await page.evaluate(() => document.querySelector('huquq-widget')!.shadowRoot!.querySelector('.content')!.append(document.createElement('button')));
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
