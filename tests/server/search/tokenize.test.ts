import { describe, expect, it } from 'vitest';
import { joinSplitWords, phraseOf, termsOf, words } from '../../../server/search/tokenize.ts';
import { stopWords } from '../../../server/search/stop-words.ts';
import { normalize } from '../../../server/search/normalize.ts';

const terms = (text: string, lang: string) => termsOf(words(text, lang), lang);

describe('words', () => {
  it('splits at spaces and punctuation, drops single letters, keeps single digits', () => {
    expect(words('Kaç gün? 7 gün, a b', 'tr')).toEqual(['kac', 'gun', '7', 'gun']);
  });

  it('splits French elision and Turkish suffix apostrophes', () => {
    expect(words("l'asile Türkiye'de", 'fr')).toEqual(['asile', 'turkiye', 'de']);
  });

  it("keeps the apostrophe inside Somali and Ukrainian words (su'aal, в'язниця)", () => {
    expect(words("su'aal", 'so')).toEqual(['suaal']);
    expect(words('в’язниця', 'uk')).toEqual(['вязниця']);
  });

  it('keeps a Persian word with a zero-width non-joiner as one word', () => {
    expect(words('حمایت بین‌المللی', 'fa')).toHaveLength(2);
  });
});

describe('stop words', () => {
  it('has a list for every language', () => {
    for (const lang of ['tr', 'az', 'en', 'fr', 'ku', 'so', 'ru', 'uk', 'ar', 'fa', 'ps']) {
      expect(stopWords(lang).size, lang).toBeGreaterThan(20);
    }
  });

  it('removes a word only in the language where it is noise', () => {
    // Arabic بين is "between"; the Persian بین‌المللی ("international") is a real word.
    expect(terms('بين', 'ar')).toEqual([]);
    expect(terms('بین‌المللی', 'fa')).toHaveLength(1);
    // English "is" is noise; Azerbaijani "iş" (work) folds to the same letters and is not.
    expect(terms('is', 'en')).toEqual([]);
    expect(terms('iş', 'az')).toEqual(['is']);
  });

  it('stores its words normalised, so they meet normalised text', () => {
    expect(stopWords('tr').has(normalize('nasıl'))).toBe(true);
    expect(stopWords('fa').has(normalize('چطور'))).toBe(true);
  });

  it('knows an Arabic stop word with "and" (و) joined to it, in Arabic only', () => {
    expect(terms('ومن وكيف المحكمة', 'ar')).toEqual(terms('المحكمة', 'ar'));
    expect(stopWords('fa').has(normalize('ومن'))).toBe(false);
  });
});

describe('termsOf', () => {
  it('turns a Turkish question into stems, without its question words', () => {
    expect(terms('başvurumu nasıl yapabilirim', 'tr')).toEqual(terms('başvuru', 'tr'));
  });

  it('leaves only the topic of a Pashto "can I …?" question: the modal and auxiliary verbs are stop words', () => {
    // "Can I work in Türkiye?" Without this, "کولای شم" (can I) matched any title asking "can I …?".
    expect(terms('زه په ترکیه کې کار کولای شم؟', 'ps')).toEqual(terms('ترکیه کار', 'ps'));
  });
});

describe('phraseOf', () => {
  it('returns the same object for the same text, so repeated keywords are tokenised once', () => {
    expect(phraseOf('ücretsiz avukat', 'tr')).toBe(phraseOf('ücretsiz avukat', 'tr'));
    expect(phraseOf('ücretsiz avukat', 'tr').terms).toEqual(terms('ücretsiz avukat', 'tr'));
  });
});

describe('joinSplitWords', () => {
  const known = new Set(terms('بین‌المللی', 'fa'));
  const isKnown = (term: string) => known.has(term);

  it('joins Persian typed with a space where the text has a zero-width non-joiner', () => {
    expect(joinSplitWords(words('بین المللی', 'fa'), 'fa', isKnown)).toEqual([normalize('بینالمللی')]);
  });

  it('leaves two known words apart', () => {
    const both = new Set(['sinir', 'disi', 'sinirdisi']);
    expect(joinSplitWords(['sinir', 'disi'], 'xx', (t) => both.has(t))).toEqual(['sinir', 'disi']);
  });

  it('leaves two stop words apart, even when joined they make a known word', () => {
    const split = words('شوی دی', 'ps');
    const joined = normalize('شویدی');
    expect(split.every((w) => stopWords('ps').has(w))).toBe(true);
    expect(joinSplitWords(split, 'ps', (t) => t === joined || t === normalize('شوید'))).toEqual(split);
  });
});
