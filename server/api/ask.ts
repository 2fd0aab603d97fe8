// GET /api/v1/ask — answers a question typed in any of our languages.
import type { Context } from 'hono';
import { answerQuestion, outcomeOf, type AskOutcome } from './answer.ts';
import { createAskCache, type Ready } from './ask-cache.ts';
import { encodeAskResponse, sendJson } from './ask-json.ts';
import { AskQuery, AskResponse } from './contract.ts';
import type { ApiDeps } from './deps.ts';
import { ApiError } from './errors.ts';
import { createRecorder, type Recorder } from './record.ts';
import { getRoute, newRouter } from './router.ts';
import { resolveCountry, resolveLang } from './validation.ts';

const route = getRoute({
  path: '/',
  summary: 'Ask a question',
  description:
    'Up to 5 written answers (never generated text) in the reading language (`lang`; without it, the language of the question). ' +
    'Urgent questions (detention, deportation, violence, trafficking, self-harm, a child alone) come with the ' +
    "country's emergency numbers. When no answer is confident, `answers` is empty and the response carries " +
    '`didYouMean`, legal-aid organisations, emergency numbers and categories instead.',
  tags: ['Ask'],
  query: AskQuery,
  response: AskResponse,
  errors: [400, 413],
});

/** Counts every question, answered from the cache or not; only unanswered ones keep their (redacted) text. */
function recordQuestion(record: Recorder, outcome: AskOutcome, clientKey: string): void {
  const { query, lang, detectedLang, country, best } = outcome;
  if (best) record('answered', (store) => store.recordAnswered({ lang, country, fellBack: best === 'fallback' }));
  else record('unanswered', (store) => store.recordUnanswered({ query, lang, detectedLang, country, clientKey }));
}

/** The query string as sent, the answer cache's key. */
function queryString(c: Context): string {
  const url = c.req.url;
  const start = url.indexOf('?');
  return start < 0 ? '' : url.slice(start + 1);
}

export function askRoutes(deps: ApiDeps) {
  const record = createRecorder(deps.feedback, deps.log);
  const cache = createAskCache(deps.config.askCacheEntries);
  const send = (c: Context, response: Ready) => {
    recordQuestion(record, response.outcome, c.get('clientKey'));
    // Questions can be sensitive: no cache, not even the browser's on a shared phone, may keep them.
    c.header('Cache-Control', 'no-store');
    return sendJson(c, response);
  };
  const router = newRouter();
  // A question asked before in the same words is answered before its parameters are parsed and checked again.
  router.use('/', async (c, next) => {
    const kept =
      c.req.method === 'GET' || c.req.method === 'HEAD' ? cache.peek(deps.knowledge(), queryString(c)) : undefined;
    if (kept) return send(c, kept);
    await next();
  });
  return router.openapi(route, (c) => {
    const kb = deps.knowledge();
    const query = c.req.valid('query');
    if (query.q === '') throw new ApiError(400, 'bad_parameter', 'q: please type a question.');
    const lang = query.lang ? resolveLang(kb, query.lang) : undefined;
    const country = resolveCountry(kb, query.country);
    const response = cache.get(kb, queryString(c), () => {
      const answered = answerQuestion(kb, deps.search(), { q: query.q, lang, country, context: query.context });
      return { json: encodeAskResponse(answered), outcome: outcomeOf(answered, country) };
    });
    return send(c, response);
  });
}
