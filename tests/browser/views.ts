// Brings the open panel to each main view, for the accessibility checks and the screenshots.
import type { Page } from 'playwright-core';
import { dialog, openLauncher } from './browser.ts';

/** Questions that find an answer in each language the views are shown in. */
const QUESTIONS: Record<string, string> = {
  en: 'my application was rejected, how do I appeal?',
  ar: 'تم رفض طلب اللجوء، كيف أعترض؟',
  tr: 'başvurum reddedildi, nasıl itiraz ederim?',
};

export type View = 'home' | 'answer' | 'flow' | 'organisations';
export const VIEWS: View[] = ['home', 'answer', 'flow', 'organisations'];

/** Load the partner page with the launcher in `lang`, open it and show `view`. */
export async function showView(page: Page, partner: string, lang: string, view: View): Promise<void> {
  await page.goto(`${partner}plain?lang=${lang}&country=TR`);
  await openLauncher(page);
  const panel = dialog(page);
  await panel.locator('.flow-btn').first().waitFor();
  await panel.locator('.topic').first().waitFor();
  if (view === 'answer') {
    await panel.locator('input[role=combobox]').fill(QUESTIONS[lang]!);
    await panel.locator('input[role=combobox]').press('Enter');
    await panel.locator('article.card details summary').first().click();
    await panel.locator('article.card .entry-text').first().waitFor();
  } else if (view === 'flow') {
    await panel.locator('.flow-btn:not(.urgent)').first().click();
    await panel.locator('.step .option').first().click();
    await panel.locator('.step .option, .flow-end').first().waitFor();
  } else if (view === 'organisations') {
    await panel.locator('.home > button.btn.wide').click();
    await panel.locator('article.org').first().waitFor();
  }
  // Let fonts settle and the entry animation finish before anyone looks.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(250);
}
