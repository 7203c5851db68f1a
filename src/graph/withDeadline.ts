// A port decorator that holds every backend call of one request to that request's time budget.
import type { GraphBackend } from './port.js';
import { runWithDeadline } from './callDeadline.js';
import { wrapCalls } from './wrapCalls.js';

/** The request ran out of its time budget; its remaining backend calls are not made. */
export class DeadlineExceededError extends Error {
  override name = 'DeadlineExceededError';

  constructor(readonly budgetMs: number) {
    super(`The request exceeded its time budget of ${budgetMs} ms.`);
  }
}

/**
 * Made once per request. A call that starts after the deadline fails at once, and a call still
 * running at the deadline is abandoned: the request answers DEADLINE_EXCEEDED without waiting for
 * it. The call runs with the deadline in async context (callDeadline.ts), so an adapter bounds its
 * own work by it: Neo4j gives the transaction the time left as its server-side timeout, and the
 * database cancels it when the request's budget runs out.
 */
export function withDeadline(
  inner: GraphBackend,
  budgetMs: number,
  now: number = Date.now(),
): GraphBackend {
  const deadline = now + budgetMs;
  return wrapCalls(inner, (_method, call, args) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return Promise.reject(new DeadlineExceededError(budgetMs));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new DeadlineExceededError(budgetMs)), remaining);
      runWithDeadline(deadline, () => call(...args)).then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  });
}
