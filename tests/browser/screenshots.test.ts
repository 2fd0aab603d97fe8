// Screenshots of the main views in English, Arabic and Turkish, on a phone (375 px) and a laptop (1280 px), saved
// under tests/output/screenshots/ (git-ignored) for people to review.
import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeSessions, launch, session } from './browser.ts';
import { showView, VIEWS } from './views.ts';

const OUT = 'tests/output/screenshots';
const partner = inject('partner');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
  await mkdir(OUT, { recursive: true });
});
afterEach(closeSessions);
afterAll(() => browser.close());

describe.each(['en', 'ar', 'tr'])('screenshots in %s', (lang) => {
  it.each([375, 1280])('at %i px', async (width) => {
    const { page } = await session(browser, width);
    for (const view of VIEWS) {
      await showView(page, partner, lang, view);
      const shot = await page.screenshot({ path: `${OUT}/${lang}-${width}-${view}.png` });
      expect(shot.byteLength).toBeGreaterThan(10_000);
    }
  });
});

it('the demo partner page, launcher closed, inline widget in the FAQ', async () => {
  const { page } = await session(browser, 1280);
  await page.goto(partner);
  await page.locator('#faq-widget huquq-widget .flow-btn').first().waitFor();
  await page.screenshot({ path: `${OUT}/demo-1280.png`, fullPage: true });
});
