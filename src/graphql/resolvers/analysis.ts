// Query root, analyses: aggregates (actor, category and region totals) and graph questions.
import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLEnumType } from 'graphql';
import { commonNeighbors, type CommonNeighborArgs } from '../analysis/commonNeighbors.js';
import { mostConnected } from '../analysis/connectedness.js';
import { paths, type PathArgs } from '../analysis/paths.js';
import {
  actionsWithActors,
  groupActions,
  groupTotals,
  ranked,
  regionsOfActions,
  type TotalsOrder,
} from '../analysis/totals.js';
import type { Activity, ReliefCategory } from '../../model/index.js';
import type { RequestContext } from '../context.js';
import { uniqueNodes } from '../reads.js';
import { compileWhere, type WhereInput } from '../where.js';

interface TotalsArgs {
  where?: WhereInput | null;
  actions?: WhereInput | null;
  orderBy?: TotalsOrder | null;
  first?: number | null;
  basis?: 'TARGET' | 'SCOPE' | 'ACTOR' | null;
  activities?: readonly string[] | null;
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
  return ranked(data, groups, subjects, args.orderBy, args.first, ctx).map((t) => ({
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
  const groups = groupActions(data, (action) => [action.category]);
  // Every category the schema declares, in its order, with zero totals where the article has none.
  const categories = info.schema.getType('ReliefCategory') as GraphQLEnumType;
  return categories.getValues().map(({ value }) => ({
    category: value as ReliefCategory,
    ...groupTotals(data, groups.get(value as string) ?? []),
  }));
}

/**
 * Totals per activity, in the order of the Activity enum (or of `activities`): every activity
 * asked for, with zeros where no counted action has it.
 */
async function activityTotals(
  _root: unknown,
  args: TotalsArgs,
  ctx: RequestContext,
  info: GraphQLResolveInfo,
) {
  const data = await actionsWithActors(args.actions, ctx);
  const groups = groupActions(data, (action) => [action.activity]);
  const declared = (info.schema.getType('Activity') as GraphQLEnumType)
    .getValues()
    .map(({ value }) => value as Activity);
  const asked = args.activities?.length ? new Set(args.activities) : null;
  return declared
    .filter((activity) => asked === null || asked.has(activity))
    .map((activity) => ({ activity, ...groupTotals(data, groups.get(activity) ?? []) }));
}

async function regionTotals(_root: unknown, args: TotalsArgs, ctx: RequestContext) {
  const data = await actionsWithActors(args.actions, ctx);
  const { keys, regions } = await regionsOfActions(args.basis ?? 'TARGET', data, ctx);
  const groups = groupActions(data, (action) => keys.get(action.id)!);
  return ranked(data, groups, regions, args.orderBy, args.first, ctx).map((t) => ({
    ...t,
    region: t.subject,
  }));
}

export const analysisResolvers = {
  actorTotals,
  categoryTotals,
  activityTotals,
  regionTotals,
  mostConnected: (_root: unknown, args: Parameters<typeof mostConnected>[0], ctx: RequestContext) =>
    mostConnected(args, ctx),
  commonNeighbors: (_root: unknown, args: CommonNeighborArgs, ctx: RequestContext) =>
    commonNeighbors(args, ctx),
  paths: (_root: unknown, args: PathArgs, ctx: RequestContext) => paths(args, ctx),
};
