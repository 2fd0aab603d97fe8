// Debian's Chromium through playwright-core, and helpers to reach into the widget's shadow root.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Console errors and CSP violations seen by the page. */
  problems: string[];
}

const contexts = new Set<BrowserContext>();

/** Close every context `session` opened, so pages left from one test take no CPU from the next one's timings. */
export async function closeSessions(): Promise<void> {
  await Promise.all([...contexts].map((context) => context.close()));
  contexts.clear();
}

/** A fresh context (no storage, no cookies) and page of `width` CSS pixels, recording requests and problems. */
export async function session(browser: Browser, width = 1280, locale = 'en-US'): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width, height: width < 600 ? 740 : 860 },
    locale,
    deviceScaleFactor: 1,
  });
  contexts.add(context);
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return { context, page, requests, problems };
}

/** The launcher's panel, inside the first <huquq-widget>'s shadow root (Playwright's CSS locators pierce it). */
export const dialog = (page: Page) => page.locator('huquq-widget [role=dialog]');

/** Open the launcher by clicking it and wait for the panel's first screen. */
export async function openLauncher(page: Page): Promise<void> {
  await page.locator('huquq-widget button.launch').first().click();
  await dialog(page).locator('.view-heading').waitFor();
  // Let the opening animation finish, so positions are final. Bounded: an animation that never finishes (paused or
  // replaced on a busy machine) must not hang the test until its timeout; one CI run lost 30 s here or nearby.
  await dialog(page).evaluate((panel) =>
    Promise.race([
      Promise.all(panel.getAnimations().map((a) => a.finished)),
      new Promise((settle) => setTimeout(settle, 2000)),
    ]),
  );
}
