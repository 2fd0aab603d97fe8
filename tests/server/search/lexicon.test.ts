import { describe, expect, it } from 'vitest';
import { createSearch } from '../../../server/search/create-search.ts';
import { corpusOf } from '../../../server/search/documents.ts';
import type { Concept } from '../../../server/knowledge/lexicon.ts';
import { searchSnapshot } from './fixture.ts';

const lexicon: Concept[] = [
  { id: 'work-permit', words: { en: ['work permit'], so: ['ogolaansho shaqo'], uk: ['дозвіл на роботу'] } },
  { id: 'nothing-here', words: { en: ['weather'], so: ['cimilada'] } },
];

/** The fixture knowledge with these concepts in knowledge/lexicon/. */
const withLexicon = (concepts: Concept[]) =>
  searchSnapshot((k) => {
    k.lexicon = concepts;
  });

describe('concept documents', () => {
  it('gives an entry whose text holds a concept the concept’s words in every language', () => {
    const corpus = corpusOf(withLexicon(lexicon));
    const concept = corpus.documents.filter((d) => d.concept);
    expect(concept.map((d) => [corpus.targets[d.target]!.id, d.lang, d.keywords])).toEqual([
      ['work-permit', 'en', ['work permit']],
      ['work-permit', 'so', ['ogolaansho shaqo']],
      ['work-permit', 'uk', ['дозвіл на роботу']],
    ]);
  });

  it('attaches a concept only where one of its words is written, not another word with the same stem', () => {
    // Arabic مثلي (gay) and مثل (for example) share a stem, as do "applying" and "apply": a stem match would attach
    // the concept to every entry that says "for example" or "apply".
    const sameStem: Concept[] = [{ id: 'applying', words: { en: ['applying'], so: ['codsasho'] } }];
    expect(corpusOf(withLexicon(sameStem)).documents.filter((d) => d.concept)).toEqual([]);
  });

  it('lets a question in a language the entry is not written in find it', () => {
    const ask = (kb: ReturnType<typeof searchSnapshot>) =>
      createSearch(kb)
        .ask({ q: 'ogolaansho shaqo', lang: 'so', country: 'TR' })
        .hits.map((h) => h.id);
    expect(ask(searchSnapshot())).toEqual([]);
    expect(ask(withLexicon(lexicon))).toEqual(['work-permit']);
  });
});
