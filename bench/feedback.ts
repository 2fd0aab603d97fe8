// The cost of a stored vote: POST /api/v1/feedback on one server with SQLite, and on two replicas (two processes on
// this machine) sharing one PostgreSQL that the bench starts itself (issue 14). Each vote is committed before 202.
import { startPostgres } from '../tests/helpers/postgres.ts';
import { distinctVotes } from '../tests/replicas/load.ts';
import { startServer, type RunningServer } from './server-process.ts';

export interface FeedbackResult {
  'req/s': number;
  'p50 ms': number;
  'p99 ms': number;
  requests: number;
  failures: number;
}

/** Sends votes over `connections` workers for `seconds`, spreading them over the servers in turn. */
async function post(servers: RunningServer[], seconds: number, connections: number): Promise<FeedbackResult> {
  const votes = distinctVotes(3000);
  const times: number[] = [];
  let failures = 0;
  let n = 0;
  const stopAt = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < stopAt) {
        const i = n++;
        const t = performance.now();
        const res = await fetch(`${servers[i % servers.length]!.base}/api/v1/feedback`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(votes[i % votes.length]),
        }).catch(() => undefined);
        await res?.arrayBuffer();
        if (res?.status === 202) times.push(performance.now() - t);
        else failures++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0);
  return {
    'req/s': Math.round(times.length / elapsed),
    'p50 ms': at(0.5),
    'p99 ms': at(0.99),
    requests: times.length + failures,
    failures,
  };
}

export async function benchFeedback(root: string, seconds: number, connections: number) {
  const results: Record<string, FeedbackResult> = {};
  const single = await startServer(root);
  try {
    results['/api/v1/feedback, 1 server, SQLite'] = await post([single], seconds, connections);
  } finally {
    await single.stop();
  }
  const pg = await startPostgres();
  try {
    const url = await pg.createDatabase();
    const replicas = await Promise.all([
      startServer(root, { DATABASE_URL: url }),
      startServer(root, { DATABASE_URL: url }),
    ]);
    try {
      await post(replicas, 1, connections); // warm-up: connection pools
      results['/api/v1/feedback, 2 replicas, PostgreSQL'] = await post(replicas, seconds, connections);
    } finally {
      await Promise.all(replicas.map((r) => r.stop()));
    }
  } finally {
    pg.destroy();
  }
  return results;
}
