// One autocannon run against a list of paths, cycled across 32 connections, summarised as req/s, p50 and p99.
import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Errors, timeouts and non-2xx answers together: must be 0 for the figures to mean anything. */
  failures: number;
  /** Server CPU time per request: unlike req/s, barely moved by other work on the machine. */
  serverCpuUsPerRequest?: number;
}

export async function load(
  base: string,
  paths: readonly string[],
  options: { connections: number; seconds: number; serverCpuMs?: () => number | undefined },
): Promise<LoadResult> {
  let next = 0;
  const cpuBefore = options.serverCpuMs?.();
  const result = await autocannon({
    url: base,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }),
      },
    ],
  });
  const cpuAfter = options.serverCpuMs?.();
  const cpuMs = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined;
  return {
    ...(cpuMs !== undefined && { serverCpuUsPerRequest: Math.round((cpuMs * 1000) / Math.max(1, result.requests.total)) }),
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}
