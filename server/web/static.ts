// Serves the built widget from dist/widget/: widget.js under a short cache (partners always get fixes within
// minutes), the hashed chunks cached for a year. Chunks are fetched with import() from partner origins, which
// needs CORS; no cookies are ever involved, so "*" is right.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context } from 'hono';

export const LAUNCHER_CACHE = 'public, max-age=300, must-revalidate';
export const CHUNK_CACHE = 'public, max-age=31536000, immutable';

/** Only hashed build outputs: letters, digits, "-", "_" and one ".js". No paths, so nothing outside dist is reachable. */
export const CHUNK_NAME = /^[\w-]+\.js$/;

/** The response for one built file, or a JSON error when it is missing (the widget was not built). */
export async function sendBuilt(c: Context, distDir: string, file: string, cacheControl: string): Promise<Response> {
  let body: Buffer;
  try {
    body = await readFile(join(distDir, file));
  } catch {
    const message = file === 'widget.js' ? 'The widget is not built yet: run `npm run build`.' : 'No such widget file.';
    return c.json({ error: { code: 'not_found', message } }, 404);
  }
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  c.header('ETag', etag);
  c.header('Cache-Control', cacheControl);
  c.header('Access-Control-Allow-Origin', '*');
  c.header('Cross-Origin-Resource-Policy', 'cross-origin');
  if (c.req.header('if-none-match') === etag) return c.body(null, 304);
  c.header('Content-Type', 'text/javascript; charset=utf-8');
  return c.body(new Uint8Array(body));
}
