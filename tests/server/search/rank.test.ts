import { describe, expect, it } from 'vitest';
import { corpusOf } from '../../../server/search/documents.ts';
import { rank, type RankContext } from '../../../server/search/rank.ts';
import { createTermIndex } from '../../../server/search/term-index.ts';
import { termsOf, words } from '../../../server/search/tokenize.ts';
import { searchSnapshot } from './fixture.ts';

const kb = searchSnapshot();
const corpus = corpusOf(kb);
const index = createTermIndex(
  corpus,
  kb.languages.map((l) => l.code),
);

function ranked(q: string, lang: string, extra: Partial<RankContext> = {}) {
  const terms = termsOf(words(q, lang), lang);
  return rank(terms, { index, corpus, langs: new Set([lang]), ...extra }).map((r) => ({
    id: corpus.targets[r.target]!.id,
    score: r.score,
  }));
}

describe('rank', () => {
  it('scores the share of the question a target covers', () => {
    const [best] = ranked('deportation decision', 'en');
    expect(best).toEqual({ id: 'deportation', score: 1 });
    const [partly] = ranked('deportation toyota', 'en');
    expect(partly!.id).toBe('deportation');
    expect(partly!.score).toBeGreaterThan(0.3);
    expect(partly!.score).toBeLessThan(0.8);
  });

  it('adds a bonus when question words stand side by side in a keyword', () => {
    const together = ranked('work permit', 'en')[0]!;
    const apart = ranked('permit work', 'en')[0]!;
    expect(together.id).toBe('work-permit');
    expect(apart.id).toBe('work-permit');
    expect(together.score).toBeGreaterThanOrEqual(apart.score);
  });

  it('prefers a match in the question’s own language', () => {
    const inEnglish = ranked('yimer', 'en')[0]!;
    const inArabic = ranked('yimer', 'ar')[0]!;
    expect(inEnglish.score).toBeGreaterThan(inArabic.score);
  });

  it('ranks only the targets the filter allows', () => {
    const all = ranked('asylum', 'en').map((r) => r.id);
    const allowed = (target: number) => corpus.targets[target]!.countries.includes('TR');
    const filtered = ranked('asylum', 'en', { allowed }).map((r) => r.id);
    expect(all).toContain('az-apply');
    expect(filtered).not.toContain('az-apply');
    expect(filtered.length).toBeGreaterThan(0);
  });

  it('reads a short follow-up with the previous answer’s terms, at lower weight than the question’s own', () => {
    const contextTerms = termsOf(words('deportation', 'en'), 'en');
    const alone = ranked('court', 'en');
    const inContext = ranked('court', 'en', { contextTerms });
    expect(inContext[0]!.id).toBe('deportation');
    expect(alone.map((r) => r.id)).toContain('appeal');
  });

  it('ranks nothing for a question with no known word', () => {
    expect(ranked('toyota', 'en')).toEqual([]);
  });
});
