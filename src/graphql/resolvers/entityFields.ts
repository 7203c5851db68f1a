// Resolvers every entity type shares (the Entity interface) and the typed relationship fields built from their table.
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { sortComparator } from '../../graph/ordering.js';
import type { EntityFilter, RelationQuery, SortKey } from '../../graph/port.js';
import type { EntityRecord, EvidenceRecord, SourceRecord } from '../../model/records.js';
import { evidenceSources } from '../../graph/disagreements.js';
import type { EntityType } from '../../model/index.js';
import { connectionOf, listFingerprint, offsetAfter } from '../connections.js';
import { renamedProperties } from '../entityProperties.js';
import type { RequestContext } from '../context.js';
import { requireRange } from '../argumentLimits.js';
import { plannedAnswer, plannedRecords } from '../planner.js';
import { hitsOf, relationQuery, uniqueNodes } from '../reads.js';
import {
  relationshipFields,
  type Hop,
  type RelationshipField,
  type TargetType,
} from '../relationshipFields.js';
import { compileSort, compileWhere, type SortInput, type WhereInput } from '../where.js';

/** GraphQL object type of each entity type. */
export const typeNames = {
  ASSOCIATION: 'Association',
  GOVERNMENT_BODY: 'GovernmentBody',
  COMPANY: 'Company',
  GROUP: 'Group',
  HOSPITAL: 'Hospital',
  RELIEF_ACTION: 'ReliefAction',
  REGION: 'Region',
  MEETING: 'Meeting',
  STATEMENT: 'Statement',
  INSTRUMENT: 'Instrument',
  PERSON: 'Person',
} as const satisfies Record<EntityType, TargetType>;

/** Entity type of each GraphQL object type: what the planner's type conditions name. */
export const entityTypeOf: ReadonlyMap<string, EntityType> = new Map(
  Object.entries(typeNames).map(([type, name]) => [name, type as EntityType]),
);

export function resolveEntityType(entity: EntityRecord): (typeof typeNames)[EntityType] {
  return typeNames[entity.type];
}

interface RelationsArgs {
  direction?: 'OUT' | 'IN' | 'BOTH' | null;
  types?: readonly string[] | null;
  first?: number | null;
}

/** `Entity.relations`: the generic view of every relationship, with evidence. */
async function relations(entity: EntityRecord, args: RelationsArgs, ctx: RequestContext) {
  const query: RelationQuery = {
    direction: args.direction ?? 'BOTH',
    // Sorted and de-duplicated so equal filters share one DataLoader.
    types: args.types?.length ? [...new Set(args.types)].sort() : null,
    nodeTypes: null,
    first: requireRange('first', args.first ?? 100, 0, ctx.limits.maxFirst),
  };
  return ctx.loaders.relations(query).load(entity.id);
}

/** Follows the hops of one typed field from a set of entities; order kept, duplicates dropped. */
async function follow(ids: string[], hop: Hop, ctx: RequestContext): Promise<EntityRecord[]> {
  const query = relationQuery(hop.direction, hop.types, ctx, hop.nodeTypes ?? null);
  const perId = await hitsOf(ids, query, ctx);
  return uniqueNodes(perId.flat().map((hit) => hit.node));
}

interface RelationshipArgs {
  category?: string | null;
  where?: WhereInput | null;
  sort?: readonly SortInput[] | null;
}

interface ConnectionArgs extends RelationshipArgs {
  first?: number | null;
  after?: string | null;
}

/** The entities a typed field leads to: hops followed, then `category`, `where` and `sort` applied. */
async function related(
  entity: EntityRecord,
  spec: RelationshipField,
  args: RelationshipArgs,
  ctx: RequestContext,
): Promise<{ nodes: EntityRecord[]; filter: EntityFilter | null; sort: SortKey[] }> {
  const filter = compileWhere(spec.target, args.where, ctx.limits);
  const sort = compileSort(args.sort);
  let nodes = [entity];
  for (const hop of spec.hops)
    nodes = await follow(
      nodes.map((n) => n.id),
      hop,
      ctx,
    );
  if (args.category) nodes = nodes.filter((n) => n.category === args.category);
  if (filter) {
    const keep = await ctx.loaders.matches(filter).loadMany(nodes.map((n) => n.id));
    nodes = nodes.filter((_, i) => keep[i] === true);
  }
  // Sorting needs only the records, so it happens here, the same for every backend.
  if (sort.length > 0) nodes = [...nodes].sort(sortComparator(sort));
  return { nodes, filter, sort };
}

