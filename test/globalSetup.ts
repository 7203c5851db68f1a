// Once per run: starts and seeds the Neo4j the suite runs against (or says why there is none), and stops it at the end.
import type { TestProject } from 'vitest/node';
import { prepareNeo4j } from './helpers/neo4jService.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const session = await prepareNeo4j((line) => console.log(line));
  if (session.provided.skipReason) {
    console.log(`Neo4j half of the suite skipped: ${session.provided.skipReason}`);
  }
  project.provide('neo4j', session.provided);
  return () => session.stop();
}
