// bench:peer compares like with like: each operation, sent to the project and to @neo4j/graphql over the same seeded Neo4j, describes the same entities (not timed).
import { createRequire } from 'node:module';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peerOperations } from '../../bench/peer/operations.js';
import { peerTypeDefs } from '../../bench/peer/typeDefs.js';
import { Neo4jBackend } from '../../src/graph/neo4j/Neo4jBackend.js';
import { neo4jConfigFor, neo4jUnderTest } from '../helpers/backends.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

// @neo4j/graphql is CommonJS and builds its schema with the CommonJS graphql; executing it needs
// that same module instance (an ESM import may load the other build: "from another module or realm").
const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const skip = neo4jUnderTest.skipReason;

describe.skipIf(skip !== null)('bench:peer operations', () => {
  let ours: TestServer;
  let driver: Driver;
  let theirs: (query: string) => Promise<Record<string, unknown>>;

  beforeAll(async () => {
    const config = neo4jConfigFor(neo4jUnderTest.uri!);
    ours = await startTestServer(new Neo4jBackend(config));
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
    const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs, driver }).getSchema();
    theirs = async (query) => {
      const result = await graphql({
        schema,
        source: query,
        contextValue: { sessionConfig: { database: config.database } },
      });
      expect(result.errors).toBeUndefined();
      return result.data as Record<string, unknown>;
    };
  });

  afterAll(async () => {
    await ours?.stop();
    await driver?.close();
  });

  it.each(peerOperations.map((op) => [op.name, op] as const))(
    '%s: both answers describe the same entities',
    async (_name, op) => {
      const mine = await ours.query(op.ours);
      expect(mine.errors).toBeUndefined();
      const described = op.describeOurs(mine.data!);
      expect(op.describeTheirs(await theirs(op.theirs))).toEqual(described);
      // Not an empty answer on both sides.
      expect(JSON.stringify(described)).toMatch(/association:|hospital:|action:|region:/);
    },
  );
});
