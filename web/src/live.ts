// Live updates: the explorer subscribes to graphChanged (graphql-ws over WebSocket at /graphql) and hears of every committed revision.
import { createClient } from 'graphql-ws';

/** A committed revision as the page reads it: which fact, what happened, and the fact as it now is (JSON). */
export interface Revision {
  number: number;
  factId: string;
  kind: 'SOURCE' | 'ENTITY' | 'RELATION';
  action: 'CREATE' | 'UPDATE' | 'RETRACT';
  record: string;
}

/**
 * Calls `onRevision` for each revision committed while the page is open. Reconnects after a lost
 * connection (revisions committed meanwhile are not replayed: the page shows what it fetched then).
 */
export function followChanges(
  onRevision: (revision: Revision) => void,
  onConnected: () => void = () => undefined,
): () => void {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  const client = createClient({
    url: url.toString(),
    lazy: false,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
  });
  client.on('connected', onConnected);
  const stop = client.subscribe<{ graphChanged: Revision }>(
    {
      query: 'subscription ExplorerChanges { graphChanged { number factId kind action record } }',
    },
    {
      next: (result) => {
        if (result.data) onRevision(result.data.graphChanged);
      },
      // Live updates are a help: without them the page still shows what it fetched.
      error: () => undefined,
      complete: () => undefined,
    },
  );
  return () => {
    stop();
    void client.dispose();
  };
}
