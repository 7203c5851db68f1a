// globalSetup of the mutation runs: no Neo4j (Stryker runs the suite once per mutant), so every conformance spec runs on the embedded backend only.
import type { TestProject } from 'vitest/node';

export default function setup(project: TestProject): void {
  project.provide('neo4j', {
    uri: null,
    scratchUri: null,
    curationUri: null,
    generatedUri: null,
    roundTripUri: null,
    skipReason:
      'mutation testing runs the embedded backend only (npm test runs the Neo4j half on every change)',
  });
}
