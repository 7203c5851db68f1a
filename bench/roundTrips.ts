// Backend calls per benchmark query: on Neo4j each port call is one Cypher round trip (test/conformance/batching.test.ts proves it).
import { loadConfig } from '../src/config.js';
import { createBackend } from '../src/createBackend.js';
import { CountingBackend } from '../src/graph/CountingBackend.js';
import { createServer } from '../src/server.js';
import type { BenchQuery } from './queries.js';

export interface RoundTrips {
  total: number;
  /** Calls by port method, e.g. { entitiesByIds: 1, relationsOf: 2 }. */
  calls: Record<string, number>;
}

/** Runs each query once on an in-process server over the configured backend, counting port calls. */
export async function countRoundTrips(queries: BenchQuery[]): Promise<Map<string, RoundTrips>> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', PORT: '0' });
  const backend = new CountingBackend(await createBackend(config));
  const server = await createServer({ config, backend });
  const counts = new Map<string, RoundTrips>();
  try {
    const address = await server.app.listen({ host: '127.0.0.1', port: 0 });
    for (const q of queries) {
      backend.reset();
      const response = await fetch(`${address}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: q.query }),
      });
      await response.text();
      counts.set(q.name, { total: backend.total, calls: { ...backend.calls } });
    }
  } finally {
    await server.close();
  }
  return counts;
}
