// The language picker: every language under its own name, so a person finds theirs without reading ours.
import { isLang, LANGS } from '../languages.ts';
import { usePanel } from './context.ts';
import { NATIVE_NAMES } from './language-names.ts';

export function LanguagePicker() {
  const { t, lang, host } = usePanel();
  return (
    <select
      class="lang-picker"
      aria-label={t('language')}
      value={lang}
      onChange={(event) => {
        const chosen = event.currentTarget.value;
        if (isLang(chosen)) host.chooseLang(chosen);
      }}
    >
      {LANGS.map((code) => (
        <option value={code} lang={code}>
          {NATIVE_NAMES[code]}
        </option>
      ))}
    </select>
  );
}
