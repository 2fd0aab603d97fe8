// The part of autocannon's API the benchmark uses (the package ships no types, and adding @types is not allowed).
declare module 'autocannon' {
  interface RequestSpec {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    setupRequest?: (request: { path: string; method: string; headers?: Record<string, string> }) => {
      path: string;
      method: string;
    };
  }

  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    /** Requests to send in all (then `duration` is ignored). */
    amount?: number;
    pipelining?: number;
    requests?: RequestSpec[];
  }

  interface Histogram {
    average: number;
    mean: number;
    p50: number;
    p90: number;
    p99: number;
    max: number;
    total: number;
  }

  interface Result {
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    duration: number;
  }

  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
