// gzip and brotli for text responses (Hono's compress() has no brotli), using Node's zlib off the event loop.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export interface CompressionOptions {
  /** Smaller bodies are sent as they are: compressing them costs more than it saves. */
  threshold?: number;
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml)|image\/svg\+xml)/;

type Encoding = 'br' | 'gzip';

/** The encoding to use, from Accept-Encoding; brotli wins when both are accepted (q=0 means refused). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase().split(';'))
      .filter(([, q]) => !/^\s*q=0(\.0*)?\s*$/.test(q ?? ''))
      .map(([name]) => name),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return undefined;
}

function compress(body: Uint8Array, encoding: Encoding): Promise<Buffer> {
  // Quality 5 is near-best size for JSON at a fraction of the default (11)'s cost; these bodies are made per request.
  if (encoding === 'br') return brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } });
  return gzipAsync(body, { level: 6 });
}

export function compression(options: CompressionOptions = {}): MiddlewareHandler {
  const threshold = options.threshold ?? 1024;
  return async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get('Content-Type') ?? '';
    if (!COMPRESSIBLE.test(type) || res.headers.has('Content-Encoding') || res.status === 204 || res.status === 304) return;
    res.headers.append('Vary', 'Accept-Encoding');
    const encoding = chooseEncoding(c.req.header('accept-encoding'));
    // Touch the body only when compressing: reading it turns the server's fast string response into a slow stream.
    if (!encoding || c.req.method === 'HEAD') return;
    const body = new Uint8Array(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    if (body.byteLength < threshold) {
      c.res = new Response(body, { status: res.status, headers });
      return;
    }
    headers.set('Content-Encoding', encoding);
    headers.delete('Content-Length');
    // Copied into a plain ArrayBuffer-backed view, the body type fetch's Response accepts.
    c.res = new Response(new Uint8Array(await compress(body, encoding)), { status: res.status, headers });
  };
}
