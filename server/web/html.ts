// Small helpers for the server's own HTML pages: escaping, a fresh CSP nonce, and the policy the pages send.
import { randomBytes } from 'node:crypto';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** A nonce for one response (128 random bits). */
export const newNonce = (): string => randomBytes(16).toString('base64');

/**
 * The Content-Security-Policy of a page embedding the widget: the same lines a partner with a strict policy
 * needs (README), with `widgetOrigin` the origin serving widget.js and the API.
 */
export function widgetCsp(nonce: string, widgetOrigin = "'self'"): string {
  return [
    "default-src 'none'",
    `script-src ${widgetOrigin}`,
    `style-src 'nonce-${nonce}'`,
    `connect-src ${widgetOrigin}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
