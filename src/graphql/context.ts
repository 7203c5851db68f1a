// The per-request context every resolver receives.
import { Curator } from '../curation/Curator.js';
import { Proposer } from '../ingest/Proposer.js';
import type { GraphBackend, RevisionRecord } from '../graph/port.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Limits } from './limits.js';

/** The writer a mutation acts for: its key id (in revisions and logs) and role. */
export interface WriterIdentity {
  keyId: string;
  role: string;
}

/** What a mutation needs beyond the backend: who writes, and what follows a commit. */
export interface WriteAccess {
  /**
   * The writer, allowed one more write: throws UNAUTHENTICATED (no or bad credentials), FORBIDDEN
   * (a reader), BAD_USER_INPUT (more writes than one request may make) or RATE_LIMITED.
   */
  begin(): Promise<WriterIdentity>;
  /** After a commit: logs it with the key id and lets caches and the change feed see it at once. */
  committed(writer: WriterIdentity, revision: RevisionRecord): Promise<void>;
}

/** For contexts that never write (tests of reads, benchmarks): every write is UNAUTHENTICATED. */
export const noWrites: WriteAccess = {
  begin: () => Promise.reject(new Error('writes are not configured')),
  committed: () => Promise.resolve(),
};

/** Where subscribers get committed revisions (curation/changeFeed.ts). */
export interface RevisionFeed {
  /** Null when `after` is past the latest revision. */
  subscribe(after?: number | null): Promise<AsyncIterableIterator<RevisionRecord> | null>;
}

export interface RequestContext {
  loaders: Loaders;
  limits: Limits;
  curator: Curator;
  /** Reads new reports into proposals for review (nothing written). */
  proposer: Proposer;
  writes: WriteAccess;
  /** Set on subscriptions (WebSocket); null on HTTP requests. */
  feed: RevisionFeed | null;
}

export function createContext(
  backend: GraphBackend,
  limits: Limits,
  writes: WriteAccess = noWrites,
  feed: RevisionFeed | null = null,
): RequestContext {
  return {
    loaders: createLoaders(backend),
    limits,
    curator: new Curator(backend, limits.maxSourceTextLength),
    proposer: new Proposer(backend, limits.maxSourceTextLength),
    writes,
    feed,
  };
}
