// Which country's law applies, asked only when the partner sets no data-country (issue 13): once on the home
// screen beside the language, and changeable in the header afterwards. Names are in the person's language.
import { COUNTRIES } from '../storage.ts';
import { usePanel } from './context.ts';

/** The first question on the home screen until the person has chosen. */
export function CountryChoice() {
  const { t, chooseCountry } = usePanel();
  return (
    <fieldset class="country-choice">
      <legend>{t('country.question')}</legend>
      <p class="intro">{t('country.why')}</p>
      <div class="quick-replies">
        {COUNTRIES.map((code) => (
          <button type="button" class="btn" onClick={() => chooseCountry(code)}>
            {t(`country.${code}`)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

/** The header's country switch, once a country is chosen and only where the partner left it open. */
export function CountryPicker() {
  const { t, country, chooseCountry, host } = usePanel();
  if (host.options.country || !country) return null;
  return (
    <select
      class="lang-picker"
      aria-label={t('country.label')}
      value={country}
      onChange={(event) => {
        const chosen = COUNTRIES.find((code) => code === event.currentTarget.value);
        if (chosen) chooseCountry(chosen);
      }}
    >
      {COUNTRIES.map((code) => (
        <option value={code}>{t(`country.${code}`)}</option>
      ))}
    </select>
  );
}
