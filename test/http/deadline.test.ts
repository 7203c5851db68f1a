// The per-request time budget: a request past it answers DEADLINE_EXCEEDED at the budget, and the server keeps serving.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import type { GraphBackend } from '../../src/graph/port.js';
import { remainingMs } from '../../src/graph/callDeadline.js';
import { DeadlineExceededError, runBefore, withDeadline } from '../../src/graph/withDeadline.js';
import { wrapCalls } from '../../src/graph/wrapCalls.js';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

/** A backend whose `search` hangs until released: the deadline, not a race of timers, decides. */
function hangingSearch(inner: GraphBackend) {
  const pending: (() => void)[] = [];
  const backend = wrapCalls(inner, async (method, call, args) => {
    if (method === 'search') await new Promise<void>((resolve) => pending.push(resolve));
    return call(...args);
  });
  return { backend, release: () => pending.splice(0).forEach((resolve) => resolve()) };
}

describe('request deadline', () => {
  let server: TestServer;
  let release: () => void;
  beforeAll(async () => {
    const slow = hangingSearch(new MemoryBackend(await loadSeed()));
    release = slow.release;
    server = await startTestServer(slow.backend, {
      REQUEST_TIMEOUT_MS: '100',
      NODE_ENV: 'production',
    });
  });
  afterAll(async () => {
    release();
    await server.stop();
  });

  it('answers a request still waiting on the backend at its budget with DEADLINE_EXCEEDED', async () => {
    const started = Date.now();
    const result = await server.query(`{ search(text: "火神山") { id } }`);
    expect(result.data).toBeNull();
    expect(result.errors![0]!.extensions?.code).toBe('DEADLINE_EXCEEDED');
    expect(result.errors![0]!.message).toMatch(/100 ms budget/);
    // Answered at the budget, not when (if ever) the backend answers.
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('keeps serving other requests meanwhile and afterwards', async () => {
    const result = await server.query<{ entity: { id: string } }>(
      `{ entity(id: "hospital:wuhan-huoshenshan-hospital") { id } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.entity.id).toBe('hospital:wuhan-huoshenshan-hospital');
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });
});

describe('withDeadline', () => {
  it('fails a call that starts after the deadline without calling the backend', async () => {
    let calls = 0;
    const counting = wrapCalls(new MemoryBackend(await loadSeed()), (_m, call, args) => {
      calls += 1;
      return call(...args);
    });
    const late = withDeadline(counting, 50, Date.now() - 1000);
    await expect(late.entitiesByIds(['region:wuhan'])).rejects.toBeInstanceOf(
      DeadlineExceededError,
    );
    expect(calls).toBe(0);
  });

  it('passes results through within the budget', async () => {
    const backend = withDeadline(new MemoryBackend(await loadSeed()), 10_000);
    const [wuhan] = await backend.entitiesByIds(['region:wuhan']);
    expect(wuhan?.id).toBe('region:wuhan');
    expect(backend.name).toBe('memory');
    expect((await backend.health()).ok).toBe(true);
  });

  it('passes the backend’s own error through within the budget, unchanged', async () => {
    const failure = new Error('the backend failed');
    const failing = wrapCalls(new MemoryBackend(await loadSeed()), async () => {
      throw failure;
    });
    const backend = withDeadline(failing, 10_000);
    await expect(backend.entitiesByIds(['region:wuhan'])).rejects.toBe(failure);
  });

  it('rejects at the deadline a call still running, with the budget in the error', async () => {
    let finish = () => {};
    const slow = wrapCalls(
      new MemoryBackend(await loadSeed()),
      (_m, call, args) => new Promise((resolve) => (finish = () => resolve(call(...args)))),
    );
    const started = Date.now();
    const backend = withDeadline(slow, 80);
    const error: unknown = await backend.entitiesByIds(['region:wuhan']).catch((e: unknown) => e);
    finish();
    expect(error).toBeInstanceOf(DeadlineExceededError);
    expect((error as DeadlineExceededError).budgetMs).toBe(80);
    expect((error as Error).message).toBe('The request exceeded its time budget of 80 ms.');
    expect((error as Error).name).toBe('DeadlineExceededError');
    expect(Date.now() - started).toBeGreaterThanOrEqual(70);
  });

  it('measures the budget from when the request started, not from each call', async () => {
    const backend = withDeadline(new MemoryBackend(await loadSeed()), 1000, Date.now() - 999);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await expect(backend.entitiesByIds(['region:wuhan'])).rejects.toBeInstanceOf(
      DeadlineExceededError,
    );
  });
});

describe('runBefore', () => {
  it('resolves with the call’s value and leaves no timer behind', async () => {
    const deadline = Date.now() + 60_000;
    const before = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    await expect(runBefore(deadline, 60_000, async () => 42)).resolves.toBe(42);
    await expect(
      runBefore(deadline, 60_000, async () => Promise.reject(new Error('x'))),
    ).rejects.toThrow('x');
    const after = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    expect(after).toBe(before);
  });

  it('rejects at once, without calling, at or after the deadline', async () => {
    let called = false;
    const call = async () => {
      called = true;
      return 1;
    };
    await expect(runBefore(Date.now(), 50, call)).rejects.toBeInstanceOf(DeadlineExceededError);
    expect(called).toBe(false);
  });

  it('gives the call the deadline in async context only when asked to (for Neo4j)', async () => {
    const deadline = Date.now() + 5000;
    const seen = async () => remainingMs();
    expect(await runBefore(deadline, 5000, seen)).toBeNull();
    const remaining = await runBefore(deadline, 5000, seen, true);
    expect(remaining).toBeGreaterThan(4000);
    expect(remaining).toBeLessThanOrEqual(5000);
    expect(remainingMs()).toBeNull();
  });

  it('propagates the deadline through withDeadline for a neo4j-named backend only', async () => {
    const memory = new MemoryBackend(await loadSeed());
    let seen: number | null = -1;
    const probe = (name: string) =>
      Object.assign(
        wrapCalls(memory, async (_m, call, args) => {
          seen = remainingMs();
          return call(...args);
        }),
        { name },
      ) as GraphBackend;
    await withDeadline(probe('memory'), 5000).entitiesByIds(['region:wuhan']);
    expect(seen).toBeNull();
    await withDeadline(probe('neo4j'), 5000).entitiesByIds(['region:wuhan']);
    expect(seen).toBeGreaterThan(4000);
  });
});

describe('the health routes’ deadline', () => {
  it('answers 503 DEADLINE_EXCEEDED for a route that never finishes (a hung health check)', async () => {
    const memory = new MemoryBackend(await loadSeed());
    let unblock = () => {};
    const hung: GraphBackend = Object.assign(Object.create(memory) as GraphBackend, {
      health: () =>
        new Promise<never>((_resolve, reject) => (unblock = () => reject(new Error('released')))),
    });
    const server = await startTestServer(hung, { REQUEST_TIMEOUT_MS: '100' });
    try {
      const response = await fetch(`${server.url}/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        errors: [{ extensions: { code: 'DEADLINE_EXCEEDED' } }],
      });
    } finally {
      unblock();
      await server.stop();
    }
  });
});
