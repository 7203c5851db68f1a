// A port decorator for tests and benchmarks that counts backend calls per method, built on wrapCalls: used to prove batching (one call per nesting level).
import type { GraphBackend } from '../../src/graph/port.js';
import { wrapCalls } from '../../src/graph/wrapCalls.js';

/** A backend whose query methods are counted (health, dataVersion and close are not: no request asks them). */
export interface CountingBackend extends GraphBackend {
  readonly inner: GraphBackend;
  /** Calls per method since the last reset. */
  readonly calls: Record<string, number>;
  readonly total: number;
  reset(): void;
}

export function countingBackend(inner: GraphBackend): CountingBackend {
  const calls: Record<string, number> = {};
  const counted = wrapCalls(inner, (method, call, args) => {
    calls[method] = (calls[method] ?? 0) + 1;
    return call(...args);
  });
  // The port's methods come from the counted backend (the prototype), the tally is the object's own.
  return Object.create(counted, {
    inner: { value: inner },
    calls: { value: calls },
    total: { get: () => Object.values(calls).reduce((sum, n) => sum + n, 0) },
    reset: {
      value: () => {
        for (const key of Object.keys(calls)) delete calls[key];
      },
    },
  }) as CountingBackend;
}
