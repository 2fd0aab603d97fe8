// Every right-to-left entry as the widget displays it, in real Chromium: each phone number or number group of the
// English source (for example "444 48 68") must read left to right on screen, not "68 48 444" (issue 12, item 2).
// The check is geometric: the groups' boxes must follow each other from left to right on the same line.
// Entries open in full-page mode (a shared link), where the panel is the page's <main>.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './browser.ts';

const huquq = inject('huquq');
const KNOWLEDGE = join(import.meta.dirname, '..', '..', 'knowledge', 'entries');
const RTL = ['ar', 'fa', 'ps'];

/** Numbers of two or more groups ("444 48 68", "+90 850 218 48 30") in an English source body. */
function numberGroups(markdown: string): string[] {
  const body = markdown.split(/^---$/m).slice(2).join('---');
  return [...new Set(body.match(/\+?\d+(?: \d+)+/g) ?? [])];
}

/** [id, lang, numbers] for every entry written in a right-to-left language whose source has number groups. */
const cases = readdirSync(KNOWLEDGE).flatMap((country) =>
  readdirSync(join(KNOWLEDGE, country)).flatMap((id) => {
    const folder = join(KNOWLEDGE, country, id);
    const files = readdirSync(folder);
    if (!files.includes('en.md')) return [];
    const numbers = numberGroups(readFileSync(join(folder, 'en.md'), 'utf8'));
    return RTL.filter((lang) => files.includes(`${lang}.md`) && numbers.length > 0).map(
      (lang) => [id, lang, numbers] as const,
    );
  }),
);

/** For each number: "missing", or the first group pair found out of left-to-right order, or "ok". */
function visualOrder(page: Page, numbers: readonly string[]): Promise<Record<string, string>> {
  return page
    .locator('huquq-widget main article.card')
    .first()
    .evaluate((article, numbers) => {
      // The article's text, with the text node and offset of every character, so a match maps back to the screen.
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      const at: [Text, number][] = [];
      let text = '';
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let i = 0; i < node.data.length; i++) at.push([node, i]);
        text += node.data;
      }
      const box = (index: number) => {
        const range = document.createRange();
        const [node, offset] = at[index]!;
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect();
      };
      const result: Record<string, string> = {};
      for (const number of numbers) {
        const found = text.indexOf(number);
        if (found < 0) {
          result[number] = 'missing';
          continue;
        }
        result[number] = 'ok';
        // Each digit must stand right of the one before it (spaces skipped), unless the line wraps between them.
        const digits = [...number].flatMap((ch, i) => (ch === ' ' ? [] : [found + i]));
        for (let k = 1; k < digits.length; k++) {
          const before = box(digits[k - 1]!);
          const after = box(digits[k]!);
          const sameLine = Math.abs(before.top - after.top) < before.height / 2;
          if (sameLine && after.left < before.left) {
            result[number] = `"${text[digits[k - 1]!]}" is drawn right of "${text[digits[k]!]}"`;
            break;
          }
        }
      }
      return result;
    }, numbers);
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
  // Fail a case in seconds, not at the test timeout: with 130 cases a wrong selector would otherwise hold CI for an hour.
  page.setDefaultTimeout(5_000);
});
afterAll(() => browser.close());

describe('numbers in right-to-left entries, as displayed', () => {
  it('has entries to check in every right-to-left language', () => {
    for (const lang of RTL) expect(cases.filter(([, l]) => l === lang).length, lang).toBeGreaterThan(0);
  });

  it.each(cases)(
    '%s in %s keeps every number of the English source in left-to-right order',
    async (id, lang, numbers) => {
      await page.goto(`${huquq}?lang=${lang}#/entry/${id}`);
      await page.locator('huquq-widget main article.card .entry-text').first().waitFor();
      const order = await visualOrder(page, numbers);
      expect(order).toEqual(Object.fromEntries(numbers.map((n) => [n, 'ok'])));
    },
  );
});
