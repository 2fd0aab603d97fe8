// Embed options: read from the script tag's data-* attributes over an optional JSON config block, each one
// validated on its own. A bad option warns in the console and falls back; it never breaks the host page.
import { isLang, type Lang } from './languages.ts';

type Mode = 'launcher' | 'inline' | 'page';

export interface WidgetOptions {
  /** The partner's identifier; kept on the page, never sent (privacy). */
  partner?: string;
  lang: Lang | 'auto';
  country?: string;
  position: 'bottom-right' | 'bottom-left';
  accent?: string;
  mode: Mode;
  /** CSS selector of the element(s) to render into, for inline mode. */
  target?: string;
  /** Where quick exit goes. */
  safeUrl: string;
  greeting?: string;
  nonce?: string;
  /** Fetch the panel when the browser is idle instead of on first open. */
  preload: 'open' | 'idle';
}

/** A neutral page that reveals nothing about what the person was reading. */
export const DEFAULT_SAFE_URL = 'https://www.google.com/';

const DEFAULTS: WidgetOptions = {
  lang: 'auto',
  position: 'bottom-right',
  mode: 'launcher',
  safeUrl: DEFAULT_SAFE_URL,
  preload: 'open',
};

type Check = [expected: string, parse: (value: string) => unknown];

const oneOf = (...allowed: string[]): Check => [allowed.join(' or '), (v) => (allowed.includes(v) ? v : undefined)];
const matching = (expected: string, re: RegExp): Check => [expected, (v) => (re.test(v) ? v : undefined)];

const CHECKS: Record<keyof WidgetOptions, Check> = {
  partner: matching('letters, digits, "-" or "_" (at most 64)', /^[\w-]{1,64}$/),
  lang: ['"auto" or a language code such as "ar"', (v) => (v === 'auto' || isLang(v) ? v : undefined)],
  country: matching('a two-letter country code such as "TR"', /^[A-Z]{2}$/),
  position: oneOf('bottom-right', 'bottom-left'),
  accent: ['a dark colour written #rgb or #rrggbb (white text must stay readable on it)', readableAccent],
  mode: oneOf('launcher', 'inline', 'page'),
  target: ['a CSS selector', (v) => (isSelector(v) ? v : undefined)],
  safeUrl: ['a web address starting with https://', (v) => (/^https?:\/\//.test(v) && isUrl(v) ? v : undefined)],
  greeting: matching('a short text (at most 200 characters)', /^[\s\S]{1,200}$/),
  nonce: matching('a CSP nonce', /^[\w+/=-]+$/),
  preload: oneOf('open', 'idle'),
};

/** Validated options from raw values (strings, or anything from the JSON block); `warn` hears every rejection. */
export function parseOptions(raw: Record<string, unknown>, warn: (message: string) => void): WidgetOptions {
  const options: WidgetOptions = { ...DEFAULTS };
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || value === '') continue;
    const check = CHECKS[key as keyof WidgetOptions];
    const parsed = check && typeof value === 'string' ? check[1](value.trim()) : undefined;
    if (parsed !== undefined) Object.assign(options, { [key]: parsed });
    else if (check) warn(`option "${key}": expected ${check[0]}, found ${JSON.stringify(value)}; using the default.`);
    else warn(`unknown option "${key}" ignored.`);
  }
  if (options.mode === 'inline' && !options.target) {
    warn('option "mode": inline needs a "target" selector; showing the launcher instead.');
    options.mode = 'launcher';
  }
  return options;
}

/** WCAG contrast of white text on the colour must reach 4.5:1, or the launcher and buttons become unreadable. */
function readableAccent(value: string): string | undefined {
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(value)?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? hex.replace(/./g, '$&$&') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (luminance + 0.05) >= 4.5 ? value : undefined;
}

function isSelector(value: string): boolean {
  try {
    document.createDocumentFragment().querySelector(value);
    return true;
  } catch {
    return false;
  }
}

function isUrl(value: string): boolean {
  try {
    return Boolean(new URL(value));
  } catch {
    return false;
  }
}
