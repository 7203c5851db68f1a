// The compiled executor answers exactly as graphql-js: same bytes, same errors and codes, including what graphql-jit cannot run itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import { BackendUnavailableError } from '../../src/graph/port.js';
import { DeadlineExceededError } from '../../src/graph/withDeadline.js';
import { wrapCalls } from '../../src/graph/wrapCalls.js';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { benchQueries } from '../../bench/queries.js';
import { comparable, comparedWithReference } from '../helpers/conformance.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

const recursiveWhere = `query Filtered($w: AssociationWhere) {
  associations(where: $w, first: 5) { id name actions { id category } }
}`;

/** Operations graphql-jit cannot run or words differently; each must still answer as graphql-js does. */
const cases: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    name: 'a variable of a recursive where input (AND / OR / NOT nested)',
    query: recursiveWhere,
    variables: {
      w: {
        scope: 'NATIONAL',
        OR: [{ actions: { category: ['DONATIONS'] } }, { NOT: { name: { contains: '钢铁' } } }],
      },
    },
  },
  {
    name: 'a recursive where variable with a value of the wrong type',
    query: recursiveWhere,
    variables: { w: { scope: 'NOWHERE' } },
  },
  {
    name: 'a recursive where variable with an unknown field',
    query: recursiveWhere,
    variables: { w: { salary: 1 } },
  },
  {
    name: 'a variable of the wrong type',
    query: 'query ($d: Int) { neighborhood(id: "region:wuhan", depth: $d) { nodes { id } } }',
    variables: { d: 'deep' },
  },
  {
    name: 'a missing required variable',
    query: 'query ($t: String!) { search(text: $t) { id } }',
  },
  {
    name: 'a null for a non-null variable',
    query: 'query ($t: String!) { search(text: $t) { id } }',
    variables: { t: null },
  },
  {
    name: 'a list variable with an item of the wrong type',
    query: 'query ($types: [EntityType!]) { search(text: "协会", types: $types) { id } }',
    variables: { types: ['ASSOCIATION', 'PLANET'] },
  },
  {
    name: 'resolver errors with codes (a bad cursor)',
    query: '{ associationsConnection(first: 2, after: "not-a-cursor") { totalCount } }',
  },
  {
    name: 'a resolver error on one field and data on another',
    query: '{ a: search(text: "") { id } b: search(text: "火神山") { id } }',
  },
  {
    name: 'an operation chosen by name among several',
    query:
      'query A { search(text: "火神山") { id } } query B { entity(id: "region:wuhan") { name } }',
  },
  {
    name: 'introspection',
    query: '{ __schema { queryType { name } types { name kind } } }',
  },
  {
    name: 'a cost over the limit',
    query:
      '{ search(text: "协会", first: 100) { relations(first: 100) { node { relations(first: 100) { id } } } } }',
  },
  ...benchQueries
    .filter((q) => q.server === 'project')
    .map((q) => ({ name: `bench row: ${q.name}`, query: q.query })),
];

for (const mode of ['development', 'production']) {
  describe(`compiled executor vs graphql-js (NODE_ENV=${mode})`, () => {
    let server: TestServer;
    let compared: Awaited<ReturnType<typeof comparedWithReference>>;
    const env = { NODE_ENV: mode, RESPONSE_CACHE: 'off' };

    beforeAll(async () => {
      server = await startTestServer(new MemoryBackend(await loadSeed()), {
        ...env,
        EXECUTOR: 'jit',
      });
      compared = await comparedWithReference(server, env);
    });
    afterAll(async () => {
      await server.stop();
      await compared.stop();
    });

    for (const c of cases) {
      it(`answers alike: ${c.name}`, async () => {
        // comparedWithReference fails the test when the bytes differ.
        await compared.server.post(c.query, c.variables);
      });
    }

    it('answers bad variables with BAD_USER_INPUT and 400, never a 500', async () => {
      const answer = await compared.server.post(recursiveWhere, { w: { scope: 'NOWHERE' } });
      expect(answer.status).toBe(400);
      expect(answer.body).toContain('"BAD_USER_INPUT"');
      const plain = await compared.server.post(
        'query ($d: Int) { neighborhood(id: "x", depth: $d) { nodes { id } } }',
        { d: 'deep' },
      );
      expect(plain.status).toBe(400);
      expect(plain.body).toContain('"BAD_USER_INPUT"');
    });

    it('counts what ran on graphql-js instead of a compiled plan in /metrics', async () => {
      await compared.server.post(recursiveWhere, { w: { scope: 'LOCAL' } });
      await compared.server.post('query ($t: String!) { search(text: $t) { id } }', { t: 1 });
      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      const count = (reason: string) =>
        Number(
          new RegExp(`graphql_compiled_fallbacks_total\\{reason="${reason}"\\} (\\d+)`).exec(
            metrics,
          )?.[1],
        );
      expect(count('recursive_input')).toBeGreaterThan(0);
      expect(count('request_error')).toBeGreaterThan(0);
      expect(metrics).toMatch(/graphql_compiled_plans \d+/);
    });
  });
}

describe('compiled executor vs graphql-js: errors a resolver throws that are not GraphQLErrors', () => {
  const failing = async () => {
    const memory = new MemoryBackend(await loadSeed());
    return wrapCalls(memory, async (method, call, args) => {
      if (method === 'search') throw new Error('the backend broke');
      if (method === 'neighborhood') throw new DeadlineExceededError(100);
      if (method === 'shortestPath') throw new BackendUnavailableError('down');
      return call(...args);
    });
  };
  const operations = [
    '{ search(text: "火神山") { id } }',
    '{ neighborhood(id: "region:wuhan") { nodes { id } } }',
    '{ shortestPath(from: "region:wuhan", to: "region:beijing") { nodes { id } } }',
    '{ entity(id: "region:wuhan") { name } search(text: "火神山") { id } }',
  ];
  for (const mode of ['development', 'production']) {
    it(`answers alike, codes included (NODE_ENV=${mode})`, async () => {
      const env = { NODE_ENV: mode, RESPONSE_CACHE: 'off' };
      const compiled = await startTestServer(await failing(), { ...env, EXECUTOR: 'jit' });
      const reference = await startTestServer(await failing(), {
        ...env,
        EXECUTOR: 'graphql-js',
      });
      try {
        for (const query of operations) {
          const [ours, theirs] = await Promise.all([compiled.post(query), reference.post(query)]);
          expect(comparable(ours), query).toBe(comparable(theirs));
        }
      } finally {
        await compiled.stop();
        await reference.stop();
      }
    });
  }
});
