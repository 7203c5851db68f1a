// The write side's resolvers: the mutations (through the Curator, after WriteAccess), history, fact and the polled change feed; domain refusals become coded GraphQLErrors here.
import { ErrorCode } from '../errorCode.js';
import { GraphQLError } from 'graphql';
import type { Authorship } from '../../curation/Curator.js';
import { FactNotFoundError, InvalidWriteError } from '../../curation/checkWrite.js';
import { WriteConflictError, WriteRefusedError } from '../../graph/port.js';
import type { FactRecord, RevisionRecord } from '../../model/records.js';
import type {
  MutationResolvers,
  QueryResolvers,
  SubscriptionResolvers,
} from '../__generated__/resolvers-types.js';
import type { RequestContext } from '../context.js';
import { badInput, requireRange } from '../argumentLimits.js';

/** A refusal of the curation layer or the adapter as the coded error clients see; others unchanged. */
export function writeError(error: unknown): unknown {
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
  await ctx.writes.committed(writer, revision);
  return revision;
}

export const mutationResolvers: MutationResolvers = {
  addSource: (_root, args, ctx) => write(ctx, args, (by) => ctx.curator.addSource(args.input, by)),
  upsertEntity: (_root, args, ctx) =>
    write(ctx, args, (by) => ctx.curator.upsertEntity(args.input, args.baseVersion ?? null, by)),
  addRelation: (_root, args, ctx) =>
    write(ctx, args, (by) => ctx.curator.addRelation(args.input, by)),
  retract: (_root, args, ctx) =>
    write(ctx, args, (by) => ctx.curator.retract(args.id, args.reason, args.baseVersion, by)),
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
