// The panel's top bar: back, home, title, language, country (when the partner left it open), quick exit and (for the launcher) close.
import { usePanel } from './context.ts';
import { CountryPicker } from './CountryPicker.tsx';
import { LanguagePicker } from './LanguagePicker.tsx';

export function Header({
  titleId,
  depth,
  back,
  home,
}: {
  titleId: string;
  depth: number;
  back: () => void;
  home: () => void;
}) {
  const { t, host } = usePanel();
  // On the full page the widget is the whole document, which needs its one <h1>; embedded, the partner's page has its own.
  const Title = host.options.mode === 'page' ? 'h1' : 'p';
  return (
    <header class="bar">
      {depth > 1 && (
        <button type="button" class="icon-btn" aria-label={t('back')} onClick={back}>
          {/* Mirrored by the bidi algorithm in right-to-left languages. */}
          <span aria-hidden="true">‹</span>
        </button>
      )}
      {depth > 2 && (
        <button type="button" class="icon-btn" aria-label={t('goHome')} onClick={home}>
          <span aria-hidden="true">⌂</span>
        </button>
      )}
      <Title class="title" id={titleId}>
        {t('title')}
      </Title>
      <LanguagePicker />
      <CountryPicker />
      <button type="button" class="exit" onClick={host.quickExit} aria-describedby={`${titleId}-exit`}>
        {t('quickExit')}
      </button>
      <span id={`${titleId}-exit`} hidden>
        {t('quickExitHint')}
      </span>
      {host.close && (
        <button type="button" class="icon-btn" aria-label={t('close')} onClick={host.close}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </header>
  );
}
