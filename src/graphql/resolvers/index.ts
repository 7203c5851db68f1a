// All resolvers, assembled by type.
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { entityTypeResolvers, evidenceResolvers, resolveEntityType } from './entityFields.js';
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
  },
  Evidence: evidenceResolvers,
  Source: { attribution: (source) => source.attribution },
  Attribution: {
    // The seed and the write checks refuse an attribution to an unknown entity, so it is never null.
    organization: async (attribution, _args, ctx) =>
      (await ctx.loaders.entity.load(attribution.entityId))!,
  },
} satisfies Resolvers;
