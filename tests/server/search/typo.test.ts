import { describe, expect, it } from 'vitest';
import { typoVariants } from '../../../server/search/typo.ts';

const vocabulary = new Set(['deportation', 'itiraz', 'avukat', 'phone', 'izin']);
const known = (term: string) => vocabulary.has(term);
const latin = 'abcdefghijklmnopqrstuvwxyz';

describe('typoVariants', () => {
  it.each([
    ['deportaton', 'deportation'], // a letter missing
    ['itirazz', 'itiraz'], // a letter too many
    ['avukst', 'avukat'], // a wrong letter
    ['izni', 'izin'], // two letters swapped
  ])('finds %s → %s', (typed, meant) => {
    expect(typoVariants(typed, latin, known)).toEqual([meant]);
  });

  it('keeps the first letter, so an unrelated word does not become a match', () => {
    expect(typoVariants('iphone', latin, known)).toEqual([]);
  });

  it('finds nothing two edits away, and never the word itself', () => {
    expect(typoVariants('avkt', latin, known)).toEqual([]);
    expect(typoVariants('avukat', latin, known)).toEqual([]);
  });
});
