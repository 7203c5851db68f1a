// Revisions both adapters commit alike: whether a change is refused, a retried write's replay, the revision a change becomes, its canonical JSON and the data version after it.
import type { FactKind, EntityRecord, RevisionRecord } from '../model/records.js';
import { WriteConflictError, WriteRefusedError, type Change, type ChangeRequest } from './port.js';

/**
 * Why a change is refused on the current state, or null: shared by both adapters so they refuse
 * alike. `current` is the fact's state now (null when it never existed).
 */
export function changeRefusal(
  request: ChangeRequest,
  current: { version: number; retracted: boolean } | null,
): Error | null {
  const id = factIdOf(request.change);
  const expected = current === null ? null : current.version;
  if (current?.retracted) {
    return new WriteConflictError(
      `${id} is retracted (version ${current.version}); it cannot change again`,
    );
  }
  if (request.change.action === 'RETRACT' && current === null) {
    return new WriteRefusedError(`${id} does not exist`);
  }
  // Sources and relations are added once: a source's text holds its evidence's offsets, and a
  // relation is nothing but its ends, type and grounding (retract it and add what is right).
  const addsOnce =
    request.change.action === 'ADD_SOURCE' || request.change.action === 'ADD_RELATION';
  if (addsOnce && current !== null) {
    return new WriteConflictError(`${id} already exists (version ${current.version})`);
  }
  if (request.baseVersion !== expected) {
    const now = expected === null ? 'does not exist' : `is at version ${expected}`;
    const based =
      request.baseVersion === null
        ? 'expected it not to exist'
        : `was based on version ${request.baseVersion}`;
    return new WriteConflictError(`${id} ${now}; the write ${based}: read it again and retry`);
  }
  return null;
}

/**
 * A retried write whose first attempt committed (`earlier`: the revision under the request's key):
 * that revision when it is the same write, else a conflict (the key names another write).
 */
export function replayOf(request: ChangeRequest, earlier: RevisionRecord): RevisionRecord {
  const retracting = request.change.action === 'RETRACT';
  if (
    earlier.author !== request.author ||
    earlier.factId !== factIdOf(request.change) ||
    (earlier.action === 'RETRACT') !== retracting
  ) {
    throw new WriteConflictError(
      `idempotency key ${request.idempotencyKey} was used for another write (revision ${earlier.number})`,
    );
  }
  return earlier;
}

/** Two standing entities may not share a name (as in the seed): checked inside each adapter's commit. */
export function nameClash(entity: EntityRecord, holder: string | null): WriteRefusedError | null {
  return holder !== null && holder !== entity.id
    ? new WriteRefusedError(`name: same name as ${holder}`)
    : null;
}

/** The id of the fact a change concerns. */
export function factIdOf(change: Change): string {
  switch (change.action) {
    case 'ADD_SOURCE':
      return change.source.id;
    case 'UPSERT_ENTITY':
      return change.entity.id;
    case 'ADD_RELATION':
      return change.relation.id;
    case 'RETRACT':
      return change.id;
  }
}

/**
 * The revision a committed change becomes: `kind` is the existing fact's (null for a new one),
 * `record` the fact as the change leaves it (a retracted fact as it was).
 */
export function revisionOf(
  request: ChangeRequest,
  number: number,
  existing: FactKind | null,
  record: unknown,
): RevisionRecord {
  const { change } = request;
  const kinds = {
    ADD_SOURCE: 'SOURCE',
    UPSERT_ENTITY: 'ENTITY',
    ADD_RELATION: 'RELATION',
  } as const;
  return {
    number,
    factId: factIdOf(change),
    kind: change.action === 'RETRACT' ? existing! : kinds[change.action],
    action: change.action === 'RETRACT' ? 'RETRACT' : existing ? 'UPDATE' : 'CREATE',
    author: request.author,
    at: new Date().toISOString(),
    comment: request.comment,
    reason: change.action === 'RETRACT' ? change.reason : null,
    changedFields: request.changedFields,
    record: canonicalJson(record),
    idempotencyKey: request.idempotencyKey ?? null,
  };
}

/** JSON with every object's keys sorted: the same record gives the same text from either adapter. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The data version after revision `number`: the base (seed) version with the revision appended. */
export function versionAfter(baseVersion: string, number: number): string {
  return `${baseVersion.split('+')[0]}+r${number}`;
}

/**
 * The entity a revision's record holds: one written before entities had variants holds none, so
 * both adapters read old revisions (a journal's, a database's) as entities of today.
 */
export function entityOfRevision(revision: RevisionRecord): EntityRecord {
  const parsed = JSON.parse(revision.record) as EntityRecord;
  return { ...parsed, variants: parsed.variants ?? [] };
}
