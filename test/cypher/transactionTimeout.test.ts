// The Neo4j adapter's transactions: each attempt gets what is left of the request's deadline as its timeout, and driver errors become the port's.
import { Neo4jError, type Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { Neo4jBackend, Neo4jUnavailableError } from '../../src/graph/neo4j/Neo4jBackend.js';
import { DeadlineExceededError, withDeadline } from '../../src/graph/withDeadline.js';
import { representativeReadPlans } from './readPlans.js';

/**
 * A driver whose auto-commit reads record their timeout; `failures` are thrown by the first runs, in
 * order (each after `delayMs`), then runs answer with no rows.
 */
function recordingDriver(failures: Error[] = [], delayMs = 0) {
  const timeouts: (number | undefined)[] = [];
  const session = {
    run: async (_statement: string, _parameters: unknown, config?: { timeout?: number }) => {
      timeouts.push(config?.timeout);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
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

const neo4jError = (code: string) => new Neo4jError(`failed: ${code}`, code, 'N/A', 'N/A');
const databaseUnavailable = () => neo4jError('Neo.TransientError.General.DatabaseUnavailable');

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

  it('reaches a planned read: its one statement gets the time left of the request budget', async () => {
    const { driver, timeouts } = recordingDriver();
    const backend = withDeadline(new Neo4jBackend(options, driver), 300);
    const [, plan] = representativeReadPlans[0]!;
    // The recording driver answers no row, which a planned statement never does.
    await expect(backend.readPlan(plan)).rejects.toThrow(/no row/);
    expect(timeouts).toHaveLength(1);
    expect(timeouts[0]).toBeGreaterThan(0);
    expect(timeouts[0]).toBeLessThanOrEqual(300);
  });

  it('stays the configured timeout when the budget is longer', async () => {
    const { driver, timeouts } = recordingDriver();
    await withDeadline(new Neo4jBackend(options, driver), 60_000).entitiesByIds(['x']);
    expect(timeouts).toEqual([5000]);
  });

  it('is computed again for each retry, from what is left of the budget then', async () => {
    // Two transient failures, each after 100 ms, then success: three attempts within 1 s.
    const { driver, timeouts } = recordingDriver(
      [databaseUnavailable(), databaseUnavailable()],
      100,
    );
    const backend = withDeadline(new Neo4jBackend(options, driver), 1000);
    await backend.entitiesByIds(['x']);
    expect(timeouts).toHaveLength(3);
    const [first, second, third] = timeouts as number[];
    expect(first).toBeLessThanOrEqual(1000);
    // Each later attempt has at least the failed attempt's 100 ms less.
    expect(second).toBeLessThanOrEqual(first! - 100);
    expect(third).toBeLessThanOrEqual(second! - 100);
  });
});

describe('Neo4j errors as the port sees them', () => {
  it('stops retrying when the request budget is spent and reports the database unavailable', async () => {
    const failures = Array.from({ length: 100 }, databaseUnavailable);
    const { driver, timeouts } = recordingDriver(failures, 20);
    const started = Date.now();
    const error = await withDeadline(new Neo4jBackend(options, driver), 400)
      .entitiesByIds(['x'])
      .catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(1500);
    // Either the adapter gave up as unavailable, or the request's deadline fired first.
    expect(error instanceof Neo4jUnavailableError || error instanceof DeadlineExceededError).toBe(
      true,
    );
    expect(timeouts.length).toBeGreaterThan(1);
  });

  it('reports DatabaseUnavailable after its retries as unavailable', async () => {
    const failures = Array.from({ length: 100 }, databaseUnavailable);
    const { driver } = recordingDriver(failures);
    const backend = new Neo4jBackend({ ...options, maxRetryTimeMs: 200 }, driver);
    await expect(backend.entitiesByIds(['x'])).rejects.toBeInstanceOf(Neo4jUnavailableError);
  });

  it('reports a transaction terminated by the server (a shutdown) as unavailable, without retrying', async () => {
    const { driver, timeouts } = recordingDriver([
      neo4jError('Neo.ClientError.Transaction.Terminated'),
    ]);
    await expect(new Neo4jBackend(options, driver).entitiesByIds(['x'])).rejects.toBeInstanceOf(
      Neo4jUnavailableError,
    );
    expect(timeouts).toHaveLength(1);
  });

  it('reports the server-side transaction timeout as a deadline, with the timeout it was given', async () => {
    const { driver } = recordingDriver([
      neo4jError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'),
    ]);
    const error = await new Neo4jBackend(options, driver)
      .entitiesByIds(['x'])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeadlineExceededError);
    expect((error as DeadlineExceededError).budgetMs).toBe(5000);
  });

  it('passes any other driver error through unchanged (a bug to surface, not to hide)', async () => {
    const syntax = neo4jError('Neo.ClientError.Statement.SyntaxError');
    const { driver } = recordingDriver([syntax]);
    await expect(new Neo4jBackend(options, driver).entitiesByIds(['x'])).rejects.toBe(syntax);
  });
});
