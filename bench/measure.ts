// One autocannon measurement of one GraphQL operation: throughput, latency percentiles and failures.
import autocannon from 'autocannon';

export interface Load {
  connections: number;
  /** Seconds; ignored when `amount` is set. */
  duration: number;
  /** A fixed number of requests instead of a duration (the smoke test's tiny runs). */
  amount: number | null;
}

export interface Measurement {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Connection errors, timeouts, non-2xx answers and answers carrying GraphQL errors. */
  failures: number;
}

export async function measure(url: string, query: string, load: Load): Promise<Measurement> {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    connections: load.connections,
    // autocannon checks for the end of a fixed-amount run once per sample interval (1 s by default).
    ...(load.amount === null
      ? { duration: load.duration }
      : { amount: load.amount, sampleInt: 50 }),
    // A 200 with an `errors` array is a failed GraphQL request, not a fast success.
    verifyBody: (body) => !String(body).includes('"errors"'),
  });
  const requests = result.requests.total;
  return {
    reqPerSec: result.duration > 0 ? requests / result.duration : 0,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests,
    failures: result.errors + result.non2xx + result.mismatches,
  };
}

/** The value at percentile p of ascending `sorted` values (nearest rank); NaN when there are none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
