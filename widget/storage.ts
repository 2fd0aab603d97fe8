// The only things the widget ever stores: the language and the country the person chose. Storage may be unavailable
// (private modes, sandboxed frames), so every access is guarded.
import { langFromTag, type Lang } from './languages.ts';

const KEY = 'huquq.lang';
const COUNTRY_KEY = 'huquq.country';

/** The countries the knowledge covers. */
export const COUNTRIES = ['TR', 'AZ'] as const;
export type Country = (typeof COUNTRIES)[number];

/** The language the person chose on an earlier visit, if any. */
export function rememberedLang(): Lang | undefined {
  try {
    return langFromTag(localStorage.getItem(KEY));
  } catch {
    return undefined;
  }
}

/** Remember the person's choice; call only after they chose (nothing is stored before they interact). */
export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Not remembering is fine; the widget works without storage.
  }
}

/** The country the person chose on an earlier visit, if any (asked only when the partner sets no data-country). */
export function rememberedCountry(): Country | undefined {
  try {
    const stored = localStorage.getItem(COUNTRY_KEY);
    return COUNTRIES.find((country) => country === stored);
  } catch {
    return undefined;
  }
}

/** Remember the country the person chose, beside their language; quick exit forgets both. */
export function rememberCountry(country: Country): void {
  try {
    localStorage.setItem(COUNTRY_KEY, country);
  } catch {
    // As for the language: the widget asks again next time.
  }
}

/** Remove everything the widget stored (quick exit). The partner's own keys are not ours to touch. */
export function forgetAll(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith('huquq.')) localStorage.removeItem(key);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
