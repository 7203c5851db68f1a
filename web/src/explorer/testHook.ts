// The browser tests' window on the page (test/browser): built only in Vite's `test` mode, so the production bundle has none.
import type { GraphView } from '../graphView.js';
import type { Store } from './store.js';

export interface ExplorerTestHandle {
  cy: GraphView['cy'];
  state: Store;
  labelled: () => string[];
  settled: () => boolean;
}

declare global {
  interface Window {
    __explorer?: ExplorerTestHandle;
  }
}

/** Hands the tests the graph library's own state; a no-op (and dropped by the bundler) outside test builds. */
export function exposeForTests(handle: () => ExplorerTestHandle): void {
  if (import.meta.env.MODE === 'test') window.__explorer = handle();
}
