// Finished /ask responses kept in memory (issue 4): popular questions repeat, and a repeat is then sent without
// validation, search, presenting, encoding or compression. Kept per knowledge snapshot, so a reload never serves an
// answer from the old knowledge. The key is the request's query string as sent: the same string always passes the
// same checks and gets the same answer, so a repeat need not even be parsed (that saves a third of what a repeat
// costs). The question text is held in memory only (never written, never logged), and nothing about the client is
// part of the key: every client asking the same question gets the same bytes.
import type { Snapshot } from '../knowledge/snapshot.ts';
import type { AskOutcome } from './answer.ts';
import { compress, type Encoding } from './middleware/compression.ts';
import { perSnapshot } from './present/index.ts';

/**
 * Memory allowed per kept response on average: a typical one is ~40 kB of JSON plus ~8 kB brotli and ~9 kB gzip,
 * the largest ~80 kB of JSON. A byte budget of entries × this keeps a few huge answers from growing the cache past it.
 */
export const BYTES_PER_ENTRY = 64 * 1024;

/** A finished response: its JSON and what the statistics record about the question, which happens on every request. */
export interface Finished {
  json: Buffer;
  outcome: AskOutcome;
}

/** A finished response whose compressed forms are each made on first use and then kept with it. */
export interface Ready extends Finished {
  encoded(encoding: Encoding): Promise<Buffer>;
}

export interface AskCache {
  /** The kept response to the query string `key`, if this snapshot's cache has it. */
  peek(kb: Snapshot, key: string): Ready | undefined;
  /** The response to the query string `key`, made by `finish` (after its checks) unless this snapshot's cache has it. */
  get(kb: Snapshot, key: string, finish: () => Finished): Ready;
}

interface Kept extends Ready {
  /** The JSON and every compressed form made so far. */
  bytes: number;
}

/** `grow` is told the size of each compressed form once it exists. */
function ready(finished: Finished, grow: (bytes: number) => void): Ready {
  const made: Partial<Record<Encoding, Promise<Buffer>>> = {};
  return {
    ...finished,
    encoded(encoding) {
      let body = made[encoding];
      if (!body) {
        body = compress(finished.json, encoding);
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

/** One snapshot's responses, least recently used first, within `maxEntries` and `maxEntries` × BYTES_PER_ENTRY. */
function lru(maxEntries: number) {
  const maxBytes = maxEntries * BYTES_PER_ENTRY;
  const kept = new Map<string, Kept>();
  let bytes = 0;

  function grow(key: string, entry: Kept, more: number) {
    // An entry evicted while it was being compressed no longer counts.
    if (kept.get(key) !== entry) return;
    entry.bytes += more;
    bytes += more;
    for (const [oldest, old] of kept) {
      if (kept.size <= maxEntries && bytes <= maxBytes) break;
      kept.delete(oldest);
      bytes -= old.bytes;
    }
  }

  const peek = (key: string): Ready | undefined => {
    const hit = kept.get(key);
    if (hit) {
      kept.delete(key);
      kept.set(key, hit);
    }
    return hit;
  };
  const get = (key: string, finish: () => Finished): Ready => {
    const hit = peek(key);
    if (hit) return hit;
    const finished = finish();
    const entry: Kept = Object.assign(ready(finished, (more) => grow(key, entry, more)), { bytes: 0 });
    kept.set(key, entry);
    grow(key, entry, finished.json.byteLength);
    return entry;
  };
  return { peek, get };
}

/** A cache of at most `maxEntries` responses; 0 keeps none, and every response is made (and compressed) afresh. */
export function createAskCache(maxEntries: number): AskCache {
  if (maxEntries === 0) return { peek: () => undefined, get: (_kb, _key, finish) => ready(finish(), () => {}) };
  const responses = perSnapshot(() => lru(maxEntries));
  return { peek: (kb, key) => responses(kb).peek(key), get: (kb, key, finish) => responses(kb).get(key, finish) };
}
