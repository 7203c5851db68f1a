// One linter for the whole repo: typescript-eslint's recommended rules on top of ESLint's, and graphql-eslint on the served schema.
import eslint from '@eslint/js';
import graphql from '@graphql-eslint/eslint-plugin';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// The schema as introspection returns it, printed by `npm run codegen`: linting it rather than
// schema/*.graphql checks what clients see, with the contract's descriptions applied.
const servedSchema = 'src/graphql/__generated__/schema.graphql';

/**
 * The layers of src/, bottom up (docs/architecture.md: the import rule). A module may import its
 * own layer and the layers listed under `uses`, never another: lower layers never import higher
 * ones, and nothing imports the command-line entry points.
 */
const layers = {
  model: { files: 'src/model/**', uses: [] },
  port: { files: 'src/graph/*.ts', uses: ['model'] },
  memoryAdapter: { files: 'src/graph/memory/**', uses: ['model', 'port'] },
  neo4jAdapter: { files: 'src/graph/neo4j/**', uses: ['model', 'port'] },
  seed: { files: 'src/seed/**', uses: ['model', 'port'] },
  curation: { files: 'src/curation/**', uses: ['model', 'port'] },
  ingest: { files: 'src/ingest/**', uses: ['model', 'port'] },
  auth: { files: 'src/auth/**', uses: ['configValues'] },
  configValues: { files: 'src/configValues.ts', uses: [] },
  config: { files: 'src/config.ts', uses: ['model', 'port', 'auth', 'configValues'] },
  graphql: {
    files: 'src/graphql/**',
    uses: ['model', 'port', 'curation', 'ingest', 'auth', 'config', 'configValues'],
  },
  http: {
    files: 'src/http/**',
    uses: ['model', 'port', 'curation', 'ingest', 'auth', 'config', 'configValues', 'graphql'],
  },
  // The composition root: the only code that picks an adapter and wires everything together.
  root: {
    files: 'src/{server,main,createBackend}.ts',
    uses: [
      ...['model', 'port', 'memoryAdapter', 'neo4jAdapter', 'seed', 'curation', 'ingest'],
      ...['auth', 'configValues', 'config', 'graphql', 'http'],
    ],
  },
  cli: { files: 'src/cli/**', uses: ['*'] },
};
/** Files every layer may import: where the repository is, and the example operations. */
const shared = ['src/packageRoot.ts', 'src/examples.ts'];

const layerZones = Object.entries(layers).flatMap(([name, layer]) =>
  layer.uses.includes('*')
    ? []
    : Object.entries(layers)
        .filter(([other]) => other !== name && !layer.uses.includes(other))
        .map(([other, forbidden]) => ({
          target: layer.files,
          from: forbidden.files,
          message: `${name} (${layer.files}) may not import ${other}: see docs/architecture.md, the import rule.`,
        })),
);

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
    // The layers of src/ (above); shared files import no layer.
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.js'],
          extensionAlias: { '.js': ['.ts', '.js'] },
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...layerZones,
            ...shared.map((file) => ({
              target: file,
              from: 'src/**',
              except: shared.map((file) => `**/${file}`),
              message: 'a shared file imports no layer.',
            })),
          ],
        },
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
              // A fact's field and its readings: named by factId and field, not an id of their own.
              'Disagreement',
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
              'Reading',
              'SearchHit',
              'Subgraph',
              'TextSpan',
              'Variant',
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
