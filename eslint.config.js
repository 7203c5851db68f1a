// One linter for the whole repo: typescript-eslint's recommended rules on top of ESLint's, and graphql-eslint on the served schema.
import eslint from '@eslint/js';
import graphql from '@graphql-eslint/eslint-plugin';
import tseslint from 'typescript-eslint';

// The schema as introspection returns it, printed by `npm run codegen`: linting it rather than
// schema/*.graphql checks what clients see, with the contract's descriptions applied.
const servedSchema = 'src/graphql/__generated__/schema.graphql';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.stryker-tmp/',
      'reports/',
      'src/graphql/__generated__/*',
      `!${servedSchema}`,
    ],
  },
  {
    files: ['**/*.{js,ts}'],
    extends: [eslint.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: [servedSchema],
    languageOptions: {
      parser: graphql.parser,
      parserOptions: { graphQLConfig: { schema: servedSchema } },
    },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/schema-recommended'].rules,
      ...graphql.configs['flat/schema-relay'].rules,
      // Every type, field, argument, input field and enum value a client can see is described.
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          DirectiveDefinition: true,
        },
      ],
      '@graphql-eslint/naming-convention': [
        'error',
        {
          ...graphql.configs['flat/schema-recommended'].rules[
            '@graphql-eslint/naming-convention'
          ][1],
          // Filters combine with AND / OR / NOT, upper case so they never clash with a field name.
          InputValueDefinition: { style: 'camelCase', ignorePattern: '^(AND|OR|NOT)$' },
        },
      ],
      // Entities have ids; values (a quantity, a page, a total, a hit, a proposal not yet in the
      // graph) have none to give.
      '@graphql-eslint/strict-id-in-types': [
        'error',
        {
          exceptions: {
            types: [
              'Attribution',
              'ChangePage',
              'CommonNeighbor',
              'Connectedness',
              'Evidence',
              'PageInfo',
              'Path',
              'Proposals',
              'ProposedDeed',
              'ProposedEntity',
              'ProposedQuantity',
              'Quantity',
              'QuantityContribution',
              'QuantityTotal',
              'SearchHit',
              'Subgraph',
              'TextSpan',
            ],
            suffixes: ['Connection', 'Edge', 'Totals'],
          },
        },
      ],
      // Connections page forward only (first / after); plain lists sit beside them, and entities
      // are found by `entity(id:)` rather than a Relay `Node` interface the contract does not have.
      '@graphql-eslint/relay-arguments': ['error', { includeBoth: false }],
      '@graphql-eslint/relay-edge-types': [
        'error',
        { shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false },
      ],
    },
  },
);
