// Query root, explorer surface: search (plain and ranked), entity, neighborhood, shortestPath, sources.
import { bestNameMatch, normalizeSearchText } from '../../graph/ordering.js';
import type { EntityProperty } from '../../model/records.js';
import type { EntityType } from '../../model/index.js';
import type { SearchQuery } from '../../graph/port.js';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import type { RequestContext } from '../context.js';
import { requireRange, requireSearchText } from '../argumentLimits.js';
import { propertiesOfResult } from '../entityProperties.js';
import { groundingFields, selectsAny } from '../selection.js';
import { entityResolver } from './lists.js';

const matchKinds = { 3: 'EXACT', 2: 'PREFIX', 1: 'SUBSTRING' } as const;

function searchQuery(
  args: {
    text: string;
    types?: readonly EntityType[] | null;
    first?: number | null;
    sources?: readonly string[] | null;
  },
  ctx: RequestContext,
  grounding: boolean,
  properties: readonly EntityProperty[] | undefined,
): SearchQuery {
  return {
    text: requireSearchText(args.text, ctx.limits),
    types: args.types?.length ? [...new Set(args.types)].sort() : null,
    first: requireRange('first', args.first ?? 20, 0, ctx.limits.maxSearchFirst),
    grounding,
    ...(properties ? { properties } : {}),
    // Sorted and de-duplicated so equal searches share one call; empty means all, as `types`.
    ...(args.sources?.length ? { sources: [...new Set(args.sources)].sort() } : {}),
  };
}

/** What bestNameMatch reads besides the name: rankedSearch scores every hit by all its names. */
const scoredProperties: readonly EntityProperty[] = ['nameEn', 'aliases'];

export const queryResolvers: QueryResolvers = {
  // Hits are read only by this field's selection, so the backend may leave out what it does not select.
  search: (_root, args, ctx, info) =>
    ctx.loaders.search.load(
      searchQuery(args, ctx, selectsAny(info, groundingFields), propertiesOfResult(info)),
    ),
  // The backend ranks; the score says how each hit ranked, with the same shared rule.
  rankedSearch: async (_root, args, ctx, info) => {
    const selected = propertiesOfResult(info, ['entity']);
    const query = searchQuery(
      args,
      ctx,
      selectsAny(info, groundingFields, ['entity']),
      selected && [...new Set([...selected, ...scoredProperties])],
    );
    const needle = normalizeSearchText(query.text);
    const hits = await ctx.loaders.search.load(query);
    return hits.map((entity) => {
      const match = bestNameMatch(entity, needle)!;
      return { entity, score: match.rank, match: matchKinds[match.rank], matched: match.name };
    });
  },
  entity: entityResolver,
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
  disagreements: (_root, args, ctx) =>
    ctx.loaders.disagreements.load({
      source: args.source ?? null,
      first: requireRange('first', args.first ?? 100, 0, ctx.limits.maxFirst),
    }),
};
