// The write side's resolvers: the mutations (through the Curator, after WriteAccess), history, fact and the polled change feed; domain refusals become coded GraphQLErrors here.
import { ErrorCode } from '../errorCode.js';
import { GraphQLError } from 'graphql';
import type { Authorship, BatchItem } from '../../curation/Curator.js';
import { FactNotFoundError, InvalidWriteError } from '../../curation/checkWrite.js';
import { batchIndexOf, WriteConflictError, WriteRefusedError } from '../../graph/port.js';
import type { FactRecord, RevisionRecord } from '../../model/records.js';
import type {
  BatchInput,
  MutationResolvers,
  QueryResolvers,
  SubscriptionResolvers,
} from '../__generated__/resolvers-types.js';
import type { RequestContext } from '../context.js';
import { badInput, requireRange } from '../argumentLimits.js';

/**
 * A refusal of the curation layer or the adapter as the coded error clients see; others unchanged.
 * A batch's refusal also names its item: `index` (its position in the batch) and `item`
 * (`entities.3`), from `labels`, the items' names in order.
 */
export function writeError(error: unknown, labels: readonly string[] = []): unknown {
  const coded = codedError(error);
  const index = batchIndexOf(error);
  if (index === null || !(coded instanceof GraphQLError)) return coded;
  const item = labels[index] ?? String(index);
  return new GraphQLError(`Item ${index} (${item}): ${coded.message}`, {
    extensions: { ...coded.extensions, index, item },
  });
}

function codedError(error: unknown): unknown {
  if (error instanceof InvalidWriteError) {
    return new GraphQLError(`Refused: ${error.field}: ${error.problem}.`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: error.field },
    });
  }
  if (error instanceof WriteRefusedError) {
    return new GraphQLError(`Refused: ${error.message}.`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    });
  }
  if (error instanceof FactNotFoundError) {
    return new GraphQLError(error.message, { extensions: { code: ErrorCode.NOT_FOUND } });
  }
  if (error instanceof WriteConflictError) {
    return new GraphQLError(`Conflict: ${error.message}.`, {
      extensions: { code: ErrorCode.CONFLICT },
    });
  }
  return error;
}

/** One write: the writer checked first, then the commit, then its log line and cache refresh. */
async function write(
  ctx: RequestContext,
  args: { comment?: string | null; idempotencyKey?: string | null },
  commit: (by: Authorship) => Promise<RevisionRecord>,
): Promise<RevisionRecord> {
  const writer = await ctx.writes.begin();
  let revision: RevisionRecord;
  try {
    revision = await commit({
      author: writer.keyId,
      comment: args.comment ?? null,
      idempotencyKey: args.idempotencyKey ?? null,
    });
  } catch (error) {
    throw writeError(error);
  }
  await ctx.writes.committed(writer, [revision]);
  return revision;
}

/** A batch's items in the order they are applied (sources, entities, relations), with their names. */
function batchItems(input: BatchInput): { items: BatchItem[]; labels: string[] } {
  const items: BatchItem[] = [
    ...(input.sources ?? []).map((s) => ({
      kind: 'source' as const,
      input: s.source,
      idempotencyKey: s.idempotencyKey ?? null,
    })),
    ...(input.entities ?? []).map((e) => ({
      kind: 'entity' as const,
      input: e.entity,
      baseVersion: e.baseVersion ?? null,
      idempotencyKey: e.idempotencyKey ?? null,
    })),
    ...(input.relations ?? []).map((r) => ({
      kind: 'relation' as const,
      input: r.relation,
      idempotencyKey: r.idempotencyKey ?? null,
    })),
  ];
  const labels = (['sources', 'entities', 'relations'] as const).flatMap((list) =>
    (input[list] ?? []).map((_item, i) => `${list}.${i}`),
  );
  return { items, labels };
}

/** commitBatch: its size checked before anything else, then one write of many items, all or nothing. */
async function commitBatch(
  ctx: RequestContext,
  args: { input: BatchInput; comment?: string | null },
): Promise<RevisionRecord[]> {
  const { items, labels } = batchItems(args.input);
  const max = ctx.limits.maxBatchWrites;
  if (items.length < 1 || items.length > max) {
    throw badInput(`A batch holds 1 to ${max} writes; got ${items.length}.`, 'input');
  }
  const writer = await ctx.writes.begin(items.length);
  let revisions: RevisionRecord[];
  try {
    revisions = await ctx.curator.commitBatch(items, {
      author: writer.keyId,
      comment: args.comment ?? null,
    });
  } catch (error) {
    throw writeError(error, labels);
  }
  await ctx.writes.committed(writer, revisions);
  return revisions;
}

