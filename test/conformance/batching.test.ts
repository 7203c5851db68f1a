// A nested query costs one backend call per nesting level, not one per parent.
import { expect, it } from 'vitest';
import { describeConformance } from '../helpers/conformance.js';
import type { TestServer } from '../helpers/testServer.js';

/** Cypher statements the Neo4j adapter has sent; null for backends that send none. */
function roundTrips(server: TestServer): number | null {
  const inner = server.backend.inner as { roundTrips?: number };
  return inner.roundTrips ?? null;
}

/** On Neo4j, every port call is exactly one Cypher round trip. */
function expectOneRoundTripPerCall(server: TestServer, before: number | null) {
  const after = roundTrips(server);
  if (before === null || after === null) return;
  expect(after - before).toBe(server.backend.total);
}

describeConformance('batching', (server) => {
  it('resolves associations -> actions -> actors -> region with one call per level', async () => {
    const s = server();
    s.backend.reset();
    const before = roundTrips(s);
    const result = await s.query<{ associations: { actions: { actors: unknown[] }[] }[] }>(
      `{ associations(first: 1000) { name actions { name actors { name ... on Association { region { name } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const associations = result.data!.associations;
    expect(associations.length).toBeGreaterThanOrEqual(55);
    expect(associations.flatMap((a) => a.actions).length).toBeGreaterThan(40);
    // Level 1: the list; levels 2, 3 and 4: one relation batch each.
    expect(s.backend.calls).toEqual({ findEntities: 1, relationsOf: 3 });
    expectOneRoundTripPerCall(s, before);
  });

  it('loads the entities of many relations in the batch that found them (no per-node lookups)', async () => {
    const s = server();
    s.backend.reset();
    const before = roundTrips(s);
    const result = await s.query<{ search: unknown[] }>(
      `{ search(text: "协会", first: 100) { id relations { node { id name relations(direction: IN) { id } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.search.length).toBeGreaterThan(40);
    expect(s.backend.calls).toEqual({ search: 1, relationsOf: 2 });
    expectOneRoundTripPerCall(s, before);
  });

  it('filters nested lists with one call per level and per distinct filter', async () => {
    const s = server();
    s.backend.reset();
    const before = roundTrips(s);
    const result = await s.query<{ associationsConnection: { edges: unknown[] } }>(
      `{ associationsConnection(where: { actions: { category: [DONATIONS, FINANCIAL_SUPPORT] } }, first: 100) {
           edges { node { actions(where: { category: [DONATIONS] }) { actors { id } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.associationsConnection.edges.length).toBeGreaterThan(2);
    // The page; the actions (one relation batch) and their filter (one find); the actors.
    expect(s.backend.calls).toEqual({ findEntities: 2, relationsOf: 2 });
    expectOneRoundTripPerCall(s, before);
  });

  it('answers aggregates and path questions with a fixed number of calls', async () => {
    const s = server();
    s.backend.reset();
    const before = roundTrips(s);
    const totals = await s.query(`{ actorTotals(first: 100) { money actor { id } } }`);
    expect(totals.errors).toBeUndefined();
    expect(s.backend.calls).toEqual({ findEntities: 1, relationsOf: 1 });
    expectOneRoundTripPerCall(s, before);
    s.backend.reset();
    const beforePaths = roundTrips(s);
    const paths = await s.query(
      `{ paths(from: "government:ministry-of-civil-affairs", to: "company:foxconn", maxHops: 4, first: 100) { length } }`,
    );
    expect(paths.errors).toBeUndefined();
    // Both ends in one entity batch; the two explorations share one batch per level.
    expect(s.backend.calls).toEqual({ entitiesByIds: 1, relationsOf: 2 });
    expectOneRoundTripPerCall(s, beforePaths);
  });
});
