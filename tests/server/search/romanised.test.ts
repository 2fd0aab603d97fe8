import { describe, expect, it } from 'vitest';
import { normalize } from '../../../server/search/normalize.ts';
import { arabicSkeleton, createRomanisedReader, latinSkeleton } from '../../../server/search/romanised.ts';

describe('skeletons', () => {
  it.each([
    ['vakil', 'وکیل'],
    ['wakeel', 'وکیل'],
    ['eghamat', 'اقامت'],
    ['ejazeh', 'اجازه'],
    ['panahandegi', 'پناهندگی'],
    ['mohajerat', 'مهاجرت'],
    ['deport', 'دیپورت'],
    ['btla3', 'بطلع'],
  ])('Latin %s has the consonants of %s', (latin, arabic) => {
    expect(latinSkeleton(latin)).toBe(arabicSkeleton(normalize(arabic)));
  });

  it('keeps consonants that tell words apart', () => {
    expect(latinSkeleton('vakil')).not.toBe(arabicSkeleton(normalize('وکالت')));
  });
});

describe('createRomanisedReader', () => {
  const words: Record<string, string[]> = {
    fa: ['وکیل', 'وکیلان', 'مجانی', 'اقامت', 'اجازه'].map(normalize),
    ar: ['محامي', 'ترحيل'].map(normalize),
  };
  const reader = createRomanisedReader(
    (lang) => words[lang] ?? [],
    (lang) => (lang === 'fa' ? ['چطور', 'دارم'].map(normalize) : []),
    (word) => word === 'kimlik',
  );

  it('reads Latin-typed Persian into the knowledge’s words, the shortest form first, and its stop words', () => {
    expect(reader.reading('vakil mojani chetor daram', 'fa')).toBe(normalize('وکیل مجانی چطور دارم'));
  });

  it('keeps words the search knows in Latin letters, and words it cannot read', () => {
    expect(reader.reading('kimlik eghamat xyzzy', 'fa')).toBe(`kimlik ${normalize('اقامت')} xyzzy`);
  });

  it('reads Arabizi digits as letters', () => {
    expect(reader.reading('mo7ami', 'ar')).toBe(normalize('محامي'));
  });

  it('reads nothing for other languages, Arabic-script text, or when no word can be read', () => {
    expect(reader.reading('vakil', 'tr')).toBeUndefined();
    expect(reader.reading('وکیل', 'fa')).toBeUndefined();
    expect(reader.reading('xyzzy', 'fa')).toBeUndefined();
    expect(reader.reading('vakil', undefined)).toBeUndefined();
  });
});
