// Every error a client sees has the shape { error: { code, message } }: one onError, one notFound, one 405.
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorBody, ErrorCode } from './contract.ts';
import type { Logger } from './deps.ts';

/** An error meant for the client: its message is shown as is, so write it in plain words. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function errorBody(code: ErrorCode, message: string): ApiErrorBody {
  return { error: { code, message } };
}

export function errorResponse(c: Context, error: ApiError): Response {
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  return c.json(errorBody(error.code, error.message), error.status);
}

// Errors Hono itself raises (malformed JSON, body limits) keep their status but get our shape.
const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'bad_parameter',
  401: 'unauthorized',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'unavailable',
};

/** The one error handler: known errors go to the client as they are, anything else is logged and hidden. */
export function onError(log: Logger): ErrorHandler {
  return (err, c) => {
    if (err instanceof ApiError) return errorResponse(c, err);
    const known =
      err instanceof HTTPException
        ? (CODE_BY_STATUS[err.status] ?? (err.status < 500 ? 'bad_parameter' : undefined))
        : undefined;
    if (known && err instanceof HTTPException) {
      return c.json(errorBody(known, err.message || 'The request was not understood.'), err.status);
    }
    log.error('unhandled error', {
      route: c.req.routePath,
      error: err instanceof Error ? (err.stack ?? err.message) : String(err),
    });
    return c.json(errorBody('internal', 'Something went wrong on our side. Please try again.'), 500);
  };
}

export const NOT_FOUND_MESSAGE = 'Nothing here. The API is described at /api/v1/docs.';

export const notFound: NotFoundHandler = (c) => c.json(errorBody('not_found', NOT_FOUND_MESSAGE), 404);

/** Answers a known path requested with a method it does not support (OPTIONS never gets here: CORS answers it). */
export function methodNotAllowed(allow: string) {
  return (c: Context) => {
    c.header('Allow', allow);
    return c.json(errorBody('method_not_allowed', `This address only accepts ${allow}.`), 405);
  };
}
