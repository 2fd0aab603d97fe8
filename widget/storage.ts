// The only thing the widget ever stores: the language the person chose. Storage may be unavailable
// (private modes, sandboxed frames), so every access is guarded.
import { langFromTag, type Lang } from './languages.ts';

const KEY = 'huquq.lang';

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

/** Remove everything the widget stored (quick exit). The partner's own keys are not ours to touch. */
export function forgetAll(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith('huquq.')) localStorage.removeItem(key);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
