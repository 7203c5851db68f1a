// Query root: the explorer surface (search, entity, neighborhood, shortestPath, sources) and the typed lists.
import type { EntityFilter, EntityType } from '../../graph/port.js';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import type { RequestContext } from '../context.js';
import { requireRange, requireSearchText } from '../limits.js';

function legacyFilter(args: {
  scope?: string | null;
  category?: string | null;
}): EntityFilter | null {
  if (args.scope) return { kind: 'field', field: 'scope', op: 'equals', value: args.scope };
  if (args.category)
    return { kind: 'field', field: 'category', op: 'equals', value: args.category };
  return null;
}

function listOf(type: EntityType) {
  return (
    _root: unknown,
    args: { first?: number | null; scope?: string | null; category?: string | null },
    ctx: RequestContext,
  ) =>
    ctx.loaders.find
      .load({
        types: [type],
        filter: legacyFilter(args),
        sort: [],
        offset: 0,
        first: requireRange('first', args.first ?? 100, 0, ctx.limits.maxFirst),
      })
      .then((r) => r.items);
}

export const queryResolvers: QueryResolvers = {
  search: (_root, args, ctx) =>
    ctx.loaders.search.load({
      text: requireSearchText(args.text, ctx.limits),
      types: args.types?.length ? [...new Set(args.types)].sort() : null,
      first: requireRange('first', args.first ?? 20, 0, ctx.limits.maxSearchFirst),
    }),
  entity: (_root, args, ctx) => ctx.loaders.entity.load(args.id),
  neighborhood: (_root, args, ctx) =>
    ctx.loaders.neighborhood.load({
      id: args.id,
      depth: requireRange('depth', args.depth ?? 1, 0, ctx.limits.maxNeighborhoodDepth),
      limit: requireRange('limit', args.limit ?? 500, 1, ctx.limits.maxNeighborhoodLimit),
    }),
  shortestPath: (_root, args, ctx) =>
    ctx.loaders.shortestPath.load({
      from: args.from,
      to: args.to,
      maxDepth: requireRange('maxDepth', args.maxDepth ?? 6, 1, ctx.limits.maxPathDepth),
    }),
  sources: (_root, _args, ctx) => ctx.loaders.sources(),
  associations: listOf('ASSOCIATION'),
  governmentBodies: listOf('GOVERNMENT_BODY'),
  companies: listOf('COMPANY'),
  hospitals: listOf('HOSPITAL'),
  regions: listOf('REGION'),
  meetings: listOf('MEETING'),
  reliefActions: listOf('RELIEF_ACTION'),
};
