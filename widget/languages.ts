// The widget's copy of the language registry (knowledge/languages.yaml): codes and writing direction only,
// so the launcher stays tiny. tests/widget/languages.test.ts keeps it in step with the YAML file.

/** Every language the widget speaks, in the registry's order. */
export const LANGS = ['tr', 'en', 'ar', 'fa', 'az', 'ps', 'ku', 'ru', 'uk', 'fr', 'so'] as const;

export type Lang = (typeof LANGS)[number];

const RTL: readonly string[] = ['ar', 'fa', 'ps'];

/** True when `code` is one of the widget's languages. */
export const isLang = (code: unknown): code is Lang => (LANGS as readonly unknown[]).includes(code);

/** Writing direction of a widget language. */
export const dirOf = (lang: string): 'rtl' | 'ltr' => (RTL.includes(lang) ? 'rtl' : 'ltr');

/** The widget language for a BCP 47 tag such as "ar-EG" or "tr", if any. */
export function langFromTag(tag: string | null | undefined): Lang | undefined {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  // "ku" here is Kurmanji, which ISO 639-3 also calls "kmr" (Sorani, "ckb", is a different written language).
  const code = base === 'kmr' ? 'ku' : base;
  return isLang(code) ? code : undefined;
}
