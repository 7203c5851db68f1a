// All resolvers, assembled by type.
import type { Resolvers } from '../__generated__/resolvers-types.js';
import {
  entityTypeResolvers,
  evidenceResolvers,
  resolveEntityType,
  sourcesOf,
} from './entityFields.js';
import { analysisResolvers } from './analysis.js';
import { listResolvers } from './lists.js';
import { queryResolvers } from './query.js';
import {
  curationQueryResolvers,
  factResolvers,
  mutationResolvers,
  revisionResolvers,
  subscriptionResolvers,
} from './curation.js';
import { ingestQueryResolvers } from './ingest.js';

type OrganizationType = NonNullable<
  Awaited<ReturnType<NonNullable<Resolvers['Organization']>['__resolveType']>>
>;

/** The port's names of a disagreement's field, as the schema's enum spells them. */
const disagreementFields = { nameEn: 'NAME_EN', quantity: 'QUANTITY' } as const;

export const resolvers = {
  Query: {
    ...queryResolvers,
    ...listResolvers(),
    ...analysisResolvers,
    ...curationQueryResolvers,
    ...ingestQueryResolvers,
  },
  Mutation: mutationResolvers,
  Subscription: subscriptionResolvers,
  Fact: factResolvers,
  Revision: revisionResolvers,
  ProposedDeed: { duplicateOf: (deed) => deed.duplicateOf },
  Entity: { __resolveType: resolveEntityType },
  // An Organization field holds only associations, government bodies, companies and groups (the schema's union).
  Organization: { __resolveType: (entity) => resolveEntityType(entity) as OrganizationType },
  ...entityTypeResolvers(),
  Relation: {
    id: (hit) => hit.relation.id,
    type: (hit) => hit.relation.type,
    direction: (hit) => hit.direction,
    node: (hit) => hit.node,
    quantities: (hit) => hit.relation.quantities,
    evidence: (hit) => hit.relation.evidence,
    sources: (hit, _args, ctx) => sourcesOf(hit.relation.evidence, ctx),
  },
  Edge: { sources: (relation, _args, ctx) => sourcesOf(relation.evidence, ctx) },
  Evidence: evidenceResolvers,
  Variant: evidenceResolvers,
  Reading: evidenceResolvers,
  Disagreement: { field: (d) => disagreementFields[d.field] },
  Source: {
    attribution: (source) => source.attribution,
    entityCount: async (source, _args, ctx) =>
      (await ctx.loaders.sourceCounts.load(source.id)).entities,
    relationCount: async (source, _args, ctx) =>
      (await ctx.loaders.sourceCounts.load(source.id)).relations,
    quantityCount: async (source, _args, ctx) =>
      (await ctx.loaders.sourceCounts.load(source.id)).quantities,
  },
  Attribution: {
    // The seed and the write checks refuse an attribution to an unknown entity, so it is never null.
    organization: async (attribution, _args, ctx) =>
      (await ctx.loaders.entity.load(attribution.entityId))!,
  },
} satisfies Resolvers;
