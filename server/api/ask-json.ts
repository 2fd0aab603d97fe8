// Encodes and sends /ask responses. The best answer is most of the bytes and is the same for every request of one
// snapshot and language, so each presented entry is encoded once and a response is assembled from its bytes.
import type { Context, TypedResponse } from 'hono';
import type { AskResponse, ApiEntry } from './contract.ts';
import { compress, preEncoding, type Encoding } from './middleware/compression.ts';

declare const holds: unique symbol;
/** JSON bytes of a `T`: made only by encodeAskResponse, so what a route sends is checked against its contract. */
export type JsonBytes<T> = Buffer & { readonly [holds]: T };

/** A response to send: its JSON, and its compressed forms, made on first use (ask-cache.ts keeps them). */
export interface Encoded<T> {
  json: JsonBytes<T>;
  encoded(encoding: Encoding): Promise<Buffer>;
}

/** A presented entry's JSON bytes; presented entries are shared until the knowledge changes (present/entry.ts). */
const entryJson = new WeakMap<ApiEntry, Buffer>();

function entryBytes(entry: ApiEntry): Buffer {
  let bytes = entryJson.get(entry);
  if (!bytes) {
    bytes = Buffer.from(JSON.stringify(entry));
    entryJson.set(entry, bytes);
  }
  return bytes;
}

const CLOSE = Buffer.from('}');

/** The response as JSON bytes: the small fields stringified as usual, the best answer from its kept bytes. */
export function encodeAskResponse(response: AskResponse): JsonBytes<AskResponse> {
  const { answer, ...rest } = response;
  const head = JSON.stringify(rest);
  const bytes = answer
    ? Buffer.concat([Buffer.from(`${head.slice(0, -1)},"answer":`), entryBytes(answer), CLOSE])
    : Buffer.from(head);
  return bytes as JsonBytes<AskResponse>;
}

/** `json` with each compressed form made once, on first use; `grow` is told each one's size. */
export function encodedForms<T>(json: JsonBytes<T>, grow: (bytes: number) => void = () => {}): Encoded<T> {
  const made: Partial<Record<Encoding, Promise<Buffer>>> = {};
  return {
    json,
    encoded(encoding) {
      let body = made[encoding];
      if (!body) {
        body = compress(json, encoding);
        made[encoding] = body;
        body.then(
          (b) => grow(b.byteLength),
          () => delete made[encoding], // the next request tries again
        );
      }
      return body;
    },
  };
}

/**
 * Sends the response, compressed as the client accepts, typed as `c.json()` of a `T` would be, so the route's
 * contract checks the handler. Compressing here rather than in the compression middleware lets a kept response
 * keep its compressed forms too.
 */
export async function sendJson<T>(c: Context, response: Encoded<T>): Promise<Response & TypedResponse<T, 200, 'json'>> {
  const encoding = preEncoding(c, response.json.byteLength);
  const bytes = encoding ? await response.encoded(encoding) : response.json;
  // A view, not a copy: kept bodies are shared by every request that sends them, and nothing writes to them.
  const sent: Response = c.body(
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) as Uint8Array<ArrayBuffer>,
    200,
    {
      'Content-Type': 'application/json',
    },
  );
  // The bytes hold a T (JsonBytes<T>): say so, as c.json() does for the object it stringifies.
  return sent as Response & TypedResponse<T, 200, 'json'>;
}
