// Builds a port decorator from one wrapper applied to every query method, including methods the port gains later.
import type { GraphBackend } from './port.js';

/** The methods that answer queries; `health`, `dataVersion` and `close` are passed through unwrapped. */
const passedThrough = new Set<PropertyKey>(['name', 'health', 'dataVersion', 'close']);

export type CallWrapper = (
  method: string,
  call: (...args: unknown[]) => Promise<unknown>,
  args: unknown[],
) => Promise<unknown>;

export function wrapCalls(inner: GraphBackend, wrap: CallWrapper): GraphBackend {
  const wrapped = new Map<PropertyKey, unknown>();
  return new Proxy(inner, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || passedThrough.has(property)) {
        return typeof value === 'function' ? value.bind(target) : value;
      }
      let method = wrapped.get(property);
      if (!method) {
        const call = (...args: unknown[]) =>
          (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        method = (...args: unknown[]) => wrap(String(property), call, args);
        wrapped.set(property, method);
      }
      return method;
    },
  });
}
