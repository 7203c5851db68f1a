// The Cypher @neo4j/graphql sends for an operation, recorded through its driver and PROFILEd, as bench/roundTrips.ts does for the project.
import { createRequire } from 'node:module';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { BenchDatabase } from '../neo4j/benchDatabase.js';
import { profileRequest, type RequestCost } from '../neo4j/profile.js';
import { recordingDriver, type RecordedStatement } from '../neo4j/recordingDriver.js';
import { peerTypeDefs } from './typeDefs.js';

// @neo4j/graphql is CommonJS and builds its schema with the CommonJS graphql; executing it needs
// that same module instance (an ESM import may load the other build: "from another module or realm").
const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** Runs each operation once on an in-process @neo4j/graphql schema and PROFILEs what it sent. */
export async function peerRoundTrips(
  db: BenchDatabase,
  operations: { name: string; query: string }[],
): Promise<Map<string, RequestCost>> {
  const recorded: RecordedStatement[] = [];
  const driver = db.driver();
  const profiler = db.driver();
  try {
    const schema = await new Neo4jGraphQL({
      typeDefs: peerTypeDefs,
      driver: recordingDriver(driver, (s) => recorded.push(s)),
    }).getSchema();
    const costs = new Map<string, RequestCost>();
    const run = async (operation: { name: string; query: string }) => {
      const result = await graphql({
        schema,
        source: operation.query,
        contextValue: { sessionConfig: { database: db.database } },
      });
      if (result.errors) {
        throw new Error(`${operation.name} (peer): ${result.errors[0]!.message}`);
      }
    };
    for (const operation of operations) {
      // Once unrecorded: the library's first request also asks the database for its version.
      await run(operation);
      recorded.length = 0;
      await run(operation);
      costs.set(operation.name, await profileRequest(profiler, db.database, [...recorded]));
    }
    return costs;
  } finally {
    await driver.close();
    await profiler.close();
  }
}
