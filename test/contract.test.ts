// The served schema keeps every promise of the explorer contract.
import { existsSync, readFileSync } from 'node:fs';
import {
  buildClientSchema,
  buildSchema,
  findBreakingChanges,
  getIntrospectionQuery,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryBackend } from '../src/graph/memory/MemoryBackend.js';
import { readSdl } from '../src/graphql/schema.js';
import { loadSeed } from '../src/seed/loadSeed.js';
import { startTestServer, type TestServer } from './helpers/testServer.js';

const sharedContract = new URL('../../shared/contract/explorer.graphql', import.meta.url);

describe('explorer contract', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(new MemoryBackend(await loadSeed()));
  });
  afterAll(() => server.stop());

  async function servedSchema() {
    const result = await server.query<IntrospectionQuery>(getIntrospectionQuery());
    expect(result.errors).toBeUndefined();
    return buildClientSchema(result.data!);
  }

  it('serves the contract with no breaking change (findBreakingChanges is empty)', async () => {
    const contract = buildSchema(readSdl('explorer.graphql'));
    expect(findBreakingChanges(contract, await servedSchema())).toEqual([]);
  });

  it('detects a breaking change when one is made (the check can fail)', async () => {
    const stricter = buildSchema(
      readSdl('explorer.graphql').replace(
        'entity(id: ID!): Entity',
        'entity(id: ID!, x: Int!): Entity',
      ),
    );
    expect(findBreakingChanges(stricter, await servedSchema())).not.toEqual([]);
  });

  it.runIf(existsSync(sharedContract))(
    'keeps schema/explorer.graphql identical to the shared contract',
    () => {
      expect(readSdl('explorer.graphql')).toBe(readFileSync(sharedContract, 'utf8'));
    },
  );
  if (!existsSync(sharedContract)) {
    console.warn(
      'contract copy check skipped: ../shared/contract/explorer.graphql is not beside this checkout',
    );
  }
});
