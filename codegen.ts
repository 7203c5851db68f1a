// GraphQL Code Generator: resolver types from the served SDL (descriptions included), and that SDL printed for the schema lint.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { print } from 'graphql';
import { servedTypeDefs } from './src/graphql/schema.js';

const config: CodegenConfig = {
  // The documents the server builds its schema from, so the types and the printed schema carry
  // exactly the descriptions clients see.
  schema: servedTypeDefs().map((document) => print(document)),
  generates: {
    // What introspection returns, as SDL: the schema lint (eslint.config.js) checks this file and
    // test/schemaDescriptions.test.ts proves it is what the server serves.
    'src/graphql/__generated__/schema.graphql': {
      plugins: [
        {
          add: {
            content:
              '# The served schema, printed by `npm run codegen` from schema/*.graphql (src/graphql/schema.ts). Do not edit.',
          },
        },
        'schema-ast',
      ],
    },
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
          Group: '../../graph/port.js#EntityRecord',
          Hospital: '../../graph/port.js#EntityRecord',
          Region: '../../graph/port.js#EntityRecord',
          Meeting: '../../graph/port.js#EntityRecord',
          ReliefAction: '../../graph/port.js#EntityRecord',
          Statement: '../../graph/port.js#EntityRecord',
          Instrument: '../../graph/port.js#EntityRecord',
          Attribution: '../../graph/port.js#AttributionRecord',
          Proposals: '../../ingest/Proposer.js#ProposalsRecord',
          ProposedEntity: '../../ingest/Proposer.js#ProposedEntityRecord',
          ProposedDeed: '../../ingest/Proposer.js#ProposedDeedRecord',
          Relation: '../../graph/port.js#RelationHit',
          Edge: '../../graph/port.js#RelationRecord',
          Subgraph: '../../graph/port.js#Subgraph as SubgraphRecord',
          Evidence: '../../graph/port.js#EvidenceRecord',
          Source: '../../graph/port.js#SourceRecord',
          Revision: '../../graph/port.js#RevisionRecord',
          Fact: '../../graph/port.js#FactRecord',
        },
      },
    },
  },
};

export default config;
