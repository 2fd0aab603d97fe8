import { describe, expect, it } from 'vitest';
import { createSearch } from '../../../server/search/index.ts';
import { searchSnapshot } from './fixture.ts';

const search = createSearch(searchSnapshot());
const suggest = (q: string, lang: string, limit = 8) => search.suggest({ q, lang, limit });

describe('suggest', () => {
  it('completes the word being typed from titles and keywords, in the reader’s language', () => {
    expect(suggest('başv', 'tr')).toEqual([
      { id: 'appeal', title: 'Uluslararası koruma başvurunuz reddedildi — nasıl itiraz edilir?', lang: 'tr' },
      { id: 'work-permit', title: 'Başvuru sahipleri için çalışma izni', lang: 'tr' },
    ]);
  });

  it('needs every finished word in the same title or keywords', () => {
    expect(suggest('çalışma iz', 'tr').map((s) => s.id)).toEqual(['work-permit']);
  });

  it('finds a title typed in another language, and shows it in the reader’s language', () => {
    expect(suggest('deport', 'ar')).toEqual([
      { id: 'deportation', title: 'قرار الترحيل — لديك 7 أيام للذهاب إلى المحكمة', lang: 'ar' },
    ]);
  });

  it('follows the fallback chain when the entry is not in the reader’s language', () => {
    expect(suggest('yim', 'az')).toEqual([
      { id: 'yimer-157', title: 'YİMER 157: Yabancılar için iletişim merkezi', lang: 'tr' },
    ]);
    expect(suggest('yim', 'fr')[0]!.lang).toBe('en');
  });

  it('reads Russian typed in Latin letters back into Cyrillic, as /ask does', () => {
    expect(suggest('razreshenie na rab', 'ru')).toEqual([
      { id: 'work-permit', title: 'Разрешение на работу для заявителей', lang: 'ru' },
    ]);
    // Only for Russian and Ukrainian readers: for others the Latin letters are their own words.
    expect(suggest('razreshenie na rab', 'en')).toEqual([]);
  });

  it('suggests entries only, at most `limit`', () => {
    expect(suggest('mülteci', 'tr')).toEqual([]);
    expect(suggest('başv', 'tr', 1)).toHaveLength(1);
  });

  it('suggests nothing for empty or symbol-only input', () => {
    expect(suggest('', 'tr')).toEqual([]);
    expect(suggest('  ?', 'tr')).toEqual([]);
  });
});
