// The read planner: a root list and every typed relationship field below it in one backend call (one statement on Neo4j), the same bytes as without it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendsUnderTest } from '../helpers/backends.js';
import { comparable } from '../helpers/conformance.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

const HUOSHENSHAN = '{ name: { contains: "火神山" } }';

/** Operations the planner answers whole: one readPlan, nothing else. */
const planned: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    name: 'a filtered root, two nested levels (who supported 火神山, and who were they)',
    query: `{ hospitals(where: ${HUOSHENSHAN}) { id name supportActions { id name category actors { id type name } } } }`,
  },
  {
    name: 'a filtered root, three nested levels, through interfaces',
    query: `{ hospitals(where: ${HUOSHENSHAN}) { id supportedBy { id name actions { id name targets { id type name } } } } }`,
  },
  {
    name: 'a list of 20, each with one nested list',
    query: `{ associations(first: 20) { id name actions { id name category } } }`,
  },
  {
    name: 'every association with its actions, their actors and the actors’ regions',
    query: `{ associations(first: 1000) { name actions { name actors { name ... on Association { region { name } } } } } }`,
  },
  {
    name: 'nested where, category, sort and a single entity',
    query: `{ associations(sort: [{ field: NAME, direction: DESC }], first: 50) {
      id region { id name }
      actions(where: { category: [DONATIONS, FINANCIAL_SUPPORT] }, sort: [{ field: MONEY, direction: DESC }]) { id money: quantities { value } }
      donations: actions(category: DONATIONS) { id actors { id } }
    } }`,
  },
  {
    name: 'a connection with totalCount, and a nested connection',
    query: `{ associationsConnection(where: { scope: NATIONAL }, sort: [{ field: NAME }], first: 10) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id name actionsConnection(first: 2, sort: [{ field: NAME }]) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id actors { id } } }
      } } }
    } }`,
  },
  {
    name: 'entity(id:) with type conditions, fragments and aliases',
    query: `query ($id: ID!, $cat: ReliefCategory) {
      entity(id: $id) { id ...org ... on Association { donations: actions(category: $cat) { id } region { name } } }
    }
    fragment org on Organization { actions { id targets { id ... on Hospital { region { id } } } } }`,
    variables: { id: 'association:china-electronics-chamber-of-commerce', cat: 'DONATIONS' },
  },
  {
    name: 'a region’s located entities through a derived two-hop field below them',
    query: `{ regions(where: { name: { eq: "武汉" } }) { id located { id ... on Hospital { supportedBy { id } } } } }`,
  },
];

/** Operations the planner leaves partly or wholly to the loaders: the same bytes all the same. */
const fallingBack: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    name: '@skip and @include on nested fields',
    query: `query ($no: Boolean!) { associations(first: 5) { id actions @skip(if: $no) { id } members @include(if: $no) { id } } }`,
    variables: { no: true },
  },
  {
    name: 'the same key selected twice through fragments',
    query: `{ associations(first: 5) { id actions { id } ... on Association { actions { name } } } }`,
  },
  {
    name: 'a nested connection after a cursor',
    query: `{ associations(first: 3) { id actionsConnection(first: 1, after: "not-a-cursor") { totalCount } } }`,
  },
  {
    name: 'a nested where the resolver refuses',
    query: `{ associations(first: 3) { id actions(where: { AND: [{ AND: [{ AND: [{ AND: [{ AND: [{ AND: [{ AND: [{ name: { eq: "x" } }] }] }] }] }] }] }] }) { id } } }`,
  },
  {
    name: 'generic relations and analysis below planned fields',
    query: `{ hospitals(where: ${HUOSHENSHAN}) { id supportActions { id relations(first: 3) { type node { id } } } } }`,
  },
];

/** Cypher statements the Neo4j adapter has sent; null for backends that send none. */
function roundTrips(server: TestServer): number | null {
  return (server.backend.inner as { roundTrips?: number }).roundTrips ?? null;
}

