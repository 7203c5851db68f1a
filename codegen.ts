// GraphQL Code Generator: resolver types from the SDL, so types are never written twice by hand.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: ['schema/explorer.graphql', 'schema/domain.graphql'],
  generates: {
    'src/graphql/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: false,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.js#RequestContext',
        mappers: {
          Entity: '../../graph/port.js#EntityRecord',
          Organization: '../../graph/port.js#EntityRecord',
          Association: '../../graph/port.js#EntityRecord',
          GovernmentBody: '../../graph/port.js#EntityRecord',
          Company: '../../graph/port.js#EntityRecord',
          Hospital: '../../graph/port.js#EntityRecord',
          Region: '../../graph/port.js#EntityRecord',
          Meeting: '../../graph/port.js#EntityRecord',
          ReliefAction: '../../graph/port.js#EntityRecord',
          Relation: '../../graph/port.js#RelationHit',
          Edge: '../../graph/port.js#RelationRecord',
          Subgraph: '../../graph/port.js#Subgraph as SubgraphRecord',
          Evidence: '../../graph/port.js#EvidenceRecord',
          Source: '../../graph/port.js#SourceRecord',
        },
      },
    },
  },
};

export default config;
