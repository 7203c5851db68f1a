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
          Entity: '../../model/records.js#EntityRecord',
          Organization: '../../model/records.js#EntityRecord',
          Association: '../../model/records.js#EntityRecord',
          GovernmentBody: '../../model/records.js#EntityRecord',
          Company: '../../model/records.js#EntityRecord',
          Group: '../../model/records.js#EntityRecord',
          Hospital: '../../model/records.js#EntityRecord',
          Region: '../../model/records.js#EntityRecord',
          Meeting: '../../model/records.js#EntityRecord',
          ReliefAction: '../../model/records.js#EntityRecord',
          Statement: '../../model/records.js#EntityRecord',
          Instrument: '../../model/records.js#EntityRecord',
          Attribution: '../../model/records.js#AttributionRecord',
          Proposals: '../../ingest/Proposer.js#ProposalsRecord',
          ProposedEntity: '../../ingest/Proposer.js#ProposedEntityRecord',
          ProposedDeed: '../../ingest/Proposer.js#ProposedDeedRecord',
          Relation: '../../graph/port.js#RelationHit',
          Edge: '../../model/records.js#RelationRecord',
          Subgraph: '../../graph/port.js#Subgraph as SubgraphRecord',
          Evidence: '../../model/records.js#EvidenceRecord',
          Source: '../../model/records.js#SourceRecord',
          Revision: '../../model/records.js#RevisionRecord',
          Fact: '../../model/records.js#FactRecord',
          Variant: '../../model/records.js#VariantRecord',
          Disagreement: '../../graph/port.js#DisagreementRecord',
          Reading: '../../graph/port.js#ReadingRecord',
        },
      },
    },
  },
};

export default config;