function relationshipResolver(spec: RelationshipField) {
  return async (
    entity: EntityRecord,
    args: RelationshipArgs,
    ctx: RequestContext,
    info: GraphQLResolveInfo,
  ) => {
    const planned = plannedAnswer(entity, info.path.key as string);
    if (planned) {
      const nodes = plannedRecords(planned.items);
      return spec.single ? (nodes[0] ?? null) : nodes;
    }
    const { nodes } = await related(entity, spec, args, ctx);
    return spec.single ? (nodes[0] ?? null) : nodes;
  };
}

function connectionResolver(typeName: string, field: string, spec: RelationshipField) {
  return async (
    entity: EntityRecord,
    args: ConnectionArgs,
    ctx: RequestContext,
    info: GraphQLResolveInfo,
  ) => {
    const first = requireRange('first', args.first ?? 20, 0, ctx.limits.maxPageSize);
    const planned = plannedAnswer(entity, info.path.key as string);
    if (planned) {
      // Planned only without `after`: the page starts at the first match.
      const filter = compileWhere(spec.target, args.where, ctx.limits);
      const fingerprint = listFingerprint(
        typeName,
        field,
        entity.id,
        filter,
        compileSort(args.sort),
      );
      return connectionOf(plannedRecords(planned.items), 0, planned.totalCount, fingerprint);
    }
    const { nodes, filter, sort } = await related(entity, spec, args, ctx);
    const fingerprint = listFingerprint(typeName, field, entity.id, filter, sort);
    const offset = offsetAfter(args.after, fingerprint);
    return connectionOf(nodes.slice(offset, offset + first), offset, nodes.length, fingerprint);
  };
}

const sharedFields = {
  relations,
  evidence: (entity: EntityRecord) => entity.evidence,
  sources: (entity: EntityRecord, _args: unknown, ctx: RequestContext) =>
    sourcesOf(entity.evidence, ctx),
};

/** Scalar fields whose GraphQL name differs from the record's (entityProperties.ts). */
const renamed = (field: keyof typeof renamedProperties) => ({
  [field]: (entity: EntityRecord) => entity[renamedProperties[field]],
});
const renamedFields: Partial<
  Record<TargetType, Record<string, (entity: EntityRecord) => unknown>>
> = {
  Group: renamed('composition'),
  Statement: renamed('role'),
  Instrument: renamed('form'),
};

/** Resolver maps of the entity object types. */
export function entityTypeResolvers(): Record<string, Record<string, unknown>> {
  const resolvers: Record<string, Record<string, unknown>> = {};
  for (const typeName of Object.values(typeNames)) {
    const fields: Record<string, unknown> = { ...sharedFields, ...renamedFields[typeName] };
    for (const [field, spec] of Object.entries(relationshipFields[typeName])) {
      fields[field] = relationshipResolver(spec);
      if (spec.paged) fields[`${field}Connection`] = connectionResolver(typeName, field, spec);
    }
    resolvers[typeName] = fields;
  }
  return resolvers;
}

/** The stored source with this id; every write and the seed check that it exists. */
async function sourceById(id: string, ctx: RequestContext): Promise<SourceRecord> {
  const source = await ctx.loaders.source(id);
  if (!source) throw new GraphQLError(`Evidence refers to unknown source ${id}`);
  return source;
}

/**
 * The distinct sources a fact's evidence cites, by id: from the evidence already read, and the
 * sources one request reads once (loaders.sources), so no call per fact.
 */
export function sourcesOf(
  evidence: readonly EvidenceRecord[],
  ctx: RequestContext,
): Promise<SourceRecord[]> {
  return Promise.all(evidenceSources(evidence).map((id) => sourceById(id, ctx)));
}

/** Evidence, variants and readings: each names its source by id. */
export const evidenceResolvers = {
  source: (e: { sourceId: string }, _args: unknown, ctx: RequestContext) =>
    sourceById(e.sourceId, ctx),
};
