// Finished /ask responses kept in memory (issue 4): popular questions repeat, and a repeat is then sent without
// validation, search, presenting, encoding or compression. Kept per knowledge snapshot, so a reload never serves an
// answer from the old knowledge. The key is the request's query string as sent: the same string always passes the
// same checks and gets the same answer, so a repeat need not even be parsed (that saves a third of what a repeat
// costs). The question text is held in memory only (never written, never logged), and nothing about the client is
// part of the key: every client asking the same question gets the same bytes.
//
// A response is kept from a question's second request on (a "doorkeeper" remembers query strings asked once):
// a third of requests are questions never asked before, and keeping each of those pushed out a kept answer and
// cost every first-time request ~100-200 µs more of server CPU (`npm run bench`, every request first-time: 1,023-1,085
// µs with the plain cache, 871-913 µs with the doorkeeper, 801 µs with no cache; its p99 64-65 ms → 33-34 ms). The
// realistic mix stayed as cheap (457-502 µs against 462-542).
import { LRUCache } from 'lru-cache';
import type { Snapshot } from '../knowledge/snapshot.ts';
import type { AskOutcome } from './answer.ts';
import { encodedForms, type Encoded, type JsonBytes } from './ask-json.ts';
import type { AskResponse } from './contract.ts';
import { perSnapshot } from './present/index.ts';

/**
 * Memory allowed per kept response on average: a typical one is ~14 kB of JSON plus ~3 kB brotli and ~4 kB gzip,
 * the largest ~40 kB of JSON. A byte budget of entries × this keeps a few large answers from growing the cache past it.
 */
export const BYTES_PER_ENTRY = 32 * 1024;

/** A response is kept from this request of its query string on (see above). */
const KEEP_FROM = 2;
/** How many asked but not yet kept query strings are remembered per kept response. */
const SEEN_PER_ENTRY = 4;

/** A finished response: its JSON and what the statistics record about the question, which happens on every request. */
export interface Finished {
  json: JsonBytes<AskResponse>;
  outcome: AskOutcome;
}

/** A finished response whose compressed forms are each made on first use and then kept with it. */
export type Ready = Encoded<AskResponse> & { outcome: AskOutcome };

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

const ready = (finished: Finished, grow?: (bytes: number) => void): Ready => ({
  ...encodedForms(finished.json, grow),
  outcome: finished.outcome,
});

/** One snapshot's responses, least recently used dropped first, within `maxEntries` and `maxEntries` × BYTES_PER_ENTRY. */
function keep(maxEntries: number, keepFrom: number) {
  const kept = new LRUCache<string, Kept>({
    max: maxEntries,
    maxSize: maxEntries * BYTES_PER_ENTRY,
    sizeCalculation: (entry) => entry.bytes,
  });
  // Query strings asked but not (yet) kept, with how often: a response is kept from its `keepFrom`th request on.
  const seen = new LRUCache<string, number>({ max: maxEntries * SEEN_PER_ENTRY });
  const get = (key: string, finish: () => Finished): Ready => {
    const hit = kept.get(key);
    if (hit) return hit;
    const finished = finish();
    const asked = (seen.get(key) ?? 0) + 1;
    if (asked < keepFrom) {
      seen.set(key, asked);
      return ready(finished);
    }
    seen.delete(key);
    const entry: Kept = Object.assign(
      ready(finished, (more) => {
        entry.bytes += more;
        // Set again so the cache counts the compressed form too, unless the entry was dropped while it was compressed.
        if (kept.peek(key) === entry) kept.set(key, entry);
      }),
      { bytes: finished.json.byteLength },
    );
    kept.set(key, entry);
    return entry;
  };
  return { peek: (key: string): Ready | undefined => kept.get(key), get };
}

/** A cache of at most `maxEntries` responses, each kept from its `keepFrom`th request on (1: from the first); 0
 *  entries keeps none, and every response is made (and compressed) afresh. */
export function createAskCache(maxEntries: number, keepFrom = KEEP_FROM): AskCache {
  if (maxEntries === 0) return { peek: () => undefined, get: (_kb, _key, finish) => ready(finish()) };
  const responses = perSnapshot(() => keep(maxEntries, keepFrom));
  return { peek: (kb, key) => responses(kb).peek(key), get: (kb, key, finish) => responses(kb).get(key, finish) };
}
