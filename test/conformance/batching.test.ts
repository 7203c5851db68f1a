// Without the read planner, a nested query costs one backend call per nesting level, not one per parent.
import { expect, it } from 'vitest';
import { describeConformance } from '../helpers/conformance.js';
import type { TestServer } from '../helpers/testServer.js';

/** Cypher statements the Neo4j adapter has sent; null for backends that send none. */
function roundTrips(server: TestServer): number | null {
  const inner = server.backend.inner as { roundTrips?: number };
  return inner.roundTrips ?? null;
}

/**
 * Sends one operation and returns its data and the port calls it made; on Neo4j it also checks
 * that every port call was exactly one Cypher round trip.
 */
async function measured<T>(server: TestServer, query: string) {
  server.backend.reset();
  const before = roundTrips(server);
  const result = await server.query<T>(query);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  const after = roundTrips(server);
  if (before !== null && after !== null) expect(after - before).toBe(server.backend.total);
  return { data: result.data!, calls: { ...server.backend.calls } };
}

describeConformance(
  'batching',
  (server) => {
    it('resolves associations -> actions -> actors -> region with one call per level', async () => {
      const { data, calls } = await measured<{
        associations: { actions: { actors: unknown[] }[] }[];
      }>(
        server(),
        `{ associations(first: 1000) { name actions { name actors { name ... on Association { region { name } } } } } }`,
      );
      expect(data.associations.length).toBeGreaterThanOrEqual(55);
      expect(data.associations.flatMap((a) => a.actions).length).toBeGreaterThan(40);
      // Level 1: the list; levels 2, 3 and 4: one relation batch each.
      expect(calls).toEqual({ findEntities: 1, relationsOf: 3 });
    });

    it('loads the entities of many relations in the batch that found them (no per-node lookups)', async () => {
      const { data, calls } = await measured<{ search: unknown[] }>(
        server(),
        `{ search(text: "协会", first: 100) { id relations { node { id name relations(direction: IN) { id } } } } }`,
      );
      expect(data.search.length).toBeGreaterThan(40);
      expect(calls).toEqual({ search: 1, relationsOf: 2 });
    });

    it('filters nested lists with one call per level and per distinct filter', async () => {
      const { data, calls } = await measured<{ associationsConnection: { edges: unknown[] } }>(
        server(),
        `{ associationsConnection(where: { actions: { category: [DONATIONS, FINANCIAL_SUPPORT] } }, first: 100) {
           edges { node { actions(where: { category: [DONATIONS] }) { actors { id } } } } } }`,
      );
      expect(data.associationsConnection.edges.length).toBeGreaterThan(2);
      // The page; the actions (one relation batch) and their filter (one find); the actors.
      expect(calls).toEqual({ findEntities: 2, relationsOf: 2 });
    });

    it('answers aggregates and path questions with a fixed number of calls', async () => {
      const totals = await measured<{ actorTotals: unknown[] }>(
        server(),
        `{ actorTotals(first: 100) { money actor { id } } }`,
      );
      expect(totals.data.actorTotals.length).toBeGreaterThan(10);
      expect(totals.calls).toEqual({ findEntities: 1, relationsOf: 1 });
      const paths = await measured<{ paths: unknown[] }>(
        server(),
        `{ paths(from: "government:ministry-of-civil-affairs", to: "hospital:wuhan-huoshenshan-hospital", maxHops: 4, first: 100) { length } }`,
      );
      expect(paths.data.paths.length).toBeGreaterThan(1);
      // Both ends in one entity batch; the two explorations share one batch per level.
      expect(paths.calls).toEqual({ entitiesByIds: 1, relationsOf: 2 });
    });
  },
  // Counts the calls an execution makes: nothing is answered from the response cache here. The
  // loaders' batching is what the planner falls back to (readPlanner.test.ts tests the planner).
  { RESPONSE_CACHE: 'off', READ_PLANNER: 'off' },
);
