// Reads project only the entity properties an operation selects (Neo4j sends no others): every field of every entity type answers as when the whole record is read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendsUnderTest } from '../helpers/backends.js';
import { comparable } from '../helpers/conformance.js';
import { listFields } from '../helpers/graphOracle.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

/** The tests that send one request per leaf field (about 70, one after another) on a loaded machine. */
const LOOP_TIMEOUT_MS = 90_000;

interface IntrospectedField {
  name: string;
  args: { type: { kind: string } }[];
  type: { kind: string; name: string | null; ofType: IntrospectedField['type'] | null };
}

/** The named type under NON_NULL and LIST wrappers, with whether a LIST was among them. */
function unwrapped(type: IntrospectedField['type']): { kind: string; name: string; list: boolean } {
  let list = false;
  let t = type;
  while (t.ofType) {
    if (t.kind === 'LIST') list = true;
    t = t.ofType;
  }
  return { kind: t.kind, name: t.name!, list };
}

const leafKinds = new Set(['SCALAR', 'ENUM']);

/**
 * Selections the planner answers whole, each naming few properties, at a nested level, through
 * inline fragments on interfaces, named fragments and connections.
 */
const nested: { name: string; query: string }[] = [
  {
    name: 'renamed fields of groups, statements and instruments below actions',
    query: `{ reliefActions(first: 1000) { id actors { id ... on Group { composition } } } }`,
  },
  {
    name: 'a field of one type under an interface fragment, two levels down',
    query: `{ hospitals(first: 100) { id supportedBy { id ... on Organization { actions { id activity } } } } }`,
  },
  {
    name: 'a named fragment on a nested connection',
    query: `{ associations(first: 100) { id actionsConnection(first: 5) { totalCount edges { node { ...act } } } } }
      fragment act on ReliefAction { id category targets { id ... on Region { level } } }`,
  },
  {
    name: 'a field only at the root, none below',
    query: `{ associations(first: 100) { scope collective actions { id } } }`,
  },
  {
    name: 'aliases and English names below',
    query: `{ regions(first: 100) { n: nameEn located { id nameEnSource aliases } } }`,
  },
];

