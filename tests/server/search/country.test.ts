import { describe, expect, it } from 'vitest';
import { countriesNamed, countryFilter } from '../../../server/search/country.ts';
import { words } from '../../../server/search/tokenize.ts';

const named = (q: string, lang = 'en') => [...countriesNamed(words(q, lang))].sort();

describe('countriesNamed', () => {
  it.each([
    ['asylum in Azerbaijan', 'en', ['AZ']],
    ['Azərbaycanda sığınacaq', 'az', ['AZ']],
    ['убежище в Азербайджане', 'ru', ['AZ']],
    ['работа в Баку', 'ru', ['AZ']],
    ['پناهندگی در آذربایجان', 'fa', ['AZ']],
    ['Türkiye’de çalışma izni', 'tr', ['TR']],
    ['разрешение на работу в Турции', 'ru', ['TR']],
    ['дозвіл у Туреччині', 'uk', ['TR']],
    ['کار در ترکیه', 'fa', ['TR']],
    ['العمل في تركيا', 'ar', ['TR']],
    ['demande d’asile en Turquie', 'fr', ['TR']],
    ['from Istanbul to Baku', 'en', ['AZ', 'TR']],
  ])('%s', (q, lang, expected) => {
    expect(named(q, lang)).toEqual(expected);
  });

  it('does not take ordinary words for a country (Turkish "bakım" is care)', () => {
    expect(named('çocuk bakımı', 'tr')).toEqual([]);
    expect(named('constructor __proto__')).toEqual([]);
  });
});

describe('countryFilter', () => {
  it('keeps the page’s country, adds a named one, and keeps only the named ones when the page’s is not named', () => {
    const on = (page: string | undefined, named: string[]) => (countries: string[]) =>
      countryFilter(page, new Set(named))(countries);
    expect(on('TR', [])(['AZ'])).toBe(false);
    expect(on('TR', [])(['TR'])).toBe(true);
    expect(on('TR', ['AZ'])(['AZ'])).toBe(true);
    expect(on('TR', ['AZ'])(['TR'])).toBe(false);
    expect(on('TR', ['AZ', 'TR'])(['TR'])).toBe(true);
    expect(on(undefined, [])(['AZ'])).toBe(true);
    expect(on(undefined, ['AZ'])(['TR'])).toBe(false);
  });
});
