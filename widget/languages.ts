// The widget's languages: codes and writing direction from the registry (knowledge/languages.yaml), copied into
// languages.generated.ts at build time so the launcher stays tiny.
import { LANGS, RTL_LANGS } from './languages.generated.ts';

export { LANGS };

export type Lang = (typeof LANGS)[number];

/** True when `code` is one of the widget's languages. */
export const isLang = (code: unknown): code is Lang => (LANGS as readonly unknown[]).includes(code);

/** Writing direction of a widget language. */
export const dirOf = (lang: string): 'rtl' | 'ltr' => (RTL_LANGS.includes(lang) ? 'rtl' : 'ltr');

/** The widget language for a BCP 47 tag such as "ar-EG" or "tr", if any. */
export function langFromTag(tag: string | null | undefined): Lang | undefined {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  // "ku" here is Kurmanji, which ISO 639-3 also calls "kmr" (Sorani, "ckb", is a different written language).
  const code = base === 'kmr' ? 'ku' : base;
  return isLang(code) ? code : undefined;
}
