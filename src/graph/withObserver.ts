// A port decorator that reports every backend call (method, outcome, duration) to an observer, e.g. metrics.
import type { GraphBackend } from './port.js';
import { wrapCalls } from './wrapCalls.js';

export type BackendCallOutcome = 'ok' | 'error';

export type BackendObserver = (
  method: string,
  outcome: BackendCallOutcome,
  durationSeconds: number,
) => void;

export function withObserver(inner: GraphBackend, observe: BackendObserver): GraphBackend {
  return wrapCalls(inner, async (method, call, args) => {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const result = await call(...args);
      observe(method, 'ok', seconds());
      return result;
    } catch (error) {
      observe(method, 'error', seconds());
      throw error;
    }
  });
}