export const mutationResolvers: MutationResolvers = {
  addSource: (_root, args, ctx) => write(ctx, args, (by) => ctx.curator.addSource(args.input, by)),
  upsertEntity: (_root, args, ctx) =>
    write(ctx, args, (by) => ctx.curator.upsertEntity(args.input, args.baseVersion ?? null, by)),
  addRelation: (_root, args, ctx) =>
    write(ctx, args, (by) => ctx.curator.addRelation(args.input, by)),
  retract: (_root, args, ctx) =>
    write(ctx, args, (by) => ctx.curator.retract(args.id, args.reason, args.baseVersion, by)),
  commitBatch: (_root, args, ctx) => commitBatch(ctx, args),
};

/** A cursor is the number of the last revision read, as a string; anything else is bad input. */
function cursorValue(after: string | null | undefined): number {
  if (after == null || after === '') return 0;
  if (!/^\d{1,15}$/.test(after)) throw badInput('Argument "after" is not a cursor.', 'after');
  return Number(after);
}

export const curationQueryResolvers: Pick<
  QueryResolvers,
  'history' | 'fact' | 'changes' | 'changesCursor'
> = {
  history: async (_root, args, ctx) => {
    const [fact, revisions] = await Promise.all([
      ctx.loaders.fact.load(args.id),
      ctx.loaders.history.load(args.id),
    ]);
    if (!fact) return null;
    return {
      id: fact.id,
      kind: fact.kind,
      version: fact.version,
      retracted: fact.retraction !== null,
      revisions,
    };
  },
  fact: async (_root, args, ctx) => {
    const fact = await ctx.loaders.fact.load(args.id);
    if (!fact || (fact.retraction && !args.includeRetracted)) return null;
    return fact;
  },
  changesCursor: async (_root, _args, ctx) => String(await ctx.loaders.latestRevision.load('')),
  changes: async (_root, args, ctx) => {
    const after = cursorValue(args.after);
    const first = requireRange('first', args.first ?? 100, 1, ctx.limits.maxChangesFirst);
    const revisions = await ctx.loaders.changes.load({ after, first });
    return { revisions, cursor: String(revisions.at(-1)?.number ?? after) };
  },
};

export const revisionResolvers = {
  id: (revision: RevisionRecord) => `revision:${revision.number}`,
  // A source's text (up to the source text limit) is read once through `sources`, not repeated
  // in every page of the change log: its record says how long it is instead.
  record: (revision: RevisionRecord) => {
    if (revision.kind !== 'SOURCE') return revision.record;
    const { text, ...source } = JSON.parse(revision.record) as { text?: string };
    return JSON.stringify({ ...source, textLength: text?.length ?? 0 });
  },
};

export const factResolvers = {
  edge: (fact: FactRecord) => fact.relation,
};

export const subscriptionResolvers: SubscriptionResolvers = {
  graphChanged: {
    subscribe: async (_root, args, ctx) => {
      if (!ctx.feed) {
        throw new GraphQLError('Subscribe over WebSocket (graphql-ws) at /graphql.', {
          extensions: { code: ErrorCode.BAD_REQUEST },
        });
      }
      const revisions = await ctx.feed.subscribe(
        args.after == null ? null : cursorValue(args.after),
      );
      if (!revisions) {
        throw badInput(
          'Argument "after" is past the latest revision (see changesCursor).',
          'after',
        );
      }
      return mapped(revisions, (revision) => ({ graphChanged: revision }));
    },
  },
};

/** The revisions as graphql-js expects a subscription's events: one payload object each. */
function mapped<T, U>(
  source: AsyncIterableIterator<T>,
  map: (value: T) => U,
): AsyncIterableIterator<U> {
  return {
    async next() {
      const result = await source.next();
      return result.done
        ? { value: undefined, done: true }
        : { value: map(result.value), done: false };
    },
    async return() {
      await source.return?.();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
