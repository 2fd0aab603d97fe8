// Generated from knowledge/languages.yaml by scripts/languages-module.ts (`npm run build`): do not edit.

/** Every language the widget speaks, in the registry's order. */
export const LANGS = ['tr', 'en', 'ar', 'fa', 'az', 'ps', 'ku', 'ru', 'uk', 'fr', 'so'] as const;

/** The languages written right to left. */
export const RTL_LANGS: readonly string[] = ['ar', 'fa', 'ps'];

/** Each language's name for itself, as the language picker shows it. */
export const NATIVE_NAMES = {
  tr: "Türkçe",
  en: "English",
  ar: "العربية",
  fa: "فارسی",
  az: "Azərbaycanca",
  ps: "پښتو",
  ku: "Kurmancî",
  ru: "Русский",
  uk: "Українська",
  fr: "Français",
  so: "Soomaali",
} as const;
