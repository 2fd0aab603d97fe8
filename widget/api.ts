// The widget's API client: one GET/POST helper with a timeout, no cookies, no referrer, and errors turned into
// a few kinds the UI can explain (server down, too slow, too many requests, …). Types come from the contract.
import type {
  AskResponse,
  ApiEntry,
  EmergencyResponse,
  ApiFlow,
  FlowsResponse,
  CategoriesResponse,
  OrganisationsResponse,
  SuggestResponse,
} from '../server/api/contract.ts';

export type FailureKind = 'offline' | 'timeout' | 'rate-limited' | 'not-found' | 'bad-request' | 'server';

export interface Failure {
  kind: FailureKind;
  /** Seconds to wait, from Retry-After (429). */
  retryAfter?: number;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: Failure };

export type Params = Record<string, string | undefined>;

/** How long a request may take before the person is told the server is too slow. */
const TIMEOUT_MS = 10_000;

export interface Api {
  /** `context`: the entry the previous answer showed, so a short follow-up is read in its light. */
  ask(q: string, lang: string, country?: string, context?: string): Promise<Result<AskResponse>>;
  suggest(q: string, lang: string, signal?: AbortSignal): Promise<Result<SuggestResponse>>;
  entry(id: string, lang: string): Promise<Result<ApiEntry>>;
  flows(lang: string, country?: string): Promise<Result<FlowsResponse>>;
  flow(id: string, lang: string): Promise<Result<ApiFlow>>;
  categories(lang: string, country?: string): Promise<Result<CategoriesResponse>>;
  organisations(lang: string, country?: string): Promise<Result<OrganisationsResponse>>;
  emergency(lang: string, country?: string): Promise<Result<EmergencyResponse>>;
  feedback(vote: { entryId: string; helpful: boolean; lang: string }): Promise<Result<unknown>>;
}

/**
 * A client for the API at `base` (an absolute URL ending in "/api/v1/"). Reference data (entries, flows,
 * organisations…) is kept in memory for the life of the client, i.e. while the panel is open.
 */
export function createApi(base: string, timeoutMs = TIMEOUT_MS): Api {
  const request = <T>(path: string, params: Params, init: RequestInit = {}): Promise<Result<T>> =>
    send<T>(buildUrl(base, path, params), init, timeoutMs);
  const get = <T>(path: string, params: Params, signal?: AbortSignal) => request<T>(path, params, { signal });
  const cache = new Map<string, Promise<Result<unknown>>>();
  const cached = <T>(path: string, params: Params): Promise<Result<T>> => {
    const key = buildUrl(base, path, params);
    const hit = cache.get(key) ?? get<T>(path, params);
    cache.set(key, hit);
    // Failures are not kept: a retry must reach the server again.
    void hit.then((result) => result.ok || cache.delete(key));
    return hit as Promise<Result<T>>;
  };
  return {
    ask: (q, lang, country, context) => get('ask', { q, lang, country, context }),
    suggest: (q, lang, signal) => get('suggest', { q, lang }, signal),
    entry: (id, lang) => cached(`entries/${encodeURIComponent(id)}`, { lang }),
    flows: (lang, country) => cached('flows', { lang, country }),
    flow: (id, lang) => cached(`flows/${encodeURIComponent(id)}`, { lang }),
    categories: (lang, country) => cached('categories', { lang, country }),
    organisations: (lang, country) => cached('organisations', { lang, country }),
    emergency: (lang, country) => cached('emergency', { lang, country }),
    feedback: (vote) =>
      request(
        'feedback',
        {},
        { method: 'POST', body: JSON.stringify(vote), headers: { 'content-type': 'application/json' } },
      ),
  };
}

/** `base` + `path` with the defined parameters as a query string. */
export function buildUrl(base: string, path: string, params: Params): string {
  const url = new URL(path, base);
  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, value);
  return url.href;
}

async function send<T>(url: string, init: RequestInit, timeoutMs: number): Promise<Result<T>> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
  let response: Response;
  try {
    // No cookies and no referrer: the server must not learn who asked or from which page.
    response = await fetch(url, { ...init, signal, credentials: 'omit', referrerPolicy: 'no-referrer', mode: 'cors' });
  } catch {
    // A caller that aborted (type-ahead moving on) ignores the result, so any kind will do here.
    return fail(timeout.aborted ? 'timeout' : 'offline');
  }
  if (response.status === 204) return { ok: true, data: undefined as T };
  if (response.ok) {
    try {
      return { ok: true, data: (await response.json()) as T };
    } catch {
      return fail(timeout.aborted ? 'timeout' : 'server');
    }
  }
  if (response.status === 429) return fail('rate-limited', Number(response.headers.get('retry-after')) || 30);
  if (response.status === 404) return fail('not-found');
  return fail(response.status < 500 ? 'bad-request' : 'server');
}

const fail = (kind: FailureKind, retryAfter?: number): { ok: false; error: Failure } => ({
  ok: false,
  error: retryAfter === undefined ? { kind } : { kind, retryAfter },
});
