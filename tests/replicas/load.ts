// Small load tools for the replica tests: a fixed number of requests over N concurrent workers, bounded in time,
// to 127.0.0.1 only.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const LANGS = ['tr', 'en', 'ar', 'fa', 'az', 'ps', 'ku', 'ru', 'uk', 'fr', 'so'];

/**
 * One distinct (entry, language, flow) per vote, so each vote has its own row and "exactly once" can be checked
 * vote by vote rather than only as a total.
 */
export function distinctVotes(count: number, knowledgeDir = join(ROOT, 'knowledge')) {
  const entries = readdirSync(join(knowledgeDir, 'entries')).flatMap((c) =>
    readdirSync(join(knowledgeDir, 'entries', c)),
  );
  const flows = ['', ...readdirSync(join(knowledgeDir, 'flows')).map((f) => f.replace(/\.yaml$/, ''))];
  const votes: { entryId: string; lang: string; flowId?: string; helpful: boolean }[] = [];
  for (const entryId of entries) {
    for (const lang of LANGS) {
      for (const flowId of flows) {
        if (votes.length === count) return votes;
        votes.push({ entryId, lang, ...(flowId ? { flowId } : {}), helpful: votes.length % 2 === 0 });
      }
    }
  }
  throw new Error(`the knowledge gives only ${votes.length} distinct votes, not ${count}`);
}

/** Questions that share no word with any knowledge: letters a search cannot match, one distinct text each. */
export function nonsenseQuestions(count: number): string[] {
  const letters = 'qxzjv';
  const word = (n: number) => Array.from({ length: 7 }, (_, i) => letters[Math.floor(n / 5 ** i) % 5]).join('');
  return Array.from({ length: count }, (_, i) => `qqjx ${word(i)} zvjq`);
}

export interface Outcome {
  status: number;
  replica: number;
  error?: string;
}

/** Runs `total` tasks over `connections` workers; task i picks its target through `send`. Stops at `deadline`. */
export async function runLoad(
  total: number,
  connections: number,
  send: (i: number) => Promise<Outcome>,
  deadlineMs = 120_000,
) {
  const outcomes: Outcome[] = new Array(total);
  const stopAt = Date.now() + deadlineMs;
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < total && Date.now() < stopAt) {
        const i = next++;
        outcomes[i] = await send(i);
      }
    }),
  );
  return outcomes;
}

/** A request that never throws: a refused or reset connection is status 0. */
export async function request(url: string, init?: RequestInit, replica = 0): Promise<Outcome> {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
    await res.arrayBuffer();
    return { status: res.status, replica };
  } catch (error) {
    return { status: 0, replica, error: String(error) };
  }
}
