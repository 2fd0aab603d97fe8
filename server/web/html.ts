// Small helpers for the widget's HTML pages: a fresh CSP nonce, and the policy the pages send.
import { randomBytes } from 'node:crypto';

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
