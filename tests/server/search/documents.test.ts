import { describe, expect, it } from 'vitest';
import { corpusOf } from '../../../server/search/documents.ts';
import { searchSnapshot } from './fixture.ts';

describe('corpusOf', () => {
  const corpus = corpusOf(searchSnapshot());

  it('makes one target per entry and organisation', () => {
    // Entries in the order the builder reads their folders: entries/az/… before entries/tr/….
    expect(corpus.targets.map((t) => `${t.kind}:${t.id}`)).toEqual([
      'entry:az-apply',
      'entry:appeal',
      'entry:deportation',
      'entry:work-permit',
      'entry:yimer-157',
      'organisation:rrt',
    ]);
  });

  it('makes one document per entry translation, keeping keywords as separate phrases', () => {
    const appeal = corpus.documents.filter((d) => corpus.targets[d.target]!.id === 'appeal');
    // In the order of the files (ar.md, en.md, fa.md, tr.md), as the builder reads them.
    expect(appeal.map((d) => d.lang)).toEqual(['ar', 'en', 'fa', 'tr']);
    expect(appeal[3]!.keywords).toContain('itiraz süresi');
  });

  it('makes one document per organisation language, using the English name where a language has none', () => {
    const rrt = corpus.documents.filter((d) => corpus.targets[d.target]!.id === 'rrt');
    expect(rrt.map((d) => [d.lang, d.title])).toEqual([
      ['en', 'Refugee Rights Türkiye'],
      ['tr', 'Mülteci Hakları Merkezi'],
    ]);
    expect(rrt[0]!.keywords).toEqual(['İstanbul']);
  });
});
