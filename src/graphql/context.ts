// The per-request context every resolver receives.
import type { Writer } from '../auth/Writer.js';
import { Curator } from '../curation/Curator.js';
import { Proposer } from '../ingest/Proposer.js';
import type { GraphBackend } from '../graph/port.js';
import type { RevisionRecord } from '../model/records.js';
import { wrapCalls } from '../graph/wrapCalls.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { ArgumentLimits } from '../config.js';

/** What a mutation needs beyond the backend: who writes, and what follows a commit. */
export interface WriteAccess {
  /**
   * The writer, allowed one more mutation of `writes` writes (a batch's items; 1 by default):
   * throws UNAUTHENTICATED (no or bad credentials), FORBIDDEN (a reader), BAD_USER_INPUT (more
   * mutations or writes than one request may make, or a batch larger than a writer's rate limit) or
   * RATE_LIMITED. Every write is charged to the writer's rate limit.
   */
  begin(writes?: number): Promise<Writer>;
  /** After a commit: logs each revision with the key id and lets caches and the change feed see them at once. */
  committed(writer: Writer, revisions: readonly RevisionRecord[]): Promise<void>;
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
  limits: ArgumentLimits;
  curator: Curator;
  /** Reads new reports into proposals for review (nothing written). */
  proposer: Proposer;
  writes: WriteAccess;
  /** Set on subscriptions (WebSocket); null on HTTP requests. */
  feed: RevisionFeed | null;
  /** Root lists plan their nested relationship fields into one backend call (planner.ts). */
  planReads: boolean;
  /** Backend calls this request made, by method: /metrics' statements per operation. */
  backendCalls: Record<string, number>;
}

/** How a request reads: READ_PLANNER (config.ts) switches the planner. */
export interface ReadOptions {
  planReads: boolean;
}

export function createContext(
  backend: GraphBackend,
  limits: ArgumentLimits,
  writes: WriteAccess = noWrites,
  feed: RevisionFeed | null = null,
  reads: ReadOptions = { planReads: true },
): RequestContext {
  const backendCalls: Record<string, number> = {};
  const counted = wrapCalls(backend, (method, call, args) => {
    backendCalls[method] = (backendCalls[method] ?? 0) + 1;
    return call(...args);
  });
  return {
    loaders: createLoaders(counted),
    limits,
    curator: new Curator(counted, limits.maxSourceTextLength),
    proposer: new Proposer(counted, limits.maxSourceTextLength),
    writes,
    feed,
    planReads: reads.planReads,
    backendCalls,
  };
}
