// Live updates: the explorer subscribes to graphChanged (graphql-ws over WebSocket at /graphql) and hears of every committed revision, including those committed while its connection was down.
import { createClient } from 'graphql-ws';
import { request } from './api.js';

/** A committed revision as the page reads it: which fact, what happened, and the fact as it now is (JSON). */
export interface Revision {
  number: number;
  factId: string;
  kind: 'SOURCE' | 'ENTITY' | 'RELATION';
  action: 'CREATE' | 'UPDATE' | 'RETRACT';
  record: string;
}

const subscription = `subscription ExplorerChanges($after: String) {
  graphChanged(after: $after) { number factId kind action record }
}`;

/**
 * Calls `onRevision` for each revision committed after the page started, in order and once each,
 * and `onLive` once the page follows the graph; `cursorRead` settles once the log's cursor is read
 * (the page reads its data after it). The page reads the log's cursor first and
 * subscribes after it; on every reconnection it subscribes again after the last revision it
 * received, so revisions committed while the connection was down are replayed, not lost.
 */
export function followChanges(
  onRevision: (revision: Revision) => void,
  onLive: () => void = () => undefined,
): { stop: () => void; cursorRead: Promise<void> } {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  const client = createClient({
    url: url.toString(),
    lazy: false,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
  });
  /** The number of the last revision handed on; null until the cursor is known. */
  let last: number | null = null;
  let unsubscribe: (() => void) | null = null;
  let connected = false;
  const subscribe = () => {
    unsubscribe?.();
    unsubscribe = client.subscribe<{ graphChanged: Revision }>(
      { query: subscription, variables: { after: last === null ? null : String(last) } },
      {
        next: (result) => {
          const revision = result.data?.graphChanged;
          // graphql-ws also resends the previous subscription on reconnecting: skip what was seen.
          if (!revision || (last !== null && revision.number <= last)) return;
          last = revision.number;
          onRevision(revision);
        },
        // Live updates are a help: without them the page still shows what it fetched.
        error: () => undefined,
        complete: () => undefined,
      },
    );
  };
  const cursor = request<{ changesCursor: string }>('query ExplorerCursor { changesCursor }').then(
    (data) => void (last = Number(data.changesCursor)),
    // No cursor (an older server, or none reachable yet): follow from the moment of subscribing.
    () => undefined,
  );
  client.on('connected', () => {
    connected = true;
    // The first time once the cursor is known; after a lost connection, after the last revision.
    void cursor.then(() => {
      if (!connected) return;
      subscribe();
      onLive();
    });
  });
  client.on('closed', () => (connected = false));
  return {
    stop: () => {
      unsubscribe?.();
      void client.dispose();
    },
    cursorRead: cursor,
  };
}
