// Language names as the languages' own speakers write them, for the picker and the "staff speak" filter.
import { isLang, type Lang } from '../languages.ts';

/** From knowledge/languages.yaml (tests/widget/languages.test.ts checks they agree). */
export const NATIVE_NAMES: Record<Lang, string> = {
  tr: 'Türkçe',
  en: 'English',
  ar: 'العربية',
  fa: 'فارسی',
  az: 'Azərbaycanca',
  ps: 'پښتو',
  ku: 'Kurmancî',
  ru: 'Русский',
  uk: 'Українська',
  fr: 'Français',
  so: 'Soomaali',
};

/** A language's name for itself: ours for the widget's languages, the browser's (Intl) for any other. */
export function nativeName(code: string): string {
  if (isLang(code)) return NATIVE_NAMES[code];
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
