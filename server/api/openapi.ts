// GET /api/v1/openapi.json and /api/v1/docs: the contract as OpenAPI 3.1, and as a page people can read.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv } from './deps.ts';
import { DOCS_CSP, renderDocsPage, type OpenApiDocument } from './docs-page.ts';
import { MAX_QUERY_LENGTH } from './contract.ts';

const INFO = {
  title: 'Huquq API',
  version: '1',
  description:
    'Written legal information for asylum seekers, refugees and migrants, in 11 languages, each answer with its legal basis and sources. Every parameter is validated; ' +
    'errors are `{ "error": { "code", "message" } }` with 400 (naming the parameter and the allowed values), 404, 405, ' +
    `413 (a question over ${MAX_QUERY_LENGTH} characters) and 429 (wait \`Retry-After\` seconds). ` +
    'Any origin may call the API (CORS). Knowledge responses carry an `ETag` and `Cache-Control`; `/ask` and ' +
    '`/suggest` are never cached, because what people type can be sensitive. Texts come in the reading language ' +
    '`lang` or along its fallback chain, and `translation` says which.',
};

/** Adds both documents to `api` (mounted at `base`), generated once from every route registered on it so far. */
export function addOpenApi(api: OpenAPIHono<ApiEnv>, base: string): void {
  let doc: OpenApiDocument | undefined;
  let page: string | undefined;
  const document = () =>
    (doc ??= api.getOpenAPI31Document({ openapi: '3.1.0', info: INFO, servers: [{ url: base }] }) as OpenApiDocument);
  api.get('/openapi.json', (c) => c.json(document()));
  api.get('/docs', (c) => {
    page ??= renderDocsPage(document());
    c.header('Content-Security-Policy', DOCS_CSP);
    return c.html(page);
  });
}
