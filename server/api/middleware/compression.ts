// gzip and brotli for text responses (Hono's compress() has no brotli), using Node's zlib, off the event loop for
// all but small bodies.
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';
import { chooseEncoding, type Encoding } from '../../http/accept-encoding.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Smaller bodies are sent as they are: compressing them costs more than it saves. */
const DEFAULT_THRESHOLD = 1024;
/** Smaller bodies are compressed on the event loop: handing a body to zlib's thread pool costs ~150 µs of CPU more
 *  (measured on /ask answers), as much as compressing 15 kB itself. */
const COMPRESS_ON_THREAD_FROM = 32 * 1024;
/** Up to this size bodies get the smaller encoding; larger ones the quicker one (see compress()). */
const SMALL_BODY = 4 * 1024;

export interface CompressionOptions {
  /** Bodies under this many bytes are sent as they are. */
  threshold?: number;
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml)|image\/svg\+xml)/;

export type { Encoding };

/** The encoding the request accepts; a HEAD response has no body to compress. */
function acceptedEncoding(c: Context): Encoding | undefined {
  return c.req.method === 'HEAD' ? undefined : chooseEncoding(c.req.header('accept-encoding'));
}

function encodingFor(c: Context, byteLength: number, threshold: number): Encoding | undefined {
  return byteLength < threshold ? undefined : acceptedEncoding(c);
}

/** The smallest brotli window that holds the whole body: setting up the default 4 MB one costs more than compressing 1 kB. */
function brotliWindowBits(byteLength: number): number {
  const { BROTLI_MIN_WINDOW_BITS: min, BROTLI_MAX_WINDOW_BITS: max } = constants;
  return Math.min(max, Math.max(min, Math.ceil(Math.log2(byteLength))));
}

/** The same bytes compression() would send, so a response compressed once and kept is identical to a fresh one. */
export async function compress(body: Uint8Array, encoding: Encoding): Promise<Buffer> {
  const onThread = body.byteLength >= COMPRESS_ON_THREAD_FROM;
  const small = body.byteLength <= SMALL_BODY;
  // Fitted to the size, on first-time /ask answers (16 kB of JSON on average): brotli quality 5 makes 4.6 kB in
  // ~340 µs, quality 3 makes 5.2 kB in ~167 µs, quality 2 5.3 kB in ~133 µs (quality 1: 5.8 kB, ~82 µs); gzip level
  // 6 makes 4.9 kB in ~230 µs, level 3 5.2 kB in ~150 µs. Small bodies take the smaller output, which costs little
  // there; larger ones the quicker, as most bodies here are compressed once per request: quality 2 costs 2 % more
  // bytes than 3 for a fifth less CPU. (The default brotli quality, 11, takes ~40 ms for 57 kB.)
  if (encoding === 'gzip') {
    const level = small ? 6 : 3;
    return onThread ? gzipAsync(body, { level }) : gzipSync(body, { level });
  }
  // The fitted window saves another 20-60 %.
  const options = {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: small ? 5 : 2,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      [constants.BROTLI_PARAM_LGWIN]: brotliWindowBits(body.byteLength),
    },
  };
  return onThread ? brotli(body, options) : brotliCompressSync(body, options);
}

/**
 * For a handler that keeps compressed forms of its body: the encoding compression() (with the default threshold)
 * would choose for a body of `byteLength` bytes, with the headers it would set. compression() then leaves the
 * response alone, as it does every response that has a Content-Encoding.
 */
export function preEncoding(c: Context, byteLength: number): Encoding | undefined {
  const encoding = encodingFor(c, byteLength, DEFAULT_THRESHOLD);
  if (encoding) {
    c.header('Content-Encoding', encoding);
    c.header('Vary', 'Accept-Encoding');
  }
  return encoding;
}

export function compression(options: CompressionOptions = {}): MiddlewareHandler {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  return async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get('Content-Type') ?? '';
    if (!COMPRESSIBLE.test(type) || res.headers.has('Content-Encoding') || res.status === 204 || res.status === 304)
      return;
    res.headers.append('Vary', 'Accept-Encoding');
    // Touch the body only when it may be compressed: reading it turns the server's fast string response into a slow stream.
    if (!acceptedEncoding(c)) return;
    const body = new Uint8Array(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    const encoding = encodingFor(c, body.byteLength, threshold);
    if (encoding) {
      headers.set('Content-Encoding', encoding);
      headers.delete('Content-Length');
    }
    // Compressed bytes are copied into a plain ArrayBuffer-backed view, the body type fetch's Response accepts.
    const sent = encoding ? new Uint8Array(await compress(body, encoding)) : body;
    // Cleared first: Hono's setter would otherwise merge the old response into the new one through a stream (its
    // documented way to replace a response).
    c.res = undefined;
    c.res = new Response(sent, { status: res.status, headers });
  };
}
