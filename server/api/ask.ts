// GET /api/v1/ask — answers a question typed in any of our languages.
import { answerQuestion, outcomeOf, type AskOutcome } from './answer.ts';
import { createAskCache } from './ask-cache.ts';
import { encodeAskResponse, sendAskResponse } from './ask-json.ts';
import { AskQuery, AskResponse } from './contract.ts';
import type { AppDeps } from './deps.ts';
import { ApiError } from './errors.ts';
import { createRecorder, type Recorder } from './record.ts';
import { getRoute, newRouter } from './router.ts';
import { resolveCountry, resolveLang } from './validation.ts';

const route = getRoute({
  path: '/',
  summary: 'Ask a question',
  description:
    'Up to 5 vetted answers in the reading language (`lang`; without it, the language of the question). ' +
    'Urgent questions (detention, deportation, violence, trafficking, self-harm, a child alone) come with the ' +
    "country's emergency numbers. When no answer is confident, `answers` is empty and the response carries " +
    '`didYouMean`, legal-aid organisations, emergency numbers and categories instead.',
  tags: ['Ask'],
  query: AskQuery,
  response: AskResponse,
  errors: [400, 413],
});

/** Counts every question, answered from the cache or not; only unanswered ones keep their (redacted) text. */
function recordQuestion(record: Recorder, outcome: AskOutcome, country: string | undefined, clientKey: string): void {
  const { query, lang, detectedLang, best } = outcome;
  if (best) record('answered', (store) => store.recordAnswered({ lang, country, fellBack: best === 'fallback' }));
  else record('unanswered', (store) => store.recordUnanswered({ query, lang, detectedLang, country, clientKey }));
}

export function askRoutes(deps: AppDeps) {
  const record = createRecorder(deps.feedback, deps.log);
  const cache = createAskCache(deps.config.askCacheEntries);
  return newRouter().openapi(route, (c) => {
    const kb = deps.knowledge();
    const query = c.req.valid('query');
    if (query.q === '') throw new ApiError(400, 'bad_parameter', 'q: please type a question.');
    const lang = query.lang ? resolveLang(kb, query.lang) : undefined;
    const country = resolveCountry(kb, query.country);
    const input = { q: query.q, lang, country };
    const response = cache.get(kb, input, () => {
      const { response: body, entries } = answerQuestion(kb, deps.search(), input);
      return { json: encodeAskResponse(body, entries), outcome: outcomeOf(body) };
    });
    recordQuestion(record, response.outcome, country, c.get('clientKey'));
    // Questions can be sensitive: no cache, not even the browser's on a shared phone, may keep them.
    c.header('Cache-Control', 'no-store');
    return sendAskResponse(c, response);
  });
}
