// The panel's own i18next instance (never the host page's global one); each language's strings are a
// separate chunk, fetched the first time that language is shown.
import i18next, { type i18n as I18n } from 'i18next';
import type { Lang } from '../languages.ts';

type Strings = Record<string, unknown>;
const bundles = import.meta.glob<Strings>('../locales/*/translation.json', { import: 'default' });

/** A ready i18next instance showing `lang`. */
export async function createI18n(lang: Lang): Promise<I18n> {
  const i18n = i18next.createInstance();
  // Every language has every key (tests/widget/locales.test.ts), so there is nothing to fall back to;
  // Preact escapes text, so i18next must not escape it a second time.
  await i18n.init({ lng: lang, fallbackLng: false, resources: {}, interpolation: { escapeValue: false } });
  await showLang(i18n, lang);
  return i18n;
}

/** Load `lang`'s strings if needed and switch to it. */
export async function showLang(i18n: I18n, lang: Lang): Promise<void> {
  if (!i18n.hasResourceBundle(lang, 'translation')) {
    i18n.addResourceBundle(lang, 'translation', await bundles[`../locales/${lang}/translation.json`]!());
  }
  await i18n.changeLanguage(lang);
}
