import { describe, expect, it } from 'vitest';
import { stem, withoutProclitic } from '../../../server/search/stem.ts';
import { normalize } from '../../../server/search/normalize.ts';

const stemOf = (word: string, lang: string) => stem(normalize(word), lang);

// Each group: forms of one word that must meet at one stem, in one language.
const SAME_STEM: [string, string[]][] = [
  ['tr', ['başvuru', 'başvurumu', 'başvuruda', 'başvurusu', 'başvurular', 'başvurunuzun']],
  ['tr', ['mahkeme', 'mahkemesi', 'mahkemeye', 'mahkemede']],
  ['tr', ['çocuk', 'çocuğum', 'çocuğu']],
  ['tr', ['kimlik', 'kimliğim']],
  ['az', ['müraciət', 'müraciəti', 'müraciətlər']],
  ['en', ['deport', 'deported', 'deporting', 'deportation']],
  ['en', ['case', 'cases']],
  ['fr', ['délai', 'délais']],
  ['fr', ['demande', 'demandes', 'demandé']],
  ['fr', ['expulsé', 'expulsion']],
  // Snowball (stock) Russian; it reads "защите" as a verb form (-ите), one of the things the comparison weighed.
  ['ru', ['защита', 'защиты', 'защиту']],
  ['ru', ['убежище', 'убежища']],
  ['uk', ['захист', 'захисту', 'захистом']],
  ['ar', ['ترحيل', 'الترحيل', 'والترحيل']],
  ['ar', ['جامعة', 'الجامعة', 'وبالجامعة']],
  ['ar', ['محكمة', 'المحكمة']],
  // Levantine and Iraqi "on the" (عال…) and "this" (هال…) joined to the noun.
  ['ar', ['حدود', 'الحدود', 'عالحدود']],
  ['ar', ['مدينة', 'المدينة', 'هالمدينة']],
  ['fa', ['درخواست', 'درخواست‌ها', 'درخواستهای']],
  ['so', ['xuquuq', 'xuquuqda']],
  ['so', ['shaqo', 'shaqada']],
  ['so', ['ogolaansho', 'ogolaanshaha']],
];

describe('stem', () => {
  it.each(SAME_STEM)('%s: %j meet at one stem', (lang, forms) => {
    expect(new Set(forms.map((form) => stemOf(form, lang))).size).toBe(1);
  });

  it('keeps Kurmanji Tirkiyê (Türkiye) apart from tirkî (Turkish), with its case ending gone', () => {
    expect(stemOf('Tirkiyê', 'ku')).toBe(stemOf('Tirkiyeyê', 'ku'));
    expect(stemOf('Tirkiyê', 'ku')).not.toBe(stemOf('tirkî', 'ku'));
  });

  it('keeps short roots whole (izin, gün stay apart from their endings only when too short)', () => {
    expect(stemOf('izin', 'tr')).toBe('izin');
    expect(stemOf('günüm', 'tr')).toBe('gun');
  });

  it('does not undo the p/b sound change, which would turn araba (car) into Arap (Arab)', () => {
    expect(stemOf('araba', 'tr')).not.toBe(stemOf('Arap', 'tr'));
  });

  it('keeps Persian place words in …ستان whole, apart from the ending تان (your)', () => {
    expect(stemOf('افغانستان', 'fa')).toBe(normalize('افغانستان'));
    expect(stemOf('بیمارستان‌ها', 'fa')).toBe(normalize('بیمارستان'));
    expect(stemOf('پرونده‌تان', 'fa')).toBe(stemOf('پرونده', 'fa'));
  });

  it('protects English words ending in ss and is', () => {
    expect(stemOf('process', 'en')).toBe('process');
    expect(stemOf('basis', 'en')).toBe('basis');
  });

  it('maps the exonym people type to the name the texts use', () => {
    expect(stemOf('Turkey', 'en')).toBe(stemOf('Türkiye', 'en'));
  });

  it('leaves numbers and languages without rules alone', () => {
    expect(stem('157', 'tr')).toBe('157');
    expect(stem('words', 'xx')).toBe('words');
  });

  it('offers an Arabic word without its one-letter proclitic, never a Latin one', () => {
    expect(withoutProclitic(normalize('بمركز'))).toBe(normalize('مركز'));
    expect(withoutProclitic(normalize('بين'))).toBeUndefined();
    expect(withoutProclitic('bank')).toBeUndefined();
  });
});
