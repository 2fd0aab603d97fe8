// Language names as the languages' own speakers write them, for the picker and the "staff speak" filter.
import { isLang } from '../languages.ts';
import { NATIVE_NAMES } from '../languages.generated.ts';

export { NATIVE_NAMES };

/** A language's name for itself: ours for the widget's languages, the browser's (Intl) for any other. */
export function nativeName(code: string): string {
  if (isLang(code)) return NATIVE_NAMES[code];
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