describe.each(backendsUnderTest)('projections [$name backend]', (backend) => {
  if (backend.skipReason) {
    it.skip(`skipped: ${backend.skipReason}`, () => {});
    return;
  }
  let on: TestServer;
  let off: TestServer;
  /** Per entity object type: its leaf fields and one relationship field (the planner plans it). */
  const types = new Map<string, { leaves: string[]; relationship: string }>();

  beforeAll(async () => {
    const env = { RESPONSE_CACHE: 'off' };
    [on, off] = await Promise.all([
      backend.create().then((graph) => startTestServer(graph, { ...env, READ_PLANNER: 'on' })),
      backend.create().then((graph) => startTestServer(graph, { ...env, READ_PLANNER: 'off' })),
    ]);
    for (const typeName of Object.keys(listFields)) {
      const answer = await on.query<{ __type: { fields: IntrospectedField[] } }>(
        `query ($name: String!) { __type(name: $name) { fields {
          name args { type { kind } }
          type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
        } } }`,
        { name: typeName },
      );
      const fields = answer.data!.__type.fields;
      const leaves = fields
        .filter((f) => leafKinds.has(unwrapped(f.type).kind) && f.name !== 'id')
        .map((f) => f.name);
      const relationship = fields.find((f) => {
        const t = unwrapped(f.type);
        return (
          !leafKinds.has(t.kind) &&
          (t.name === 'Entity' || t.name in listFields || t.name === 'Organization') &&
          f.name !== 'relations' &&
          f.args.every((a) => a.type.kind !== 'NON_NULL')
        );
      });
      types.set(typeName, { leaves, relationship: relationship!.name });
    }
  });
  afterAll(async () => {
    await Promise.all([on?.stop(), off?.stop()]);
  });

  async function compared(query: string) {
    on.backend.reset();
    const [planned, whole] = await Promise.all([on.post(query), off.post(query)]);
    expect(comparable(planned), query).toBe(comparable(whole));
    expect(planned.body, query).not.toContain('"errors"');
    return { body: planned.body, calls: { ...on.backend.calls } };
  }

  it('finds every entity type with leaf fields and a relationship field to plan', () => {
    expect([...types.keys()].sort()).toEqual(Object.keys(listFields).sort());
    for (const [typeName, { leaves }] of types) expect(leaves.length, typeName).toBeGreaterThan(3);
  });

  it(
    'answers each leaf field alone, planned, as the whole record does',
    async () => {
      let compared_ = 0;
      for (const [typeName, { leaves, relationship }] of types) {
        for (const leaf of leaves) {
          const query = `{ ${listFields[typeName]}(first: 1000) { id ${leaf} ${relationship} { __typename } } }`;
          const { calls } = await compared(query);
          expect(calls, query).toEqual({ readPlan: 1 });
          compared_ += 1;
        }
      }
      expect(compared_).toBeGreaterThan(60);
    },
    LOOP_TIMEOUT_MS,
  );

  it(
    'answers each leaf field alone in a root list and a connection (no plan) as the whole record does',
    async () => {
      for (const [typeName, { leaves }] of types) {
        const list = listFields[typeName]!;
        const whole = await on.query<{ list: Record<string, unknown>[]; all: unknown[] }>(
          `{ list: ${list}(first: 100) { id ${leaves.join(' ')} evidence { quote } } all: ${list}(first: 1000) { id } }`,
        );
        expect(whole.data!.list.length, typeName).toBeGreaterThan(0);
        for (const leaf of leaves) {
          const query = `{ list: ${list}(first: 100) { id ${leaf} }
          page: ${list}Connection(first: 100) { totalCount edges { node { id ${leaf} } } } }`;
          on.backend.reset();
          const answer = await on.query<{
            list: Record<string, unknown>[];
            page: { totalCount: number; edges: { node: Record<string, unknown> }[] };
          }>(query);
          expect(answer.errors, query).toBeUndefined();
          expect(on.backend.calls, query).toEqual({ findEntities: 2 });
          const expected = whole.data!.list.map((e) => ({ id: e.id, [leaf]: e[leaf] }));
          expect(answer.data!.list, query).toEqual(expected);
          expect(
            answer.data!.page.edges.map((e) => e.node),
            query,
          ).toEqual(expected);
          expect(answer.data!.page.totalCount, query).toBe(whole.data!.all.length);
        }
      }
    },
    LOOP_TIMEOUT_MS,
  );

  it('answers evidence of root list entities when selected, and not otherwise', async () => {
    const lean = await on.query<{ associations: Record<string, unknown>[] }>(
      `{ associations(first: 5) { id name } }`,
    );
    const grounded = await on.query<{ associations: { evidence: { quote: string }[] }[] }>(
      `{ associations(first: 5) { id name evidence { quote } quantities { value } } }`,
    );
    expect(grounded.data!.associations.every((a) => a.evidence.length > 0)).toBe(true);
    expect(
      grounded.data!.associations.map((a) => ({
        id: (a as { id?: string }).id,
        name: (a as { name?: string }).name,
      })),
    ).toEqual(lean.data!.associations);
  });

  it.each(nested)(
    'answers nested selections, planned, as the whole record does: $name',
    async (c) => {
      const { calls } = await compared(c.query);
      expect(calls).toEqual({ readPlan: 1 });
    },
  );

  it(
    'answers each leaf field of search hits alone as the whole record does',
    async () => {
      for (const [typeName, { leaves }] of types) {
        // Every entity of the type, read whole (no relationship field: findEntities, all properties).
        const all = await off.query<Record<string, Record<string, unknown>[]>>(
          `{ list: ${listFields[typeName]}(first: 1000) { id name ${leaves.join(' ')} } }`,
        );
        const byId = new Map(all.data!.list!.map((e) => [e.id as string, e]));
        const sample = all.data!.list![0]!;
        for (const leaf of leaves) {
          const query = `query ($text: String!) { search(text: $text, first: 50) { id ... on ${typeName} { ${leaf} } } }`;
          const hits = await on.query<{ search: Record<string, unknown>[] }>(query, {
            text: sample.name,
          });
          expect(hits.errors, query).toBeUndefined();
          const ofType = hits.data!.search.filter((h) => byId.has(h.id as string));
          expect(ofType.length, `${typeName} ${String(sample.name)}`).toBeGreaterThan(0);
          for (const hit of ofType)
            expect(hit[leaf], `${hit.id} ${leaf}`).toEqual(byId.get(hit.id as string)![leaf]);
        }
      }
    },
    LOOP_TIMEOUT_MS,
  );

  it('scores rankedSearch hits by all their names when only the id is selected', async () => {
    // English and other names: a hit found by its nameEn or an alias must say so.
    for (const text of ['chamber', 'association', '武汉', 'NDRC', '人民群众']) {
      const lean = await on.query<{ rankedSearch: unknown[] }>(
        `query ($text: String!) { rankedSearch(text: $text, first: 100) { entity { id } score match matched } }`,
        { text },
      );
      const full = await on.query<{ rankedSearch: { entity: { id: string } }[] }>(
        `query ($text: String!) { rankedSearch(text: $text, first: 100) { entity { id name nameEn aliases } score match matched } }`,
        { text },
      );
      expect(lean.errors, text).toBeUndefined();
      expect(full.data!.rankedSearch.length, text).toBeGreaterThan(0);
      expect(lean.data!.rankedSearch, text).toEqual(
        full.data!.rankedSearch.map((hit) => ({ ...hit, entity: { id: hit.entity.id } })),
      );
    }
  });
});
