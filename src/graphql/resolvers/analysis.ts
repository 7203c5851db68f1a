// Query root, analyses: aggregates (actor, category and region totals) and graph questions.
import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLEnumType } from 'graphql';
import type { EntityRecord } from '../../graph/port.js';
import { commonNeighbors, type CommonNeighborArgs } from '../analysis/commonNeighbors.js';
import { mostConnected } from '../analysis/connectedness.js';
import { paths, type PathArgs } from '../analysis/paths.js';
import { hitsOf, relationQuery } from '../analysis/reads.js';
import {
  actionsWithActors,
  groupActions,
  groupTotals,
  ranked,
  uniqueNodes,
  type TotalsOrder,
} from '../analysis/totals.js';
import type { RequestContext } from '../context.js';
import { compileWhere, type WhereInput } from '../where.js';

interface TotalsArgs {
  where?: WhereInput | null;
  actions?: WhereInput | null;
  orderBy?: TotalsOrder | null;
  first?: number | null;
  basis?: 'TARGET' | 'ACTOR' | null;
}

async function actorTotals(_root: unknown, args: TotalsArgs, ctx: RequestContext) {
  const data = await actionsWithActors(args.actions, ctx);
  const groups = groupActions(data, (action) => data.actors.get(action.id)!.map((a) => a.id));
  let actors = uniqueNodes([...data.actors.values()].flat());
  const filter = compileWhere('Organization', args.where, ctx.limits);
  if (filter) {
    const keep = await ctx.loaders.matches(filter).loadMany(actors.map((a) => a.id));
    actors = actors.filter((_, i) => keep[i] === true);
  }
  const subjects = new Map(actors.map((a) => [a.id, a]));
  return ranked(data, groups, subjects, args.orderBy ?? 'MONEY', args.first, ctx).map((t) => ({
    ...t,
    actor: t.subject,
  }));
}

async function categoryTotals(
  _root: unknown,
  args: TotalsArgs,
  ctx: RequestContext,
  info: GraphQLResolveInfo,
) {
  const data = await actionsWithActors(args.actions, ctx);
  const groups = groupActions(data, (action) => (action.category ? [action.category] : []));
  // Every category the schema declares, in its order, with zero totals where the article has none.
  const categories = info.schema.getType('ReliefCategory') as GraphQLEnumType;
  return categories.getValues().map(({ value }) => ({
    category: value as string,
    ...groupTotals(data, groups.get(value as string) ?? []),
  }));
}

/** The regions each action counts under: where it was aimed, or where its actors are. */
async function regionsOfActions(
  basis: 'TARGET' | 'ACTOR',
  data: Awaited<ReturnType<typeof actionsWithActors>>,
  ctx: RequestContext,
): Promise<{ keys: Map<string, string[]>; regions: Map<string, EntityRecord> }> {
  const regions = new Map<string, EntityRecord>();
  const placesOf = new Map<string, EntityRecord[]>();
  if (basis === 'TARGET') {
    const hits = await hitsOf(
      data.actions.map((a) => a.id),
      relationQuery('OUT', ['TARGETED'], ctx),
      ctx,
    );
    data.actions.forEach((a, i) =>
      placesOf.set(
        a.id,
        hits[i]!.map((h) => h.node),
      ),
    );
  } else {
    for (const a of data.actions) placesOf.set(a.id, data.actors.get(a.id)!);
  }
  // A place that is not a region counts under the regions it is located in.
  const places = uniqueNodes([...placesOf.values()].flat()).filter((p) => p.type !== 'REGION');
  const located = await hitsOf(
    places.map((p) => p.id),
    relationQuery('OUT', ['LOCATED_IN'], ctx),
    ctx,
  );
  const regionsOf = new Map(places.map((p, i) => [p.id, located[i]!.map((h) => h.node)]));
  const keys = new Map<string, string[]>();
  for (const [actionId, list] of placesOf) {
    const reached = list.flatMap((p) => (p.type === 'REGION' ? [p] : (regionsOf.get(p.id) ?? [])));
    for (const region of reached) regions.set(region.id, region);
    keys.set(
      actionId,
      reached.map((r) => r.id),
    );
  }
  return { keys, regions };
}

async function regionTotals(_root: unknown, args: TotalsArgs, ctx: RequestContext) {
  const data = await actionsWithActors(args.actions, ctx);
  const { keys, regions } = await regionsOfActions(args.basis ?? 'TARGET', data, ctx);
  const groups = groupActions(data, (action) => keys.get(action.id) ?? []);
  return ranked(data, groups, regions, args.orderBy ?? 'MONEY', args.first, ctx).map((t) => ({
    ...t,
    region: t.subject,
  }));
}

export const analysisResolvers = {
  actorTotals,
  categoryTotals,
  regionTotals,
  mostConnected: (_root: unknown, args: Parameters<typeof mostConnected>[0], ctx: RequestContext) =>
    mostConnected(args, ctx),
  commonNeighbors: (_root: unknown, args: CommonNeighborArgs, ctx: RequestContext) =>
    commonNeighbors(args, ctx),
  paths: (_root: unknown, args: PathArgs, ctx: RequestContext) => paths(args, ctx),
};
