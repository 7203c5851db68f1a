// Runs one conformance spec against every backend under test and both execution paths, each behind a real HTTP server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import type { Connection } from '../../src/graphql/connections.js';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { backendsUnderTest } from './backends.js';
import { startTestServer, type RawAnswer, type TestServer } from './testServer.js';

/** A page of a connection as the specs ask for it: ids only, with the counts and cursors. */
export type Page = Connection<{ id: string }>;
export const pageFields = `totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }`;

/**
 * How operations run. `compiled` is the default server: compiled plans (graphql-jit, with
 * graphql-js for what it cannot run), the read planner (src/graphql/planner.ts) and the response
 * cache. `graphql-js` is the reference: the interpreter, the planner off (one backend call per
 * nesting level, through the loaders), no cache. Every spec passes on both, so both answer alike;
 * on the embedded backend every answer of `compiled` is also compared, byte for byte, with the
 * reference's (comparedWithReference), so planned and unplanned reads give the same bytes. Neo4j
 * runs the default and `unplanned` (the planner off), so its one-statement reads and its
 * per-level reads each pass every spec; test/conformance/readPlanner.test.ts compares their bytes.
 */
export const executionPaths = [
  {
    name: 'compiled',
    env: { EXECUTOR: 'jit', RESPONSE_CACHE: 'on', READ_PLANNER: 'on' },
    backends: ['memory', 'neo4j'],
  },
  {
    name: 'graphql-js',
    env: { EXECUTOR: 'graphql-js', RESPONSE_CACHE: 'off', READ_PLANNER: 'off' },
    backends: ['memory'],
  },
  {
    name: 'unplanned',
    env: { EXECUTOR: 'jit', RESPONSE_CACHE: 'on', READ_PLANNER: 'off' },
    backends: ['neo4j'],
  },
];

/** CONFORMANCE_PATHS=graphql-js (the mutation runs) keeps only the paths named; by default all. */
const chosenPaths = process.env.CONFORMANCE_PATHS?.split(',') ?? null;
for (const name of chosenPaths ?? []) {
  if (!executionPaths.some((path) => path.name === name)) {
    throw new Error(`CONFORMANCE_PATHS names ${name}, not an execution path`);
  }
}

const variants = executionPaths
  .filter((path) => chosenPaths === null || chosenPaths.includes(path.name))
  .flatMap((path) =>
    backendsUnderTest
      .filter((backend) => path.backends.includes(backend.name))
      .map((backend) => ({ ...backend, path: path.name, pathEnv: path.env })),
  );

/** The reference's environment: graphql-js, no cache. */
const reference = executionPaths.find((path) => path.name === 'graphql-js')!.env;

/** An answer as compared: its bytes, less stack traces (development mode), which name different frames. */
export function comparable(answer: RawAnswer): string {
  if (!answer.body.includes('"stacktrace"')) return `${answer.status} ${answer.body}`;
  const body = JSON.parse(answer.body, (key, value: unknown) =>
    key === 'stacktrace' ? undefined : value,
  ) as unknown;
  return `${answer.status} ${JSON.stringify(body)}`;
}

/**
 * The server, with every operation it answers also sent to a graphql-js server over its own copy
 * of the embedded backend: the two answers must be the same bytes (status included).
 */
export async function comparedWithReference(
  server: TestServer,
  env: Record<string, string>,
): Promise<{ server: TestServer; stop(): Promise<void> }> {
  const referenceServer = await startTestServer(new MemoryBackend(await loadSeed()), {
    ...env,
    ...reference,
  });
  const post = async (
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => {
    const [ours, theirs] = await Promise.all([
      server.post(query, variables, headers),
      referenceServer.post(query, variables, headers),
    ]);
    expect(comparable(ours), `compiled vs graphql-js: ${query}`).toBe(comparable(theirs));
    return ours;
  };
  return {
    server: {
      ...server,
      post,
      async query(query, variables, headers) {
        return JSON.parse((await post(query, variables, headers)).body) as never;
      },
    },
    stop: () => referenceServer.stop(),
  };
}

export function describeConformance(
  title: string,
  spec: (server: () => TestServer) => void,
  /** Server environment (limits, modes) for this spec, on every backend and path alike. */
  env: Record<string, string> = {},
  /** writes: the spec writes, so each variant gets a fresh writable copy of the seed. */
  options: { writes?: boolean } = {},
) {
  describe.each(variants)(`${title} [$name backend, $path]`, (backend) => {
    const skipReason = options.writes ? backend.writableSkipReason : backend.skipReason;
    if (skipReason) {
      it.skip(`skipped: ${skipReason}`, () => {});
      return;
    }
    let server: TestServer | null = null;
    let stopReference: (() => Promise<void>) | null = null;
    // A server that fails to start fails every test with the cause, not only the hook (a failed
    // hook marks no test failed, and a mutation run would count that as a surviving mutant).
    let failure: unknown = null;
    beforeAll(async () => {
      try {
        const serverEnv = { ...backend.pathEnv, ...env };
        const graph = options.writes ? await backend.createWritable() : await backend.create();
        server = await startTestServer(graph, serverEnv);
        // On the embedded backend the compiled path's every answer is compared with graphql-js's.
        if (backend.name === 'memory' && backend.path === 'compiled') {
          const compared = await comparedWithReference(server, env);
          server = compared.server;
          stopReference = compared.stop;
        }
      } catch (error) {
        failure = error;
      }
    });
    afterAll(async () => {
      await server?.stop();
      await stopReference?.();
    });
    spec(() => {
      if (failure) throw failure;
      if (!server) throw new Error(`server for ${backend.name} did not start`);
      return server;
    });
  });
}

/** Looks an entity up by its exact name through the public API. */
export async function idOf(server: TestServer, name: string): Promise<string> {
  const result = await server.query<{ search: { id: string; name: string }[] }>(
    `query ($t: String!) { search(text: $t, first: 100) { id name } }`,
    { t: name },
  );
  const hit = result.data?.search.find((e) => e.name === name);
  if (!hit) throw new Error(`no entity named ${name}: ${JSON.stringify(result)}`);
  return hit.id;
}
