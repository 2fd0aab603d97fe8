// Tells the reader when an answer is not a checked translation in their own language, with a way to the original.
import type { ApiEntry } from '../../server/api/contract.ts';
import { usePanel } from './context.ts';
import { nativeName } from './language-names.ts';

/** Every entry is written in English first (content convention, `sourceLang: en`). */
const ORIGINAL_LANG = 'en';

/** The notices an entry needs, as translation keys. */
export function translationNotices(entry: Pick<ApiEntry, 'translation' | 'translationReviewed'>): string[] {
  const notices: string[] = [];
  if (entry.translation === 'fallback') notices.push('answer.fallback');
  if (entry.translation === 'outdated') notices.push('answer.outdated');
  if (entry.translation !== 'original' && !entry.translationReviewed) notices.push('answer.unreviewed');
  return notices;
}

export function TranslationBanner({ entry }: { entry: ApiEntry }) {
  const { t, navigate } = usePanel();
  const notices = translationNotices(entry);
  if (!notices.length) return null;
  return (
    <div class="notice translation" data-noprint>
      {notices.map((key) => (
        <p>{t(key, { language: nativeName(entry.lang) })}</p>
      ))}
      {entry.lang !== ORIGINAL_LANG && (
        <button
          type="button"
          class="link"
          onClick={() => navigate({ view: 'entry', id: entry.id, lang: ORIGINAL_LANG })}
        >
          {t('answer.original', { language: nativeName(ORIGINAL_LANG) })}
        </button>
      )}
    </div>
  );
}
