// The deadline of the backend call in progress, carried through async context so adapters can bound their own work by it.
import { AsyncLocalStorage } from 'node:async_hooks';

const storage = new AsyncLocalStorage<number>();

/** Runs `call` with `deadline` (epoch ms) as the deadline adapters see. */
export function runWithDeadline<T>(deadline: number, call: () => Promise<T>): Promise<T> {
  return storage.run(deadline, call);
}

/** Milliseconds left before the current call's deadline, or null outside a deadline. */
export function remainingMs(): number | null {
  const deadline = storage.getStore();
  return deadline === undefined ? null : deadline - Date.now();
}
