// The Neo4j adapter gives each transaction what is left of the request's deadline as its timeout, so the database cancels it.
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { Neo4jBackend } from '../../src/graph/neo4j/Neo4jBackend.js';
import { withDeadline } from '../../src/graph/withDeadline.js';

/** A driver whose sessions record the transaction config of each read and answer with no rows. */
function recordingDriver() {
  const timeouts: (number | undefined)[] = [];
  const session = {
    executeRead: async (
      work: (tx: { run: () => Promise<{ records: [] }> }) => Promise<unknown>,
      config?: { timeout?: number },
    ) => {
      timeouts.push(config?.timeout);
      return work({ run: async () => ({ records: [] }) });
    },
    close: async () => undefined,
  };
  const driver = { session: () => session, close: async () => undefined };
  return { driver: driver as unknown as Driver, timeouts };
}

const options = {
  uri: 'bolt://fake',
  user: 'u',
  password: 'p',
  database: 'neo4j',
  transactionTimeoutMs: 5000,
};

describe('Neo4j transaction timeout', () => {
  it('is the configured timeout outside a request deadline', async () => {
    const { driver, timeouts } = recordingDriver();
    await new Neo4jBackend(options, driver).entitiesByIds(['x']);
    expect(timeouts).toEqual([5000]);
  });

  it('is shortened to the time left of the request budget', async () => {
    const { driver, timeouts } = recordingDriver();
    const backend = withDeadline(new Neo4jBackend(options, driver), 300);
    await backend.entitiesByIds(['x']);
    expect(timeouts).toHaveLength(1);
    expect(timeouts[0]).toBeGreaterThan(0);
    expect(timeouts[0]).toBeLessThanOrEqual(300);
  });

  it('stays the configured timeout when the budget is longer', async () => {
    const { driver, timeouts } = recordingDriver();
    await withDeadline(new Neo4jBackend(options, driver), 60_000).entitiesByIds(['x']);
    expect(timeouts).toEqual([5000]);
  });
});
