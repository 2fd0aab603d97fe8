import { describe, expect, it } from 'vitest';
import { createSearch } from '../../../server/search/index.ts';
import { cyrillicReading } from '../../../server/search/transliterate.ts';
import { searchSnapshot } from './fixture.ts';

describe('Russian and Ukrainian typed in Latin letters', () => {
  it('is read back into Cyrillic, letter groups first', () => {
    expect(cyrillicReading('ukrali pasport v stambule chto delat', 'ru')).toBe('украли паспорт в стамбуле что делат');
    expect(cyrillicReading("moy brat v tyurme, mozhno obzhalovat'?", 'ru')).toBe('мой брат в тюрме, можно обжаловать?');
    expect(cyrillicReading('yak otrymaty dozvil na robotu', 'uk')).toBe('як отримати дозвіл на роботу');
  });

  it('leaves other languages, and text with Cyrillic already, alone', () => {
    expect(cyrillicReading('work permit', 'en')).toBeUndefined();
    expect(cyrillicReading('work permit', undefined)).toBeUndefined();
    expect(cyrillicReading('разрешение na rabotu', 'ru')).toBeUndefined();
    expect(cyrillicReading('2024', 'ru')).toBeUndefined();
  });

  it('finds the Russian text of an entry, and still answers a question typed in English on a Russian page', () => {
    const search = createSearch(searchSnapshot());
    expect(search.ask({ q: 'razreshenie na rabotu', lang: 'ru', country: 'TR' }).hits[0]?.id).toBe('work-permit');
    expect(search.ask({ q: 'work permit', lang: 'ru', country: 'TR' }).hits[0]?.id).toBe('work-permit');
  });
});
