// Query root lists: the typed lists (with where / sort) and their Relay connections.
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityFilter, FindQuery, FindResult } from '../../graph/port.js';
import type { EntityType } from '../../model/index.js';
import type { EntityProperty } from '../../model/records.js';
import { connectionOf, listFingerprint, offsetAfter } from '../connections.js';
import { propertiesOfResult } from '../entityProperties.js';
import { groundingFields, selectsAny } from '../selection.js';
import type { RequestContext } from '../context.js';
import { requireRange } from '../argumentLimits.js';
import type { TargetType } from '../relationshipFields.js';
import { compileSort, compileWhere, type SortInput, type WhereInput } from '../where.js';
import { planBelow, plannedRecords, type PlannedBelow } from '../planner.js';
import { entityTypeOf, typeNames } from './entityFields.js';

interface ListArgs {
  where?: WhereInput | null;
  sort?: readonly SortInput[] | null;
  first?: number | null;
  /** The older shortcuts `associations(scope:)` and `reliefActions(category:)`. */
  scope?: string | null;
  category?: string | null;
}

interface ConnectionArgs extends ListArgs {
  after?: string | null;
}

function shortcutFilters(args: ListArgs): EntityFilter[] {
  const filters: EntityFilter[] = [];
  if (args.scope) filters.push({ kind: 'field', field: 'scope', op: 'equals', value: args.scope });
  if (args.category) {
    filters.push({ kind: 'field', field: 'category', op: 'equals', value: args.category });
  }
  return filters;
}

/** The port query of a list, without its page. */
function listQuery(
  target: TargetType,
  types: EntityType[] | null,
  args: ListArgs,
  ctx: RequestContext,
): Omit<FindQuery, 'offset' | 'first'> {
  const where = compileWhere(target, args.where, ctx.limits);
  const filters = [...shortcutFilters(args), ...(where ? [where] : [])];
  return {
    types,
    filter:
      filters.length === 0 ? null : filters.length === 1 ? filters[0]! : { kind: 'and', filters },
    sort: compileSort(args.sort),
  };
}

/** A query's `properties`, left out when all are read. */
const propertiesOf = (properties: EntityProperty[] | undefined) =>
  properties ? { properties } : {};

/**
 * The entities of a root list with whatever the planner planned below them: one planned read
 * when it planned something, else findEntities (no relationship field: one statement already).
 */
async function read(
  query: FindQuery,
  count: boolean,
  { fields, grounding, properties }: PlannedBelow,
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  path: readonly string[] = [],
): Promise<FindResult> {
  if (fields.length === 0) {
    // What the page's own entities show: nothing below them is read from these records.
    return ctx.loaders.find.load({
      ...query,
      count,
      grounding: selectsAny(info, groundingFields, path),
      ...propertiesOf(propertiesOfResult(info, path)),
    });
  }
  const planned = await ctx.loaders.plan.load({
    root: query,
    rootCount: count,
    fields,
    grounding,
    ...propertiesOf(properties),
  });
  return { totalCount: planned.totalCount, items: plannedRecords(planned.items) };
}

function listResolver(type: EntityType) {
  return async (_root: unknown, args: ListArgs, ctx: RequestContext, info: GraphQLResolveInfo) => {
    const first = requireRange('first', args.first ?? 100, 0, ctx.limits.maxFirst);
    const query = listQuery(typeNames[type], [type], args, ctx);
    const below = planBelow(info, ctx, typeNames[type], entityTypeOf);
    const result = await read({ ...query, offset: 0, first }, false, below, ctx, info);
    return result.items;
  };
}

function connectionResolver(target: TargetType, types: EntityType[] | null) {
  return async (
    _root: unknown,
    args: ConnectionArgs,
    ctx: RequestContext,
    info: GraphQLResolveInfo,
  ) => {
    const first = requireRange('first', args.first ?? 20, 0, ctx.limits.maxPageSize);
    const query = listQuery(target, types, args, ctx);
    const fingerprint = listFingerprint(target, query);
    const offset = offsetAfter(args.after, fingerprint);
    const below = planBelow(info, ctx, target, entityTypeOf, ['edges', 'node']);
    const result = await read({ ...query, offset, first }, true, below, ctx, info, [
      'edges',
      'node',
    ]);
    return connectionOf(result.items, offset, result.totalCount, fingerprint);
  };
}

/** `entity(id:)`: the entity, with the fields planned below it (type conditions included). */
export async function entityResolver(
  _root: unknown,
  args: { id: string },
  ctx: RequestContext,
  info: GraphQLResolveInfo,
) {
  const below = planBelow(info, ctx, 'Entity', entityTypeOf);
  if (below.fields.length === 0) return ctx.loaders.entity.load(args.id);
  const query: FindQuery = {
    types: null,
    filter: { kind: 'field', field: 'id', op: 'equals', value: args.id },
    sort: [],
    offset: 0,
    first: 1,
  };
  const result = await read(query, false, below, ctx, info);
  return result.items[0] ?? null;
}

/** Root list field names, by entity type. */
const listNames: Record<EntityType, string> = {
  ASSOCIATION: 'associations',
  GOVERNMENT_BODY: 'governmentBodies',
  COMPANY: 'companies',
  GROUP: 'groups',
  HOSPITAL: 'hospitals',
  REGION: 'regions',
  MEETING: 'meetings',
  RELIEF_ACTION: 'reliefActions',
  STATEMENT: 'statements',
  INSTRUMENT: 'instruments',
  PERSON: 'people',
};

export function listResolvers(): Record<string, unknown> {
  const resolvers: Record<string, unknown> = {
    entitiesConnection: connectionResolver('Entity', null),
  };
  for (const [type, name] of Object.entries(listNames) as [EntityType, string][]) {
    resolvers[name] = listResolver(type);
    resolvers[`${name}Connection`] = connectionResolver(typeNames[type], [type]);
  }
  return resolvers;
}
