// The write side's use cases: reads what a write must be checked against, checks it (checkWrite.ts) and commits it through the port as one revision.
import { atBatchIndex, type ChangeRequest, type GraphBackend } from '../graph/port.js';
import type { EntityRecord, FactRecord, RevisionRecord } from '../model/records.js';
import {
  changedFields,
  checkEntity,
  checkRelation,
  checkSource,
  FactNotFoundError,
  InvalidWriteError,
  parsed,
  type EntityInput,
  type RelationInput,
  type SourceInput,
  type WriteContext,
} from './checkWrite.js';
import { noteSchema } from '../model/factSchemas.js';

/** Who writes, and why: every revision records both. */
export interface Authorship {
  /** The writer's key id. */
  author: string;
  comment: string | null;
  /** The client's name for this write across its retries (port: ChangeRequest.idempotencyKey). */
  idempotencyKey: string | null;
}

/** One write of a batch (Curator.commitBatch), with its own idempotency key. */
export type BatchItem = { idempotencyKey: string | null } & (
  | { kind: 'source'; input: SourceInput }
  | { kind: 'entity'; input: EntityInput; baseVersion: number | null }
  | { kind: 'relation'; input: RelationInput }
);

/** Printable ASCII, so a key logs and compares as it was sent. */
const idempotencyKey = /^[\x21-\x7e]{1,200}$/;

export class Curator {
  constructor(
    private readonly backend: GraphBackend,
    private readonly maxTextLength: number,
  ) {}

  private async context(): Promise<WriteContext> {
    const sources = await this.backend.sources();
    return {
      texts: new Map(sources.map((s) => [s.id, s.text])),
      maxTextLength: this.maxTextLength,
    };
  }

  private commit(
    change: ChangeRequest['change'],
    baseVersion: number | null,
    fields: string[],
    by: Authorship,
  ): Promise<RevisionRecord> {
    return this.backend.commit(request(change, baseVersion, fields, by));
  }

  async addSource(input: SourceInput, by: Authorship): Promise<RevisionRecord> {
    const source = checkSource(input, await this.context());
    return this.commit({ action: 'ADD_SOURCE', source }, null, changedFields(null, source), by);
  }

  async upsertEntity(
    input: EntityInput,
    baseVersion: number | null,
    by: Authorship,
  ): Promise<RevisionRecord> {
    const [existing, context] = await Promise.all([this.backend.fact(input.id), this.context()]);
    // Names are unique, as in the seed, so a curated graph stays a valid seed: the adapter checks
    // that inside its serialised commit, where two concurrent writes cannot both pass.
    const entity = checkEntity(input, existing, context);
    const fields = changedFields(existing?.entity ?? null, entity);
    return this.commit({ action: 'UPSERT_ENTITY', entity }, baseVersion, fields, by);
  }

  async addRelation(input: RelationInput, by: Authorship): Promise<RevisionRecord> {
    const [[from, to], context] = await Promise.all([
      this.backend.entitiesByIds([input.from, input.to]),
      this.context(),
    ]);
    const relation = checkRelation(input, { from: from ?? null, to: to ?? null }, context);
    return this.commit(
      { action: 'ADD_RELATION', relation },
      null,
      changedFields(null, relation),
      by,
    );
  }

  /**
   * Several writes, all or nothing, in order: each checked as its own mutation checks it, against
   * the graph as the earlier items leave it (evidence may quote a source added earlier, a relation
   * may join entities added earlier), then committed by the port as one batch. A refusal names the
   * item's position (atBatchIndex) and nothing is written.
   */
  async commitBatch(
    items: readonly BatchItem[],
    by: Omit<Authorship, 'idempotencyKey'>,
  ): Promise<RevisionRecord[]> {
    const entityIds = items.flatMap((item) => (item.kind === 'entity' ? [item.input.id] : []));
    const ends = items.flatMap((item) =>
      item.kind === 'relation' ? [item.input.from, item.input.to] : [],
    );
    const [facts, endRecords, context] = await Promise.all([
      Promise.all(entityIds.map((id) => this.backend.fact(id))),
      this.backend.entitiesByIds(ends),
      this.context(),
    ]);
    const existing = new Map<string, FactRecord | null>(entityIds.map((id, i) => [id, facts[i]!]));
    const entities = new Map<string, EntityRecord | null>(
      ends.map((id, i) => [id, endRecords[i]!]),
    );
    const texts = new Map(context.texts);
    const checking = { ...context, texts };
    const requests = items.map((item, index) => {
      try {
        const key = { ...by, idempotencyKey: item.idempotencyKey };
        switch (item.kind) {
          case 'source': {
            const source = checkSource(item.input, checking);
            texts.set(source.id, source.text);
            const change = { action: 'ADD_SOURCE', source } as const;
            return request(change, null, changedFields(null, source), key);
          }
          case 'entity': {
            const before = existing.get(item.input.id) ?? null;
            const entity = checkEntity(item.input, before, checking);
            existing.set(entity.id, entityFact(entity));
            entities.set(entity.id, entity);
            const fields = changedFields(before?.entity ?? null, entity);
            const change = { action: 'UPSERT_ENTITY', entity } as const;
            return request(change, item.baseVersion, fields, key);
          }
          case 'relation': {
            const { from, to } = item.input;
            const relation = checkRelation(
              item.input,
              { from: entities.get(from) ?? null, to: entities.get(to) ?? null },
              checking,
            );
            const change = { action: 'ADD_RELATION', relation } as const;
            return request(change, null, changedFields(null, relation), key);
          }
        }
      } catch (error) {
        throw atBatchIndex(error, index);
      }
    });
    return this.backend.commitBatch(requests);
  }

  async retract(
    id: string,
    reason: string,
    baseVersion: number,
    by: Authorship,
  ): Promise<RevisionRecord> {
    if (reason.trim().length === 0) throw new InvalidWriteError('reason', 'must not be empty');
    parsed(noteSchema, reason.trim(), 'reason');
    const fact = await this.backend.fact(id);
    if (!fact) throw new FactNotFoundError(`No entity or relation has the id ${id}.`);
    if (fact.kind === 'SOURCE') {
      throw new InvalidWriteError(
        'id',
        'sources are not retracted; retract the facts that quote them',
      );
    }
    return this.commit(
      { action: 'RETRACT', id, reason: reason.trim() },
      baseVersion,
      ['retracted'],
      by,
    );
  }
}

/** The port's request for one checked change, after the writer's comment and key are checked. */
function request(
  change: ChangeRequest['change'],
  baseVersion: number | null,
  fields: string[],
  by: Authorship,
): ChangeRequest {
  if (by.comment !== null) parsed(noteSchema, by.comment, 'comment');
  if (by.idempotencyKey !== null && !idempotencyKey.test(by.idempotencyKey)) {
    throw new InvalidWriteError('idempotencyKey', '1 to 200 printable ASCII characters');
  }
  return { change, baseVersion, changedFields: fields, ...by };
}

/** An entity written earlier in a batch, as the later items' checks see it (its kind). */
function entityFact(entity: EntityRecord): FactRecord {
  return {
    id: entity.id,
    kind: 'ENTITY',
    version: 0,
    retraction: null,
    entity,
    relation: null,
    source: null,
  };
}
