// POST /api/v1/feedback — "Was this helpful?" from the widget (issue 6). The vote is written before the 202,
// so an acknowledged vote survives a crash; a failing store answers 503 and the person carries on.
import { createRoute, z } from '@hono/zod-openapi';
import { LangParam } from './contract.ts';
import type { ApiDeps } from './deps.ts';
import { ApiError } from './errors.ts';
import { errorResponses, newRouter } from './router.ts';
import { StorageUnavailableError } from '../storage/open.ts';
import { resolveLang } from './validation.ts';

const FeedbackRequest = z
  .object({
    entryId: z.string().min(1).max(100),
    helpful: z.boolean(),
    lang: LangParam,
    flowId: z.string().min(1).max(100).optional(),
    query: z
      .string()
      .max(500)
      .optional()
      .openapi({ description: 'The question that led to the answer; redacted before it is stored.' }),
  })
  .strict()
  .openapi('FeedbackRequest');

const route = createRoute({
  method: 'post',
  path: '/',
  summary: 'Was this answer helpful?',
  description:
    'Counts a vote for an entry. Stored per day and language only: no address, no identifier, no time of day.',
  tags: ['Feedback'],
  request: { body: { required: true, content: { 'application/json': { schema: FeedbackRequest } } } },
  responses: {
    202: {
      description: 'Counted.',
      content: { 'application/json': { schema: z.object({ accepted: z.literal(true) }) } },
    },
    ...errorResponses({
      400: 'Unknown entry, flow or language, or a malformed body.',
      429: 'Too many requests.',
      503: 'Feedback cannot be stored right now.',
    }),
  },
});

export function feedbackRoutes(deps: ApiDeps) {
  return newRouter().openapi(route, async (c) => {
    const kb = deps.knowledge();
    const vote = c.req.valid('json');
    const lang = resolveLang(kb, vote.lang);
    if (!kb.entries.has(vote.entryId))
      throw new ApiError(400, 'bad_parameter', `entryId: there is no entry "${vote.entryId.slice(0, 60)}".`);
    if (vote.flowId && !kb.flows.has(vote.flowId))
      throw new ApiError(400, 'bad_parameter', `flowId: there is no flow "${vote.flowId.slice(0, 60)}".`);
    if (!deps.feedback) throw new ApiError(503, 'unavailable', 'Feedback is not being collected on this server.');
    try {
      await deps.feedback.recordFeedback({ ...vote, lang, clientKey: c.get('clientKey') });
    } catch (error) {
      deps.log.warn('feedback not stored', { error: error instanceof Error ? error.message : String(error) });
      const retryAfter = error instanceof StorageUnavailableError ? error.retryAfter : 10;
      throw new ApiError(503, 'unavailable', 'Thank you. Your feedback could not be saved right now.', {
        'Retry-After': String(retryAfter),
      });
    }
    return c.json({ accepted: true as const }, 202);
  });
}
