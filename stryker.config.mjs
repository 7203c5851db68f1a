// StrykerJS over one group of modules (test/mutation/groups.json, chosen by MUTATION_GROUP):
// npm run test:mutation runs every group in turn; see docs/testing.md.
import { readFileSync } from 'node:fs';
import process from 'node:process';

const groups = JSON.parse(readFileSync('test/mutation/groups.json', 'utf8'));
const name = process.env.MUTATION_GROUP;
if (!groups[name])
  throw new Error(`MUTATION_GROUP must be one of ${Object.keys(groups).join(', ')}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  mutate: groups[name].mutate,
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 1),
  timeoutMS: 10_000,
  // The results of the last run, committed: a run retests only the mutants whose code or tests changed.
  incremental: true,
  incrementalFile: `test/mutation/incremental/${name}.json`,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  clearTextReporter: { allowEmojis: false, logTests: false, reportScoreTable: true },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  ignorePatterns: [
    'dist',
    'coverage',
    'test-results',
    'reports',
    'docs',
    'web',
    'neo4j/local/data',
    'neo4j/local/target',
  ],
};
