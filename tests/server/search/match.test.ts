import { describe, expect, it } from 'vitest';
import { corpusOf } from '../../../server/search/documents.ts';
import { FIELD_WEIGHT, matchTerm } from '../../../server/search/match.ts';
import { createTermIndex } from '../../../server/search/term-index.ts';
import { termsOf, words } from '../../../server/search/tokenize.ts';
import { searchSnapshot } from './fixture.ts';

const kb = searchSnapshot();
const corpus = corpusOf(kb);
const index = createTermIndex(
  corpus,
  kb.languages.map((l) => l.code),
);

/** Best evidence per target id for one typed word. */
function evidence(word: string, lang: string): Record<string, number> {
  const [term] = termsOf(words(word, lang), lang);
  const best: Record<string, number> = {};
  for (const [doc, value] of matchTerm(term!, index)) {
    const id = corpus.targets[corpus.documents[doc]!.target]!.id;
    best[id] = Math.max(best[id] ?? 0, value);
  }
  return best;
}

describe('matchTerm', () => {
  it('weighs a title match above a keyword match above a summary match', () => {
    expect(FIELD_WEIGHT.title).toBeGreaterThan(FIELD_WEIGHT.keywords);
    expect(FIELD_WEIGHT.keywords).toBeGreaterThan(FIELD_WEIGHT.summary);
    expect(evidence('court', 'en')).toEqual({ deportation: FIELD_WEIGHT.title, appeal: FIELD_WEIGHT.summary });
  });

  it('weighs one word of a keyword of several words below a keyword of one word', () => {
    expect(FIELD_WEIGHT.keyphrase).toBeLessThan(FIELD_WEIGHT.keywords);
    expect(FIELD_WEIGHT.keyphrase).toBeGreaterThan(FIELD_WEIGHT.summary);
    // "refused" is a keyword of its own; "negative" only half of "negative decision".
    expect(evidence('refused', 'en').appeal).toBe(FIELD_WEIGHT.keywords);
    expect(evidence('negative', 'en').appeal).toBe(FIELD_WEIGHT.keyphrase);
  });

  it('matches the start of a longer title or keyword word, for less', () => {
    const { deportation } = evidence('deportat', 'xx');
    expect(deportation).toBeGreaterThan(0);
    expect(deportation).toBeLessThan(FIELD_WEIGHT.keywords);
  });

  it('matches a shortened form when the ending is unknown (Somali, Turkish verbs)', () => {
    const { appeal } = evidence('reddetti', 'tr');
    expect(appeal).toBeGreaterThan(0);
    expect(appeal).toBeLessThan(FIELD_WEIGHT.keywords);
  });

  it('matches an Arabic word written with a one-letter proclitic', () => {
    expect(evidence('بترحيل', 'xx').deportation).toBe(FIELD_WEIGHT.title);
  });

  it('matches one typo away, for less than an exact match', () => {
    const { appeal } = evidence('itirz', 'tr');
    expect(appeal).toBeGreaterThan(0);
    expect(appeal).toBeLessThan(FIELD_WEIGHT.title * 0.7);
  });

  it('does not loosen numbers: 15 is not 157', () => {
    expect(evidence('15', 'en')).toEqual({});
  });
});
