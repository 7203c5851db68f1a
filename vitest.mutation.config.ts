// The tests StrykerJS runs against the mutants of one group of modules (test/mutation/groups.json,
// chosen by MUTATION_GROUP): the files that specify those modules, on the embedded backend only.
import { readFileSync } from 'node:fs';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

const groups = JSON.parse(readFileSync('test/mutation/groups.json', 'utf8')) as Record<
  string,
  { tests: string[] }
>;
const group = groups[process.env.MUTATION_GROUP ?? ''];
if (!group) {
  throw new Error(`MUTATION_GROUP must be one of ${Object.keys(groups).join(', ')}`);
}

// The base config's graphql alias, timeouts and so on; its include, globalSetup and reporters replaced.
export default mergeConfig(
  { ...base, test: { ...base.test, include: [], globalSetup: [], reporters: [] } },
  defineConfig({
    test: {
      include: group.tests,
      globalSetup: ['test/mutation/memoryOnly.ts'],
      reporters: ['default'],
      // One execution path: a mutant below the executor changes both paths' answers alike, and
      // comparing the compiled path with graphql-js on every mutant would triple the run.
      // The properties ask fewer questions per graph (15, not 40): Stryker runs them once per mutant.
      env: { CONFORMANCE_PATHS: 'graphql-js', PROPERTY_RUNS: '15' },
    },
  }),
);
