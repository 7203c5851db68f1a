// The live change feed behind the graphChanged subscription: follows the backend's committed revisions by polling the revision log, so every process over one database sees every write.
import type { GraphBackend } from '../graph/port.js';
import type { RevisionRecord } from '../model/records.js';

/** Revisions read per poll; a longer backlog is read over several polls in a row. */
const pageSize = 100;

/**
 * A subscriber that let more than its queue's limit of revisions pile up unread (its client reads
 * slower than the graph changes). Its subscription ends with this error, so one slow consumer
 * cannot make the server hold every revision for it.
 */
export class FellBehindError extends Error {
  override name = 'FellBehindError';

  constructor(readonly limit: number) {
    super(`the subscriber fell behind: more than ${limit} revisions waited unread`);
  }
}

/**
 * One subscriber's queue: revisions pushed by the feed, pulled by graphql-ws. A subscriber that
 * resumes from a cursor first reads the log from there, one page per pull (a long backlog is never
 * held in memory), while the feed's pushes wait; then it takes the pushes it has not read yet.
 */
class Subscription implements AsyncIterableIterator<RevisionRecord> {
  private readonly queued: RevisionRecord[] = [];
  private waiting: ((result: IteratorResult<RevisionRecord>) => void) | null = null;
  private done = false;
  /** The feed's pushes, held while the backlog is read. */
  private readonly held: RevisionRecord[] = [];
  /** Set when the queue overflowed: the next pull throws it. */
  private overflow: FellBehindError | null = null;

  /**
   * @param last the number of the last revision this subscriber has: nothing at or below it is
   *   delivered (so the backlog and the feed's pushes never give one revision twice)
   * @param backlog reads the log after a revision number; null when there is nothing to catch up
   * @param maxQueued revisions that may wait unread (queued or held) before the subscriber is
   *   dropped with FellBehindError
   */
  constructor(
    private readonly onEnd: (subscription: Subscription) => void,
    private last: number,
    private backlog: ((after: number) => Promise<RevisionRecord[]>) | null,
    private readonly maxQueued: number,
  ) {}

  push(revision: RevisionRecord): void {
    if (!this.backlog) return this.deliver(revision);
    if (this.held.length >= this.maxQueued) return this.fellBehind();
    this.held.push(revision);
  }

  private deliver(revision: RevisionRecord): void {
    if (this.done || revision.number <= this.last) return;
    this.last = revision.number;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: revision, done: false });
    } else if (this.queued.length >= this.maxQueued) {
      this.fellBehind();
    } else {
      this.queued.push(revision);
    }
  }

  /** Drops what waits and ends the subscription: its next pull throws. */
  private fellBehind(): void {
    this.overflow = new FellBehindError(this.maxQueued);
    this.queued.length = 0;
    this.held.length = 0;
    this.done = true;
    this.onEnd(this);
  }

  async next(): Promise<IteratorResult<RevisionRecord>> {
    if (this.overflow) throw this.overflow;
    for (;;) {
      const revision = this.queued.shift();
      if (revision) return { value: revision, done: false };
      if (this.done) return { value: undefined, done: true };
      if (!this.backlog) return new Promise((resolve) => (this.waiting = resolve));
      const page = await this.backlog(this.last);
      // A short page is the end of the log: what the feed pushed meanwhile follows it.
      if (page.length < pageSize) this.backlog = null;
      for (const read of page) this.deliver(read);
      if (!this.backlog) for (const pushed of this.held.splice(0)) this.deliver(pushed);
    }
  }

  return(): Promise<IteratorResult<RevisionRecord>> {
    this.done = true;
    this.queued.length = 0;
    this.held.length = 0;
    this.waiting?.({ value: undefined, done: true });
    this.waiting = null;
    this.onEnd(this);
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<RevisionRecord> {
    return this;
  }
}

/** The number of the latest revision a data version names (`…+r12`), 0 for a seed's own. */
function revisionIn(version: string | null): number | null {
  if (version === null) return null;
  const match = /\+r(\d+)$/.exec(version);
  return match ? Number(match[1]) : 0;
}

/** The latest committed revision: from the data version when it names one, else by reading to the end. */
export async function latestRevision(
  backend: Pick<GraphBackend, 'changes' | 'dataVersion'>,
): Promise<number> {
  const named = revisionIn(await backend.dataVersion());
  if (named !== null) return named;
  let cursor = 0;
  for (;;) {
    const page = await backend.changes(cursor, 1000);
    if (page.length === 0) return cursor;
    cursor = page.at(-1)!.number;
  }
}

/**
 * Polls `changes(after: cursor)` every `intervalMs` while anyone subscribes, and at once when this
 * process commits (nudge). Subscribers receive the revisions committed after they subscribed, in
 * order, whichever process committed them.
 */
export class ChangeFeed {
  private readonly subscribers = new Set<Subscription>();
  private cursor: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  /**
   * @param maxQueued revisions one subscriber may leave unread before it is dropped
   *   (SUBSCRIPTION_QUEUE_LIMIT)
   */
  constructor(
    private readonly backend: Pick<GraphBackend, 'changes' | 'dataVersion'>,
    private readonly intervalMs: number,
    private readonly maxQueued: number = 1000,
  ) {}

  /**
   * A new subscriber, which sees the revisions committed after revision `after` (read from the log
   * first), or from now on when `after` is null; null when `after` is past the latest revision.
   */
  async subscribe(
    after: number | null = null,
  ): Promise<AsyncIterableIterator<RevisionRecord> | null> {
    // The latest revision is read when a cursor must be checked against it, or when nobody was
    // listening (nothing was read, so the feed starts from there): once in either case.
    const latest =
      after !== null || this.subscribers.size === 0 ? await latestRevision(this.backend) : null;
    if (after !== null && after > latest!) return null;
    if (this.subscribers.size === 0) this.cursor = latest;
    const subscription = new Subscription(
      (ended) => this.subscribers.delete(ended),
      after ?? this.cursor!,
      after === null ? null : (from) => this.backend.changes(from, pageSize),
      this.maxQueued,
    );
    this.subscribers.add(subscription);
    this.schedule();
    return subscription;
  }

  /** After a commit of this process: poll now instead of at the next tick. */
  nudge(): Promise<void> {
    return this.subscribers.size > 0 ? this.poll() : Promise.resolve();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    for (const subscription of [...this.subscribers]) void subscription.return();
  }

  private schedule(): void {
    if (this.timer || this.stopped || this.subscribers.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.poll().finally(() => this.schedule());
    }, this.intervalMs);
    this.timer.unref();
  }

  /** One poll at a time; a poll asked for while one runs runs again right after it. */
  private poll(): Promise<void> {
    if (this.polling) {
      this.again = true;
      return this.polling;
    }
    this.polling = (async () => {
      do {
        this.again = false;
        await this.readNew();
      } while (this.again);
    })().finally(() => (this.polling = null));
    return this.polling;
  }

  private async readNew(): Promise<void> {
    if (this.cursor === null) return;
    for (;;) {
      let page: RevisionRecord[];
      try {
        page = await this.backend.changes(this.cursor, pageSize);
      } catch {
        // The database is unreachable: the next poll reads on from the same cursor.
        return;
      }
      for (const revision of page) {
        this.cursor = revision.number;
        for (const subscriber of this.subscribers) subscriber.push(revision);
      }
      if (page.length < pageSize) return;
    }
  }
}
