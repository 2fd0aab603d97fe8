import { describe, expect, it } from 'vitest';
import { corpusOf } from '../../../server/search/documents.ts';
import { createTermIndex } from '../../../server/search/term-index.ts';
import { searchSnapshot } from './fixture.ts';

const kb = searchSnapshot();
const corpus = corpusOf(kb);
const index = createTermIndex(
  corpus,
  kb.languages.map((l) => l.code),
);
const targetsOf = (docs: readonly number[]) => [
  ...new Set(docs.map((d) => corpus.targets[corpus.documents[d]!.target]!.id)),
];

describe('term index', () => {
  it('finds documents by exact term per field', () => {
    expect(targetsOf(index.exact('157', 'title'))).toEqual(['yimer-157']);
    expect(targetsOf(index.exact('157', 'keywords'))).toEqual(['yimer-157']);
    expect(targetsOf(index.exact('court', 'title'))).toEqual(['deportation']);
    expect(targetsOf(index.exact('court', 'summary'))).toEqual(['appeal', 'deportation']);
  });

  it('finds title and keyword words by their start', () => {
    expect(targetsOf(index.startingWith('deport'))).toEqual(['deportation']);
    expect(targetsOf(index.startingWith('mülteci'))).toEqual([]);
    expect(targetsOf(index.startingWith('multe'))).toEqual(['rrt']);
  });

  it("a text that is one document's summary and a later one's keyword completes prefixes all the same", () => {
    const targets = [
      { id: 'a', kind: 'entry' as const, countries: ['TR'] },
      { id: 'b', kind: 'entry' as const, countries: ['TR'] },
    ];
    const documents = [
      { target: 0, lang: 'en', title: 'Travel', keywords: [], summary: 'refugee passport' },
      { target: 1, lang: 'en', title: 'Documents', keywords: ['refugee passport'], summary: '' },
    ];
    const small = createTermIndex({ targets, documents }, ['en']);
    expect(small.hasPrefix('passp')).toBe(true);
    expect(small.startingWith('passp')).toEqual([1]);
  });

  it('knows which terms stand side by side in one title or keyword', () => {
    expect(targetsOf(index.adjacent('work', 'permit'))).toEqual(['work-permit']);
    expect(index.adjacent('permit', 'work')).toEqual([]);
  });

  it('knows the vocabulary of titles, keywords and summaries, but not of bodies', () => {
    expect(index.knows('itiraz')).toBe(true);
    expect(index.knows('toyota')).toBe(false);
  });

  it('knows which languages use a word', () => {
    expect(index.languagesUsing('yimer')).toEqual(['tr', 'en']);
    expect(index.languagesUsing('toyota')).toEqual([]);
  });

  it('finds known terms one edit away, with letters of the same script', () => {
    expect(index.typosOf('itirazz')).toEqual(['itiraz']);
    expect(index.typosOf('itir')).toEqual([]);
  });
});
