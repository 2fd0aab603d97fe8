// The launcher's stylesheet: the only CSS on the partner page until the panel loads. Host-page rules cannot
// reach inside the shadow root; `all: initial` (marked important, which wins over the page's own important
// rules on our host element) stops inherited fonts and colours from leaking in. `all` leaves custom properties
// alone and they inherit through the shadow root (issue 13), so every one the widget reads is set on its own
// `.hq` element: a page's `:root { --huquq-accent: lime }` never reaches a var() in here.

const FONT =
  'system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic","Noto Naskh Arabic",Tahoma,sans-serif';

/** The accent when the partner sets none: white text on it reaches WCAG AA. */
const DEFAULT_ACCENT = '#0b57d0';

/** CSS for one widget instance; `accent` was validated by options.ts, the only way a partner colour gets in. */
export const launcherCss = (accent = DEFAULT_ACCENT): string =>
  `:host{all:initial!important;display:contents!important}` +
  `:host([mode=inline]),:host([mode=page]){display:block!important}` +
  `.hq{--hq-accent:${accent};all:initial;display:block;font:16px/1.5 ${FONT};color:#1b1b1f;text-size-adjust:100%;-webkit-text-size-adjust:100%}` +
  `.launch{all:initial;position:fixed;z-index:2147483000;bottom:max(16px,env(safe-area-inset-bottom));right:max(16px,env(safe-area-inset-right));display:flex;align-items:center;gap:8px;min-height:52px;padding:0 20px 0 16px;border-radius:26px;background:var(--hq-accent);color:#fff;font:inherit;font-weight:600;line-height:1.2;cursor:pointer;box-shadow:0 4px 16px #0004}` +
  `.launch.left{right:auto;left:max(16px,env(safe-area-inset-left))}` +
  `.launch:focus-visible{outline:3px solid #1b1b1f;outline-offset:2px;box-shadow:0 0 0 5px #fff}` +
  `.launch svg{width:24px;height:24px;flex:none}` +
  `.launch[aria-busy=true] svg{animation:hq-spin 1s linear infinite}` +
  `@keyframes hq-spin{to{transform:rotate(1turn)}}` +
  `@media (prefers-reduced-motion:reduce){.launch[aria-busy=true] svg{animation:none;opacity:.6}}` +
  `@media print{.launch{display:none}}`;

/** A speech bubble with a question mark: "ask", readable without words. */
export const LAUNCH_ICON =
  '<svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor"><path fill-rule="evenodd" d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2h-9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm7 11v2h2v-2zm1-9a3.5 3.5 0 0 0-3.5 3.5h2A1.5 1.5 0 1 1 12 10c-.6 0-1 .4-1 1v2h2v-1.2A3.5 3.5 0 0 0 12 5z"/></svg>';
