// Resolvers every entity type shares (the Entity interface) and the typed relationship fields built from their table.
import { GraphQLError } from 'graphql';
import type { EntityRecord, EntityType, RelationQuery } from '../../graph/port.js';
import type { RequestContext } from '../context.js';
import { requireRange } from '../limits.js';
import { relationshipFields, type Hop } from '../relationshipFields.js';

/** GraphQL object type of each entity type. */
export const typeNames: Record<EntityType, string> = {
  ASSOCIATION: 'Association',
  GOVERNMENT_BODY: 'GovernmentBody',
  COMPANY: 'Company',
  HOSPITAL: 'Hospital',
  RELIEF_ACTION: 'ReliefAction',
  REGION: 'Region',
  MEETING: 'Meeting',
};

export function resolveEntityType(entity: EntityRecord): string {
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
  const query: RelationQuery = {
    direction: hop.direction,
    types: [...hop.types].sort(),
    nodeTypes: hop.nodeTypes ?? null,
    first: ctx.limits.maxFirst,
  };
  const perId = await ctx.loaders.relations(query).loadMany(ids);
  const seen = new Set<string>();
  const nodes: EntityRecord[] = [];
  for (const hits of perId) {
    if (hits instanceof Error) throw hits;
    for (const { node } of hits) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      nodes.push(node);
    }
  }
  return nodes;
}

function relationshipResolver(hops: Hop[], single: boolean) {
  return async (entity: EntityRecord, args: { category?: string | null }, ctx: RequestContext) => {
    let nodes = [entity];
    for (const hop of hops)
      nodes = await follow(
        nodes.map((n) => n.id),
        hop,
        ctx,
      );
    if (args.category) nodes = nodes.filter((n) => n.category === args.category);
    return single ? (nodes[0] ?? null) : nodes;
  };
}

const sharedFields = {
  relations,
  evidence: (entity: EntityRecord) => entity.evidence,
};

/** Resolver maps of the seven entity object types. */
export function entityTypeResolvers(): Record<string, Record<string, unknown>> {
  const resolvers: Record<string, Record<string, unknown>> = {};
  for (const typeName of Object.values(typeNames)) {
    const fields: Record<string, unknown> = { ...sharedFields };
    for (const [field, spec] of Object.entries(relationshipFields[typeName] ?? {})) {
      fields[field] = relationshipResolver(spec.hops, spec.single ?? false);
    }
    resolvers[typeName] = fields;
  }
  return resolvers;
}

export const evidenceResolvers = {
  source: async (e: { sourceId: string }, _args: unknown, ctx: RequestContext) => {
    const source = await ctx.loaders.source(e.sourceId);
    if (!source) throw new GraphQLError(`Evidence refers to unknown source ${e.sourceId}`);
    return source;
  },
};
