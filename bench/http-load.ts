// One autocannon run against a list of paths across 32 connections, summarised as req/s, p50 and p99: either cycled
// for a number of seconds, or each path sent once, in order (a stream of questions, see question-mix.ts).
import { createRequire } from 'node:module';
import autocannon from 'autocannon';

/** Sent with every request to every endpoint: browsers accept compressed answers, so the server pays for compressing. */
export const REQUEST_HEADERS = { 'accept-encoding': 'br, gzip' };

// autocannon keeps each response body as a string, for hooks this bench does not use (onResponse, verifyBody).
// Decoding a 9 kB brotli body as UTF-8 costs it ~90 µs, more than the server spends on a cached /ask, so on a
// 2-core machine the figures would be autocannon's. Byte counts and timings do not need the body.
const { prototype: responses } = createRequire(import.meta.url)('autocannon/lib/pipelinedRequestsQueue.js') as {
  prototype: { addBody(data: Buffer): void };
};
responses.addBody = () => {};

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Errors, timeouts and non-2xx answers together: must be 0 for the figures to mean anything. */
  failures: number;
  /** Server CPU time per request: unlike req/s, barely moved by other work on the machine. */
  serverCpuUsPerRequest?: number;
  /** The load generator's CPU time per request: it shares the machine with the server. */
  clientCpuUsPerRequest: number;
}

export async function load(
  base: string,
  paths: readonly string[],
  options: { connections: number; seconds?: number; once?: boolean; serverCpuMs?: () => number | undefined },
): Promise<LoadResult> {
  let next = 0;
  const cpuBefore = options.serverCpuMs?.();
  const clientBefore = process.cpuUsage();
  const result = await autocannon({
    url: base,
    connections: options.connections,
    ...(options.once ? { amount: paths.length } : { duration: options.seconds }),
    requests: [
      {
        method: 'GET',
        headers: REQUEST_HEADERS,
        setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }),
      },
    ],
  });
  const client = process.cpuUsage(clientBefore);
  const cpuAfter = options.serverCpuMs?.();
  const cpuMs = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined;
  const perRequest = (us: number) => Math.round(us / Math.max(1, result.requests.total));
  return {
    ...(cpuMs !== undefined && { serverCpuUsPerRequest: perRequest(cpuMs * 1000) }),
    clientCpuUsPerRequest: perRequest(client.user + client.system),
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}
