// The server's own HTML pages (the API docs, the demo and full-page mode) are written with hono/html, which
// escapes every value; this turns one into the text a handler sends.
import type { HtmlEscapedString } from 'hono/utils/html';

/** The text of a page written with `html`; it is only a promise when a value is one, which these pages never pass. */
export function pageText(page: HtmlEscapedString | Promise<HtmlEscapedString>): string {
  if (page instanceof Promise) throw new Error('an HTML page was given a promise');
  return page.toString();
}
