// The write side's use cases: reads what a write must be checked against, checks it (checkWrite.ts) and commits it through the port as one revision.
import type { ChangeRequest, GraphBackend } from '../graph/port.js';
import type { RevisionRecord } from '../model/records.js';
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
    if (by.comment !== null) parsed(noteSchema, by.comment, 'comment');
    if (by.idempotencyKey !== null && !idempotencyKey.test(by.idempotencyKey)) {
      throw new InvalidWriteError('idempotencyKey', '1 to 200 printable ASCII characters');
    }
    return this.backend.commit({ change, baseVersion, changedFields: fields, ...by });
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
