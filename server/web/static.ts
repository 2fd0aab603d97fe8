// Serves the built widget from dist/widget/: widget.js under a short cache (partners always get fixes within
// minutes), the hashed chunks cached for a year. Chunks are fetched with import() from partner origins, which
// needs CORS; no cookies are ever involved, so "*" is right. Each file is read and compressed once (brotli and
// gzip at their best), not per request: the panel is 100 KB and the first open is on the clock. Not
// `serveStatic({ precompressed: true })` from @hono/node-server: it reads the disk on every request and sends
// Last-Modified but no ETag and never a 304, while partner pages revalidate widget.js every 5 minutes, and the
// pinned launcher's name and SRI hash need the bytes in memory anyway.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Context } from 'hono';
import { chooseEncoding } from '../http/accept-encoding.ts';

export const LAUNCHER_CACHE = 'public, max-age=300, must-revalidate';
export const CHUNK_CACHE = 'public, max-age=31536000, immutable';

/** Only hashed build outputs: letters, digits, "-", "_" and one ".js". No paths, so nothing outside dist is reachable. */
export const CHUNK_NAME = /^[\w-]+\.js$/;

interface Built {
  mtimeMs: number;
  etag: string;
  /** Subresource Integrity of the uncompressed bytes (what the browser checks). */
  integrity: string;
  /** Content hash naming the pinned copy, /widget/<hash>.js. */
  hash: string;
  body: { identity: Buffer; br: Buffer; gzip: Buffer };
}

const built = new Map<string, Promise<Built>>();
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** The file, compressed, from memory; read again only when a rebuild changed it. Compression runs off the event loop. */
async function load(path: string): Promise<Built> {
  const { mtimeMs } = await stat(path);
  const cached = built.get(path);
  if (cached && (await cached).mtimeMs === mtimeMs) return cached;
  const loading = (async (): Promise<Built> => {
    const identity = await readFile(path);
    const [br, gz] = await Promise.all([
      brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      gzipped(identity, { level: 9 }),
    ]);
    const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 22)}"`;
    const integrity = `sha384-${createHash('sha384').update(identity).digest('base64')}`;
    const hash = createHash('sha256').update(identity).digest('hex').slice(0, 16);
    return { mtimeMs, etag, integrity, hash, body: { identity, br, gzip: gz } };
  })();
  built.set(path, loading);
  loading.catch(() => built.delete(path));
  return loading;
}

/** Read and compress every built file now, so the first person to open the widget does not wait for it. */
export async function warm(distDir: string): Promise<void> {
  const chunks = await readdir(join(distDir, 'chunks')).catch(() => [] as string[]);
  await Promise.allSettled([
    load(join(distDir, 'widget.js')),
    ...chunks.map((name) => load(join(distDir, 'chunks', name))),
  ]);
}

/** The launcher's immutable, versioned name and its SRI hash, for partners who pin what they embed (issue 13). */
export async function pinnedLauncher(distDir: string): Promise<{ path: string; integrity: string } | undefined> {
  try {
    const { hash, integrity } = await load(join(distDir, 'widget.js'));
    return { path: `widget/${hash}.js`, integrity };
  } catch {
    return undefined;
  }
}

/** The response for one built file, or a JSON error when it is missing (the widget was not built). */
export async function sendBuilt(c: Context, distDir: string, file: string, cacheControl: string): Promise<Response> {
  let found: Built;
  try {
    found = await load(join(distDir, file));
  } catch {
    const message = file === 'widget.js' ? 'The widget is not built yet: run `npm run build`.' : 'No such widget file.';
    return c.json({ error: { code: 'not_found', message } }, 404);
  }
  c.header('ETag', found.etag);
  c.header('Cache-Control', cacheControl);
  c.header('Access-Control-Allow-Origin', '*');
  c.header('Cross-Origin-Resource-Policy', 'cross-origin');
  c.header('Vary', 'Accept-Encoding');
  if (c.req.header('if-none-match') === found.etag) return c.body(null, 304);
  c.header('Content-Type', 'text/javascript; charset=utf-8');
  const encoding = chooseEncoding(c.req.header('accept-encoding'));
  if (encoding) c.header('Content-Encoding', encoding);
  return c.body(new Uint8Array(found.body[encoding ?? 'identity']));
}
