import { describe, expect, it } from 'vitest';
import { typoFinder } from '../../../server/search/typo.ts';

const vocabulary = new Set(['deportation', 'itiraz', 'avukat', 'phone', 'izin']);
const typoVariants = typoFinder(vocabulary);
const latin = 'abcdefghijklmnopqrstuvwxyz';

describe('typoFinder', () => {
  it.each([
    ['deportaton', 'deportation'], // a letter missing
    ['itirazz', 'itiraz'], // a letter too many
    ['avukst', 'avukat'], // a wrong letter
    ['izni', 'izin'], // two letters swapped
  ])('finds %s → %s', (typed, meant) => {
    expect(typoVariants(typed, latin)).toEqual([meant]);
  });

  it('keeps the first letter, so an unrelated word does not become a match', () => {
    expect(typoVariants('iphone', latin)).toEqual([]);
  });

  it('finds nothing two edits away, and never the word itself', () => {
    expect(typoVariants('avkt', latin)).toEqual([]);
    expect(typoVariants('avukat', latin)).toEqual([]);
  });

  it('lists the words in the order spelling out the variants position by position would find them', () => {
    const find = typoFinder(['kart', 'karta', 'kara', 'kat', 'akrt']);
    expect(find('karat', latin)).toEqual(['kart', 'karta', 'kara']);
    expect(find('kart', latin)).toEqual(['kat', 'kara', 'karta']);
  });

  it('inserts and replaces only letters of the alphabet it is given', () => {
    expect(typoFinder(['kapı'])('kapa', latin)).toEqual([]);
    expect(typoFinder(['kapı'])('kapa', `${latin}ı`)).toEqual(['kapı']);
  });
});
