// A port decorator that holds every backend call of one request to that request's time budget.
import { runWithDeadline } from './callDeadline.js';
import type { GraphBackend } from './port.js';
import { wrapCalls } from './wrapCalls.js';

/** The request ran out of its time budget; its remaining backend calls are not made. */
export class DeadlineExceededError extends Error {
  override name = 'DeadlineExceededError';

  constructor(readonly budgetMs: number) {
    super(`The request exceeded its time budget of ${budgetMs} ms.`);
  }
}

/**
 * Rejects at the deadline if `call` is still running. With `propagate`, the call runs with the
 * deadline in async context (callDeadline.ts) for an adapter that bounds its own work by it.
 */
export function runBefore<T>(
  deadline: number,
  budgetMs: number,
  call: () => Promise<T>,
  propagate = false,
): Promise<T> {
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(new DeadlineExceededError(budgetMs));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new DeadlineExceededError(budgetMs)), remaining);
    (propagate ? runWithDeadline(deadline, call) : call()).then(
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
}

/**
 * Made once per request. A call that starts after the deadline fails at once, and a call still
 * running at the deadline is abandoned: the request answers DEADLINE_EXCEEDED without waiting for
 * it. On Neo4j the call carries the deadline in async context, and the adapter gives the
 * transaction the time left as its server-side timeout, so the database cancels it when the
 * request's budget runs out.
 */
export function withDeadline(
  inner: GraphBackend,
  budgetMs: number,
  now: number = Date.now(),
): GraphBackend {
  const deadline = now + budgetMs;
  // Only Neo4j reads the deadline; async context costs every promise of the process on Node 20,
  // so the embedded backend goes without it.
  const propagate = inner.name === 'neo4j';
  return wrapCalls(inner, (_method, call, args) =>
    runBefore(deadline, budgetMs, () => call(...args), propagate),
  );
}