describe.each(backendsUnderTest)('read planner [$name backend]', (backend) => {
  if (backend.skipReason) {
    it.skip(`skipped: ${backend.skipReason}`, () => {});
    return;
  }
  let on: TestServer;
  let off: TestServer;
  beforeAll(async () => {
    const env = { RESPONSE_CACHE: 'off' };
    [on, off] = await Promise.all([
      backend.create().then((graph) => startTestServer(graph, { ...env, READ_PLANNER: 'on' })),
      backend.create().then((graph) => startTestServer(graph, { ...env, READ_PLANNER: 'off' })),
    ]);
  });
  afterAll(async () => {
    await Promise.all([on?.stop(), off?.stop()]);
  });

  /** Both answers, which must be the same bytes; and the calls the planned server made. */
  async function compared(query: string, variables?: Record<string, unknown>) {
    on.backend.reset();
    off.backend.reset();
    const before = roundTrips(on);
    const [ours, theirs] = await Promise.all([
      on.post(query, variables),
      off.post(query, variables),
    ]);
    expect(comparable(ours), query).toBe(comparable(theirs));
    const after = roundTrips(on);
    return {
      body: ours.body,
      calls: { ...on.backend.calls },
      unplannedCalls: off.backend.total,
      statements: before === null || after === null ? null : after - before,
    };
  }

  it.each(planned)('answers in one call, as without the planner: $name', async (c) => {
    const { body, calls, unplannedCalls, statements } = await compared(c.query, c.variables);
    expect(body).not.toContain('"errors"');
    expect(calls).toEqual({ readPlan: 1 });
    expect(unplannedCalls).toBeGreaterThan(1);
    if (statements !== null) expect(statements).toBe(1);
  });

  it.each(fallingBack)('falls back to the loaders, as without the planner: $name', async (c) => {
    const { calls } = await compared(c.query, c.variables);
    expect(Object.keys(calls).some((method) => method !== 'readPlan')).toBe(true);
  });

  it('plans the same operation again for other variables (plans are kept per variables)', async () => {
    const query = `query ($cat: ReliefCategory, $first: Int) {
      associations(first: 100) { id actions(category: $cat) { id } actionsConnection(first: $first) { totalCount edges { node { id } } } }
    }`;
    const answers = new Set<string>();
    for (const variables of [
      { cat: 'DONATIONS', first: 1 },
      { cat: 'MEDICAL_SUPPLIES', first: 2 },
      { cat: 'DONATIONS', first: 1 },
    ]) {
      const { body, calls } = await compared(query, variables);
      expect(calls).toEqual({ readPlan: 1 });
      answers.add(body);
    }
    expect(answers.size).toBe(2);
  });

  it('plans under each server’s own limits, for the same document', async () => {
    const narrow = await startTestServer(await backend.create(), {
      RESPONSE_CACHE: 'off',
      READ_PLANNER: 'on',
      LIMIT_MAX_FIRST: '1',
    });
    try {
      const query = `{ entity(id: "association:china-electronics-chamber-of-commerce") { id ... on Association { actions { id } } } }`;
      const wide = JSON.parse((await on.post(query)).body) as {
        data: { entity: { actions: unknown[] } };
      };
      const cut = JSON.parse((await narrow.post(query)).body) as typeof wide;
      // Each entity's relations are cut at maxFirst per hop.
      expect(cut.data.entity.actions.length).toBe(1);
      expect(wide.data.entity.actions.length).toBeGreaterThan(1);
    } finally {
      await narrow.stop();
    }
  });

  it('finds answers worth comparing (the shapes are not empty)', async () => {
    const { body } = await compared(planned[0]!.query);
    const data = JSON.parse(body) as {
      data: { hospitals: { supportActions: { actors: unknown[] }[] }[] };
    };
    const actions = data.data.hospitals.flatMap((h) => h.supportActions);
    expect(actions.length).toBeGreaterThan(1);
    expect(actions.flatMap((a) => a.actors).length).toBeGreaterThan(1);
  });

  it('still applies the operation cost limit before anything runs', async () => {
    on.backend.reset();
    const answer = await on.post(
      `{ associations(first: 1000) { actionsConnection(first: 100) { edges { node {
        areas { locatedConnection(first: 100) { edges { node { id } } } } } } } } }`,
    );
    expect(answer.body).toContain('"QUERY_TOO_COMPLEX"');
    expect(on.backend.total).toBe(0);
  });

  it('answers a deep, wide fan-out within the deadline, each entity read once per level', async () => {
    const query = `{ associations(first: 1000) { actions { actors { actions { actors { actions { id } } } } } } }`;
    const { body, calls } = await compared(query);
    expect(body).not.toContain('"errors"');
    expect(calls).toEqual({ readPlan: 1 });
  });

  it('counts planned, partial and unplanned operations and the calls of each in /metrics', async () => {
    const scrape = async () => (await fetch(`${on.url}/metrics`)).text();
    const count = (metrics: string, outcome: string) =>
      Number(
        new RegExp(`graphql_read_operations_total\\{outcome="${outcome}"\\} (\\d+)`).exec(
          metrics,
        )?.[1],
      );
    const before = await scrape();
    await on.post(planned[0]!.query);
    await on.post(fallingBack[4]!.query);
    await on.post('{ search(text: "火神山") { id } }');
    const after = await scrape();
    for (const outcome of ['planned', 'partial', 'unplanned']) {
      expect(count(after, outcome), outcome).toBe(count(before, outcome) + 1);
    }
    expect(after).toMatch(/graphql_backend_calls_per_operation_bucket\{le="1"\} \d+/);
  });
});
