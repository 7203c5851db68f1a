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
  Organization: { __resolveType: resolveEntityType },
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
    organization: (attribution, _args, ctx) => ctx.loaders.entity.load(attribution.entityId),
  },
} as Resolvers;
