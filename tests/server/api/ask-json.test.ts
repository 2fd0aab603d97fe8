import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../server/api/answer.ts';
import { encodeAskResponse } from '../../../server/api/ask-json.ts';
import { standInSearch } from './helpers/search.ts';
import { testSnapshot } from './helpers/snapshot.ts';

describe('encodeAskResponse', () => {
  const kb = testSnapshot();
  const search = standInSearch(kb);

  it.each([
    ['answers with scores', { q: 'appeal work', lang: 'ar' }],
    ['no answer, with the fallback help', { q: 'zzzz', country: 'TR' }],
    ['an urgent question', { q: 'detained appeal', lang: 'tr' }],
  ])('encodes exactly the response (%s)', (_, input) => {
    const { response, entries } = answerQuestion(kb, search, input);
    const bytes = encodeAskResponse(response, entries);
    expect(JSON.parse(bytes.toString('utf8'))).toEqual(response);
  });

  it('encodes each entry once and reuses it, keeping scores per response', () => {
    const first = answerQuestion(kb, search, { q: 'appeal', lang: 'tr' });
    const second = answerQuestion(kb, search, { q: 'appeal rejected', lang: 'tr' });
    expect(second.entries[0]).toBe(first.entries[0]);
    expect(JSON.parse(encodeAskResponse(first.response, first.entries).toString()).answers[0].score).toBe(1);
    expect(JSON.parse(encodeAskResponse(second.response, second.entries).toString()).answers[0].score).toBe(2);
  });
});
