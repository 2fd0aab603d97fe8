// How every resource sub-app is made: an OpenAPIHono with our validation hook, and GET routes described once
// for both validation and the OpenAPI document.
import { createRoute, OpenAPIHono, type z } from '@hono/zod-openapi';
import { ApiErrorBody } from './contract.ts';
import type { ApiEnv } from './deps.ts';
import { validationHook } from './validation.ts';

export function newRouter(): OpenAPIHono<ApiEnv> {
  return new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
}

const ERROR_DESCRIPTIONS = {
  400: 'A parameter is wrong; the message names it and lists the allowed values.',
  404: 'No such item.',
  413: 'The question is longer than 500 characters.',
  429: 'Too many requests from this client; retry after the number of seconds in Retry-After.',
} as const;

type ErrorStatus = keyof typeof ERROR_DESCRIPTIONS;

/** OpenAPI error responses in our `{ error }` shape, one per status with its description. */
export function errorResponses(descriptions: Partial<Record<number, string>>) {
  return Object.fromEntries(
    Object.entries(descriptions).map(([status, description]) => [
      status,
      { description: description!, content: { 'application/json': { schema: ApiErrorBody } } },
    ]),
  );
}

interface GetRoute<Q extends z.ZodObject | undefined, P extends z.ZodObject | undefined, R extends z.ZodType> {
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  query?: Q;
  params?: P;
  response: R;
  /** Errors this route can answer besides 429, which every rate-limited route can. */
  errors?: ErrorStatus[];
}

/** A GET route answering JSON, with the error responses it may give. */
export function getRoute<Q extends z.ZodObject | undefined, P extends z.ZodObject | undefined, R extends z.ZodType>(
  spec: GetRoute<Q, P, R>,
) {
  const errors = errorResponses(
    Object.fromEntries([...(spec.errors ?? []), 429 as const].map((status) => [status, ERROR_DESCRIPTIONS[status]])),
  );
  return createRoute({
    method: 'get',
    path: spec.path,
    summary: spec.summary,
    description: spec.description,
    tags: spec.tags,
    request: { query: spec.query as Q, params: spec.params as P },
    responses: {
      200: { description: 'OK', content: { 'application/json': { schema: spec.response } } },
      ...errors,
    },
  });
}
