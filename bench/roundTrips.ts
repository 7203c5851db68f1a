// Backend calls per benchmark query and, on Neo4j, the Cypher each one sends with Neo4j's PROFILE cost of it.
import { loadConfig } from '../src/config.js';
import { createBackend } from '../src/createBackend.js';
import { countingBackend } from '../test/helpers/CountingBackend.js';
import { createNeo4jDriver, Neo4jBackend } from '../src/graph/neo4j/Neo4jBackend.js';
import type { GraphBackend } from '../src/graph/port.js';
import { createServer } from '../src/server.js';
import { profileRequest, type RequestCost } from './neo4j/profile.js';
import { recordingDriver, type RecordedStatement } from './neo4j/recordingDriver.js';
import type { BenchQuery } from './queries.js';

export interface RoundTrips {
  total: number;
  /** Calls by port method, e.g. { entitiesByIds: 1, relationsOf: 2 }. */
  calls: Record<string, number>;
  /** On Neo4j: the statements the request sent (its Cypher round trips) and their PROFILE cost. */
  cypher?: RequestCost;
}

/**
 * Runs each query once on an in-process server over the configured backend, counting port calls.
 * On Neo4j the adapter's driver records every statement, and each is then PROFILEd on its own.
 */
export async function countRoundTrips(queries: BenchQuery[]): Promise<Map<string, RoundTrips>> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', PORT: '0' });
  const recorded: RecordedStatement[] = [];
  const profiler = config.neo4j ? createNeo4jDriver(config.neo4j) : null;
  const inner: GraphBackend = config.neo4j
    ? new Neo4jBackend(
        config.neo4j,
        recordingDriver(createNeo4jDriver(config.neo4j), (s) => recorded.push(s)),
      )
    : await createBackend(config);
  const backend = countingBackend(inner);
  const server = await createServer({ config, backend });
  const counts = new Map<string, RoundTrips>();
  try {
    const address = await server.app.listen({ host: '127.0.0.1', port: 0 });
    for (const q of queries) {
      backend.reset();
      recorded.length = 0;
      const response = await fetch(`${address}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: q.query }),
      });
      await response.text();
      const counted: RoundTrips = { total: backend.total, calls: { ...backend.calls } };
      if (profiler && config.neo4j) {
        counted.cypher = await profileRequest(profiler, config.neo4j.database, [...recorded]);
      }
      counts.set(q.name, counted);
    }
  } finally {
    await server.close();
    await profiler?.close();
  }
  return counts;
}
