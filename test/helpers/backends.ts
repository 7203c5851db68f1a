// The backends the conformance suite runs against: the embedded one always, Neo4j when NEO4J_URI is set.
import { loadConfig } from '../../src/config.js';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import { createNeo4jDriver, Neo4jBackend } from '../../src/graph/neo4j/Neo4jBackend.js';
import type { GraphBackend } from '../../src/graph/port.js';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { seedNeo4j } from '../../src/seed/seedNeo4j.js';

export interface BackendUnderTest {
  name: string;
  /** Why this backend is not tested in this run, or null when it is. */
  skipReason: string | null;
  create(): Promise<GraphBackend>;
}

export const neo4jSkipReason = process.env.NEO4J_URI
  ? null
  : 'NEO4J_URI is not set (npm run test:neo4j runs it against a live Neo4j 5)';

/** A Neo4j database seeded afresh from seed/ (the suite empties the database first). */
async function freshNeo4j(): Promise<GraphBackend> {
  const config = loadConfig({ ...process.env, GRAPH_BACKEND: 'neo4j' });
  const options = config.neo4j!;
  const driver = createNeo4jDriver(options);
  await seedNeo4j(driver, await loadSeed(), {
    database: options.database,
    reset: true,
    log: () => {},
  });
  return new Neo4jBackend(options, driver);
}

export const backendsUnderTest: BackendUnderTest[] = [
  { name: 'memory', skipReason: null, create: async () => new MemoryBackend(await loadSeed()) },
  { name: 'neo4j', skipReason: neo4jSkipReason, create: freshNeo4j },
];
