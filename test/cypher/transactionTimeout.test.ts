// The Neo4j adapter's reads: what is left of the request's deadline as each transaction's timeout, and retries of transient errors only.
import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { Neo4jBackend, Neo4jUnavailableError } from '../../src/graph/neo4j/Neo4jBackend.js';
import { withDeadline } from '../../src/graph/withDeadline.js';

/**
 * A driver whose sessions record the transaction config of each auto-commit read and answer with
 * no rows, or throw the errors in `failures` first, one per read.
 */
function recordingDriver(failures: Error[] = []) {
  const timeouts: (number | undefined)[] = [];
  const session = {
    run: async (_statement: string, _parameters: unknown, config?: { timeout?: number }) => {
      timeouts.push(config?.timeout);
      const failure = failures.shift();
      if (failure) throw failure;
      return { records: [] };
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

describe('Neo4j read retries', () => {
  const transient = () =>
    new Neo4jError('leader switch', 'Neo.TransientError.Transaction.LockClientStopped', 'x', 'x');

  it('retries a transient error after a backoff, counting each attempt as a round trip', async () => {
    const { driver, timeouts } = recordingDriver([transient()]);
    const backend = new Neo4jBackend(options, driver);
    const started = Date.now();
    expect(await backend.entitiesByIds(['x'])).toEqual([null]);
    expect(timeouts).toHaveLength(2);
    expect(backend.roundTrips).toBe(2);
    // The driver's first backoff: 1 s, ±20 %.
    expect(Date.now() - started).toBeGreaterThanOrEqual(750);
  });

  it('does not retry an error the statement itself caused', async () => {
    const syntax = new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', 'x', 'x');
    const { driver, timeouts } = recordingDriver([syntax]);
    await expect(new Neo4jBackend(options, driver).entitiesByIds(['x'])).rejects.toBe(syntax);
    expect(timeouts).toHaveLength(1);
  });

  it('gives up within its retry time and reports an unreachable database as unavailable', async () => {
    const down = () => new Neo4jError('refused', neo4j.error.SERVICE_UNAVAILABLE, 'x', 'x');
    const { driver, timeouts } = recordingDriver(Array.from({ length: 10 }, down));
    const backend = new Neo4jBackend({ ...options, maxRetryTimeMs: 500 }, driver);
    await expect(backend.entitiesByIds(['x'])).rejects.toBeInstanceOf(Neo4jUnavailableError);
    // A first retry would wait about 1 s, past the 500 ms allowed.
    expect(timeouts).toHaveLength(1);
  });

  it('does not retry past the request deadline', async () => {
    const { driver, timeouts } = recordingDriver([transient()]);
    const backend = withDeadline(new Neo4jBackend(options, driver), 300);
    await expect(backend.entitiesByIds(['x'])).rejects.toThrow();
    expect(timeouts).toHaveLength(1);
  });
});
