import { createRequire } from 'node:module';
import autocannon from 'autocannon';

/**
 * autocannon 8 appends every chunk of every response body to a string (PipelinedRequestsQueue.addBody,
 * `body += chunk`), which decodes the bytes as UTF-8, whether or not anyone reads the body. With the
 * plan's 1.5 MB gzipped answer that decoding is the run's bottleneck: against the bare route alone,
 * 54 req/s with the client's process at 100% of a core and the server's at 7%; discarding the bodies,
 * 1,259 req/s from the same server (measured 2026-12-08, decision 021). The benchmarks never read a body
 * (their checks use rawGet), so the load client drops them; the real endpoint and the bare route go
 * through the same client.
 */
function discardResponseBodies(): void {
  const queue: unknown = createRequire(import.meta.url)('autocannon/lib/pipelinedRequestsQueue.js');
  const proto = (queue as { prototype?: { addBody?: unknown } }).prototype;
  if (!proto || typeof proto.addBody !== 'function')
    throw new Error('autocannon changed: PipelinedRequestsQueue.addBody is gone (see bench/lib/load.ts)');
  proto.addBody = () => {};
}
discardResponseBodies();

export type LoadResult = {
  requests: number;
  /** Mean requests per second over the run. */
  rps: number;
  /** Exact percentiles of every response time seen (ms). */
  p50: number;
  p95: number;
  p99: number;
  /** autocannon's own figure, for comparison with its report. */
  p97_5: number;
  non2xx: number;
  /** 3xx answers (304 Not Modified in the revalidation runs), counted among non2xx by autocannon. */
  status3xx: number;
  errors: number;
};

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN);

/**
 * `connections` concurrent connections for `seconds` against one URL. autocannon reports p97.5, not
 * p95: the response times are collected here from its 'response' events and p95 is computed exactly.
 */
export async function loadTest(options: {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  const times: number[] = [];
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 30,
    headers: options.headers ?? {},
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    p97_5: result.latency.p97_5,
    non2xx: result.non2xx,
    status3xx: result['3xx'],
    errors: result.errors + result.timeouts,
  };
}
