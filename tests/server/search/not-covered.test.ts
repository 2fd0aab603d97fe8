// Everyday topics the knowledge does not cover (knowledge/lexicon/, `notCovered:`): a question on one gets "did you
// mean" at most, never a confident answer that only shares its ordinary words.
import { describe, expect, it } from 'vitest';
import { createSearch } from '../../../server/search/create-search.ts';
import { notCoveredConflicts } from '../../../server/search/not-covered.ts';
import type { Concept } from '../../../server/knowledge/lexicon.ts';
import { searchSnapshot } from './fixture.ts';

const drivingTest: Concept = {
  id: 'driving-licence',
  words: { en: ['driving test', 'driving licence'], fa: ['ehliyet', 'گواهینامه رانندگی'] },
};
const ask = (q: string, lang: string, notCovered: Concept[] = [drivingTest]) =>
  createSearch(
    searchSnapshot((k) => {
      k.notCovered = notCovered;
    }),
  ).ask({ q, lang, country: 'TR' });

describe('not-covered topics', () => {
  const question = 'my driving test was rejected, how do I appeal';

  it('turns a confident answer into "did you mean" when the question is about a topic we do not cover', () => {
    expect(ask(question, 'en', []).hits.map((h) => h.id)).toContain('appeal');
    const result = ask(question, 'en');
    expect(result.hits).toEqual([]);
    expect(result.didYouMean.map((h) => h.id)).toContain('appeal');
  });

  it('finds a phrase as whole words only, so other questions keep their answers', () => {
    expect(ask('my application was rejected, how do I appeal', 'en').hits.map((h) => h.id)).toContain('appeal');
    expect(ask('driving to the test centre, my application was rejected', 'en').hits.map((h) => h.id)).toContain(
      'appeal',
    );
  });

  it("reads the reader's language list too: a Turkish word inside a Persian question", () => {
    const persian = 'ehliyet من رد شد چطور اعتراض کنم';
    expect(ask(persian, 'fa', []).hits.map((h) => h.id)).toEqual(['appeal']);
    expect(ask(persian, 'fa').hits).toEqual([]);
  });
});

describe('notCoveredConflicts', () => {
  it('warns when a not-covered phrase is itself an entry keyword, naming the file, field and topic', () => {
    const kb = searchSnapshot((k) => {
      k.notCovered = [{ id: 'appeals-elsewhere', words: { en: ['appeal deadline'], tr: ['hava durumu'] } }];
    });
    const found = notCoveredConflicts(kb);
    expect(found.map((d) => [d.file, d.field, d.code])).toEqual([
      ['entries/tr/appeal/en.md', 'keywords[3]', 'covered-not-covered'],
    ]);
    expect(found[0]!.message).toContain('appeals-elsewhere');
    // …and the phrase has no effect: the entry still answers.
    expect(createSearch(kb).ask({ q: 'what is the appeal deadline', lang: 'en', country: 'TR' }).hits[0]?.id).toBe(
      'appeal',
    );
  });
});

describe('a not-covered phrase inside a longer keyword', () => {
  it('does not count when the question holds the whole keyword', () => {
    const kb = (words: string[]) =>
      searchSnapshot((k) => {
        k.notCovered = [{ id: 'negative-thinking', words: { en: words, tr: ['hava durumu'] } }];
      });
    const q = { q: 'got a negative decision, what now', lang: 'en', country: 'TR' };
    expect(createSearch(kb(['negative'])).ask(q).hits[0]?.id).toBe('appeal');
    expect(createSearch(kb(['negative'])).ask({ ...q, q: 'negative, what now for my appeal' }).hits).toEqual([]);
  });
});
