import { describe, expect, it } from 'vitest';
import { corpusOf } from '../../../server/search/documents.ts';
import { ENTRIES, searchSnapshot } from './fixture.ts';

describe('corpusOf', () => {
  const corpus = corpusOf(searchSnapshot());

  it('makes one target per entry and organisation', () => {
    expect(corpus.targets.map((t) => `${t.kind}:${t.id}`)).toEqual([
      ...ENTRIES.map((e) => `entry:${e.id}`),
      'organisation:rrt',
    ]);
  });

  it('makes one document per entry translation, keeping keywords as separate phrases', () => {
    const appeal = corpus.documents.filter((d) => corpus.targets[d.target]!.id === 'appeal');
    expect(appeal.map((d) => d.lang)).toEqual(['en', 'tr', 'ar', 'fa']);
    expect(appeal[1]!.keywords).toContain('itiraz süresi');
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
