import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../server/api/answer.ts';
import { encodeAskResponse } from '../../../server/api/ask-json.ts';
import { standInSearch } from './helpers/search.ts';
import { testSnapshot } from './helpers/snapshot.ts';

describe('encodeAskResponse', () => {
  const kb = testSnapshot();
  const search = standInSearch(kb);

  it.each([
    ['answers, the best in full', { q: 'appeal work', lang: 'ar' }],
    ['no answer, with the fallback help', { q: 'zzzz', country: 'TR' }],
    ['an urgent question', { q: 'detained appeal', lang: 'tr' }],
  ])('encodes exactly the response (%s)', (_, input) => {
    const response = answerQuestion(kb, search, input);
    expect(JSON.parse(encodeAskResponse(response).toString('utf8'))).toEqual(response);
  });

  it("shares the best answer's presented entry between responses (no copy), keeping scores per response", () => {
    const first = answerQuestion(kb, search, { q: 'appeal', lang: 'tr' });
    const second = answerQuestion(kb, search, { q: 'appeal rejected', lang: 'tr' });
    expect(second.answer).toBe(first.answer);
    expect(JSON.parse(encodeAskResponse(first).toString()).answers[0].score).toBe(1);
    expect(JSON.parse(encodeAskResponse(second).toString()).answers[0].score).toBe(2);
  });
});
