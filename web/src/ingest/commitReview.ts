// Commits a review's planned writes as one commitBatch, all or nothing, one revision each: checked first (nothing is sent while any proposal has a problem or an id is taken), linked entities read and extended with the new quote, a refusal naming its write, and safe to send again (each write carries an idempotency key).
import {
  extendedWrite,
  type CommitPlan,
  type CurrentEntity,
  type PlannedWrite,
  type Problem,
} from './commitPlan.js';
import { call, currentEntities, existingIds, type CallError } from './ingestApi.js';

export interface WriteOutcome {
  write: PlannedWrite;
  state: 'committed' | 'failed' | 'not sent';
  revision: number | null;
  error: CallError | null;
}

export type CommitResult =
  /** Nothing was sent: the problems say why. */
  | { kind: 'refused'; problems: Problem[] }
  /** The batch was sent; `outcomes` lists its writes: all committed, or the refused one and the rest not written. */
  | { kind: 'ran'; outcomes: WriteOutcome[] };

const commitBatchMutation = `mutation IngestBatch($input: BatchInput!) {
  commitBatch(input: $input, comment: "ingested from the review page") { number }
}`;

/** Names the write across retries (the server answers a repeat with the revision it committed). */
function idempotencyKey(sha256: string, write: PlannedWrite): string {
  const key = `ingest:${sha256.slice(0, 16)}:${write.factId}`;
  if (key.length <= 200 && /^[\x21-\x7e]+$/.test(key)) return key;
  // An id too long or not ASCII: its FNV-1a hash stands in for it.
  let hash = 0x811c9dc5;
  for (const char of write.factId) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return `ingest:${sha256.slice(0, 16)}:${write.mutation}:${hash.toString(16)}`;
}

/** What earlier runs of the same review left: revisions committed, and writes whose answer was lost. */
export interface CommitLedger {
  /** Fact id -> the revision that committed it. */
  committed: Map<string, number>;
  /** Fact ids of writes sent without an answer: perhaps committed, so not refused as taken. */
  unanswered: Set<string>;
}

export function emptyLedger(): CommitLedger {
  return { committed: new Map(), unanswered: new Set() };
}

/**
 * Refuses, before any write, ids the graph already holds and linked entities it no longer does;
 * reads the linked entities' current state for the writes that extend them.
 */
async function preflight(
  plan: CommitPlan,
  pending: PlannedWrite[],
  unanswered: ReadonlySet<string>,
): Promise<{ problems: Problem[]; current: Map<string, CurrentEntity> } | CallError> {
  const created = pending.filter((write) => !write.extends);
  const ids = [...new Set([...created.map((w) => w.factId), ...plan.linked])];
  const found = await existingIds(ids);
  if (found.error) return found.error;
  const problems: Problem[] = created
    .filter((write) => found.data.has(write.factId) && !unanswered.has(write.factId))
    .map((write) => ({
      ref: write.ref,
      message: `The graph already holds ${write.factId}: change its id, or reject it.`,
    }));
  for (const id of plan.linked) {
    if (!found.data.has(id)) {
      problems.push({
        ref: 'source',
        message: `The linked entity ${id} is no longer in the graph.`,
      });
    }
  }
  const extended = pending.filter((write) => write.extends).map((write) => write.factId);
  const current = await currentEntities(extended);
  if (current.error) return current.error;
  return { problems, current: current.data };
}

/** Whether a write may have been committed though its answer never came. */
const unanswerable = new Set(['NETWORK', 'HTTP']);

/** The batch's lists, in the order the server applies them (sources, entities, relations). */
function batchOf(
  writes: readonly PlannedWrite[],
  sha256: string,
): { input: Record<string, unknown[]>; order: PlannedWrite[] } {
  const of = (mutation: PlannedWrite['mutation']) => writes.filter((w) => w.mutation === mutation);
  const key = (write: PlannedWrite) => idempotencyKey(sha256, write);
  const sources = of('addSource');
  const entities = of('upsertEntity');
  const relations = of('addRelation');
  return {
    input: {
      sources: sources.map((w) => ({ source: w.input, idempotencyKey: key(w) })),
      entities: entities.map((w) => ({
        entity: w.input,
        baseVersion: w.baseVersion ?? null,
        idempotencyKey: key(w),
      })),
      relations: relations.map((w) => ({ relation: w.input, idempotencyKey: key(w) })),
    },
    order: [...sources, ...entities, ...relations],
  };
}

/**
 * Sends the plan's writes the ledger does not hold as committed as ONE commitBatch: all are
 * committed, or none (a refusal names the write, from the error's index). The ledger notes the
 * outcome; `onWrite` hears of each write's.
 */
export async function commitReview(
  plan: CommitPlan,
  sha256: string,
  key: string,
  ledger: CommitLedger,
  onWrite: (outcome: WriteOutcome) => void = () => {},
): Promise<CommitResult> {
  const { committed, unanswered } = ledger;
  if (plan.problems.length > 0) return { kind: 'refused', problems: plan.problems };
  const pending = plan.writes.filter((write) => !committed.has(write.factId));
  const checked = await preflight(plan, pending, unanswered);
  if ('message' in checked) {
    return { kind: 'refused', problems: [{ ref: 'source', message: checked.message }] };
  }
  if (checked.problems.length > 0) return { kind: 'refused', problems: checked.problems };
  const ready = pending.map((write) => {
    if (!write.extends) return write;
    const current = checked.current.get(write.factId);
    return current ? extendedWrite(write, current) : write;
  });
  const { input, order } = batchOf(ready, sha256);
  const result =
    order.length === 0
      ? { data: { commitBatch: [] }, error: null }
      : await call<{ commitBatch: { number: number }[] }>(commitBatchMutation, { input }, key);
  const refused = result.error ? (order[result.error.index ?? -1] ?? null) : null;
  if (result.error && unanswerable.has(result.error.code)) {
    for (const write of order) unanswered.add(write.factId);
  }
  const revisions = new Map(
    result.data ? order.map((write, i) => [write, result.data.commitBatch[i]!.number]) : [],
  );
  const outcomes = plan.writes.map((planned): WriteOutcome => {
    const done = committed.get(planned.factId);
    if (done !== undefined)
      return { write: planned, state: 'committed', revision: done, error: null };
    const write = order.find((w) => w.factId === planned.factId) ?? planned;
    const revision = revisions.get(write);
    if (revision !== undefined) {
      committed.set(write.factId, revision);
      unanswered.delete(write.factId);
      return { write, state: 'committed', revision, error: null };
    }
    // A refusal without an item (a wrong key, the rate limit) is the batch's: shown on the first.
    const failed = write === refused || (refused === null && write === order[0]);
    return failed
      ? { write, state: 'failed', revision: null, error: result.error }
      : { write, state: 'not sent', revision: null, error: null };
  });
  for (const outcome of outcomes) onWrite(outcome);
  return { kind: 'ran', outcomes };
}
