// Port reads the resolvers and analyses share, all through the request's DataLoaders so they batch and cache.
import { ErrorCode } from './errorCode.js';
import { GraphQLError } from 'graphql';
import type { EntityFilter, RelationHit, RelationQuery } from '../graph/port.js';
import type { EntityRecord } from '../model/records.js';
import type { EntityType } from '../model/index.js';
import type { RequestContext } from './context.js';
import { badInput } from './argumentLimits.js';

/** Hits per id, in the order of `ids`. */
export async function hitsOf(
  ids: readonly string[],
  query: RelationQuery,
  ctx: RequestContext,
): Promise<RelationHit[][]> {
  const perId = await ctx.loaders.relations(query).loadMany(ids);
  return perId.map((hits) => {
    if (hits instanceof Error) throw hits;
    return hits;
  });
}

/** A relation query of these types and direction, as wide as the limits allow. */
export function relationQuery(
  direction: RelationQuery['direction'],
  types: readonly string[] | null,
  ctx: RequestContext,
  nodeTypes: RelationQuery['nodeTypes'] = null,
): RelationQuery {
  // Sorted so equal queries share one DataLoader.
  return { direction, types: types && [...types].sort(), nodeTypes, first: ctx.limits.maxFirst };
}

/** The entities, first occurrence kept, in order. */
export function uniqueNodes(nodes: EntityRecord[]): EntityRecord[] {
  return [...new Map(nodes.map((n) => [n.id, n])).values()];
}

/** Every entity of these types matching the filter, refusing lists too long to analyse per request. */
export async function allEntities(
  types: EntityType[],
  filter: EntityFilter | null,
  ctx: RequestContext,
): Promise<EntityRecord[]> {
  const cap = ctx.limits.maxAnalysisEntities;
  const found = await ctx.loaders.find.load({ types, filter, sort: [], offset: 0, first: cap });
  if (found.totalCount > cap) {
    throw badInput(
      `The question covers ${found.totalCount} entities, more than the ${cap} one request may analyse; narrow it with a filter.`,
      'where',
    );
  }
  return found.items;
}

/** The entity with this id, or a NOT_FOUND error naming the argument. */
export async function requireEntity(
  id: string,
  argument: string,
  ctx: RequestContext,
): Promise<EntityRecord> {
  const entity = await ctx.loaders.entity.load(id);
  if (!entity) {
    throw new GraphQLError(`No entity has id "${id}".`, {
      extensions: { code: ErrorCode.NOT_FOUND, argument },
    });
  }
  return entity;
}

/** The relation from an actor to the relief action it performed. */
export const actorTypes = ['PERFORMED'];
