// Commits a review's planned writes in order through the write path's mutations, one request and one revision each: checked first (nothing is sent while any proposal has a problem or an id is taken), stopped at the first refusal, and resumable (writes already committed are not sent again; each carries an idempotency key).
import type { CommitPlan, PlannedWrite, Problem } from './commitPlan.js';
import { call, existingIds, type CallError } from './ingestApi.js';

export interface WriteOutcome {
  write: PlannedWrite;
  state: 'committed' | 'failed' | 'not sent';
  revision: number | null;
  error: CallError | null;
}

export type CommitResult =
  /** Nothing was sent: the problems say why. */
  | { kind: 'refused'; problems: Problem[] }
  /** Every write was sent; `outcomes` lists them, the first failure (if any) ending the run. */
  | { kind: 'ran'; outcomes: WriteOutcome[] };

const mutations: Record<PlannedWrite['mutation'], string> = {
  addSource: `mutation IngestSource($input: SourceInput!, $key: String) {
    addSource(input: $input, comment: "ingested from the review page", idempotencyKey: $key) { number }
  }`,
  upsertEntity: `mutation IngestEntity($input: EntityInput!, $key: String) {
    upsertEntity(input: $input, comment: "ingested from the review page", idempotencyKey: $key) { number }
  }`,
  addRelation: `mutation IngestRelation($input: RelationInput!, $key: String) {
    addRelation(input: $input, comment: "ingested from the review page", idempotencyKey: $key) { number }
  }`,
};

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

/** Refuses, before any write, ids the graph already holds and linked entities it no longer does. */
async function preflight(
  plan: CommitPlan,
  pending: PlannedWrite[],
  unanswered: ReadonlySet<string>,
): Promise<Problem[] | CallError> {
  const ids = [...new Set([...pending.map((w) => w.factId), ...plan.linked])];
  const found = await existingIds(ids);
  if (found.error) return found.error;
  const problems: Problem[] = pending
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
  return problems;
}

/** Whether a write may have been committed though its answer never came. */
const unanswerable = new Set(['NETWORK', 'HTTP']);

/**
 * Sends the plan's writes the ledger does not hold as committed, and notes each outcome in it.
 * `onWrite` hears of each outcome as it happens.
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
  if (!Array.isArray(checked)) {
    return { kind: 'refused', problems: [{ ref: 'source', message: checked.message }] };
  }
  if (checked.length > 0) return { kind: 'refused', problems: checked };
  const outcomes: WriteOutcome[] = [];
  let failed = false;
  for (const write of plan.writes) {
    const done = committed.get(write.factId);
    let outcome: WriteOutcome;
    if (done !== undefined) {
      outcome = { write, state: 'committed', revision: done, error: null };
    } else if (failed) {
      outcome = { write, state: 'not sent', revision: null, error: null };
    } else {
      const result = await call<Record<string, { number: number }>>(
        mutations[write.mutation],
        { input: write.input, key: idempotencyKey(sha256, write) },
        key,
      );
      if (result.error) {
        failed = true;
        if (unanswerable.has(result.error.code)) unanswered.add(write.factId);
        outcome = { write, state: 'failed', revision: null, error: result.error };
      } else {
        const revision = result.data[write.mutation]!.number;
        committed.set(write.factId, revision);
        unanswered.delete(write.factId);
        outcome = { write, state: 'committed', revision, error: null };
      }
    }
    outcomes.push(outcome);
    onWrite(outcome);
  }
  return { kind: 'ran', outcomes };
}
