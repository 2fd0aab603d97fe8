// Vite's client types (`?inline` CSS imports, import.meta.glob), and the module vite.config.ts generates.
/// <reference types="vite/client" />

declare module 'virtual:huquq-panel' {
  /** The panel chunk's path relative to widget.js, e.g. "chunks/panel-1a2b3c.js". */
  export const panel: string;
  /** Each language's strings chunk, e.g. { ar: "chunks/lang-ar-4d5e6f.js" }. */
  export const langs: Record<string, string>;
}
