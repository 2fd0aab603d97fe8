// Turns request validation failures into our error shape, and checks codes against the loaded knowledge.
import type { Hook } from '@hono/zod-openapi';
import type { Snapshot } from '../knowledge/snapshot.ts';
import type { ApiEnv } from './deps.ts';
import { MAX_QUERY_LENGTH } from './contract.ts';
import { ApiError, errorResponse } from './errors.ts';

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
}

function describe(issue: Issue): string {
  const field = issue.path.map(String).join('.') || 'request';
  return `${field}: ${issue.message}`;
}

/** zod failures become 400 naming each bad field; a question that is too long becomes 413 (issue 4). */
export const validationHook: Hook<unknown, ApiEnv, string, unknown> = (result, c) => {
  if (result.success) return;
  const issues = (result.error as { issues: Issue[] }).issues;
  const tooLong = issues.find((i) => i.code === 'too_big' && i.path[0] === 'q');
  if (tooLong) {
    return errorResponse(
      c,
      new ApiError(
        413,
        'query_too_long',
        `The question is too long: please use at most ${MAX_QUERY_LENGTH} characters.`,
      ),
    );
  }
  return errorResponse(c, new ApiError(400, 'bad_parameter', issues.map(describe).join('; ')));
};

/** The reading language: the given code if the knowledge has it, else `fallback`; unknown codes are a 400 listing the known ones. */
export function resolveLang(kb: Snapshot, raw: string | undefined, fallback = 'en'): string {
  if (raw === undefined || raw === '') return fallback;
  if (kb.languages.some((l) => l.code === raw)) return raw;
  const known = kb.languages.map((l) => l.code).join(', ');
  throw new ApiError(400, 'bad_parameter', `lang: unknown language "${clip(raw)}". Supported: ${known}.`);
}

/** The country filter, if any; unknown codes are a 400 listing the known ones. Lower case is accepted. */
export function resolveCountry(kb: Snapshot, raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  const code = raw.toUpperCase();
  if (kb.countries.some((c) => c.code === code)) return code;
  const known = kb.countries.map((c) => c.code).join(', ');
  throw new ApiError(400, 'bad_parameter', `country: unknown country "${clip(raw)}". Supported: ${known}.`);
}

/** Echoing a whole 10 kB parameter back in an error helps nobody. */
function clip(value: string): string {
  return value.length > 20 ? `${value.slice(0, 20)}…` : value;
}
