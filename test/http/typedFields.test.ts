// Typed relationship fields on the seed plus one relation of every kind the model allows that the article does not use: a field that follows more relation types than documented shows here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import type { RelationRecord } from '../../src/model/records.js';
import { relationEnds, relationTypes } from '../../src/model/index.js';
import { loadSeed } from '../../src/seed/loadSeed.js';
import {
  allEntities,
  documentedFields,
  objectTypeOf,
  reach,
  type OracleEntity,
  listFields,
} from '../helpers/graphOracle.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

let server: TestServer;
let entities: Map<string, OracleEntity>;
let added: RelationRecord[];

beforeAll(async () => {
  const seed = await loadSeed();
  const present = new Set(
    seed.relations.map((r) => {
      const kind = (id: string) => seed.entities.find((e) => e.id === id)!.type;
      return `${kind(r.from)}|${r.type}|${kind(r.to)}`;
    }),
  );
  const firstOf = (kind: string) => seed.entities.find((e) => e.type === kind)!;
  const lastOf = (kind: string) => seed.entities.findLast((e) => e.type === kind)!;
  // Every (start kind, type, end kind) the model allows and the article has no instance of.
  added = relationTypes.flatMap((type) =>
    relationEnds[type].from.flatMap((fromKind) =>
      relationEnds[type].to
        .filter((toKind) => !present.has(`${fromKind}|${type}|${toKind}`))
        .map((toKind) => {
          const from = firstOf(fromKind).id;
          const to = lastOf(toKind).id;
          return { id: `${from}|${type}|${to}`, type, from, to, quantities: [], evidence: [] };
        }),
    ),
  );
  server = await startTestServer(
    new MemoryBackend({ ...seed, relations: [...seed.relations, ...added] }),
  );
  entities = await allEntities(server);
});

afterAll(async () => {
  await server?.stop();
});

describe('typed relationship fields, with every relation the model allows', () => {
  it('adds relations the article does not have, of types some fields do not follow', () => {
    expect(added.length).toBeGreaterThan(20);
    // The company's partners: only PARTNERED_WITH ends at a company in the article.
    expect(added.some((r) => r.to.startsWith('company:') && r.type !== 'PARTNERED_WITH')).toBe(
      true,
    );
  });

  for (const [typeName, fields] of Object.entries(documentedFields)) {
    it(`${typeName}: each field follows only its documented relations`, async () => {
      const names = Object.keys(fields);
      const result = await server.query<Record<string, Record<string, unknown>[]>>(
        `{ list: ${listFields[typeName]}(first: 1000) { id ${names.map((f) => `${f} { id }`).join(' ')} } }`,
      );
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      const rows = result.data!.list!;
      const ofType = [...entities.values()].filter((e) => objectTypeOf[e.type] === typeName);
      expect(rows.map((r) => r.id).sort()).toEqual(ofType.map((e) => e.id).sort());
      for (const row of rows) {
        for (const [field, spec] of Object.entries(fields)) {
          const value = row[field] as { id: string } | { id: string }[] | null;
          const got =
            value === null ? [] : Array.isArray(value) ? value.map((v) => v.id) : [value.id];
          const expected = reach(entities, row.id as string, spec.hops);
          if (spec.single) expect([...got].sort()).toEqual(expected.slice(0, 1));
          else expect([...got].sort(), `${row.id as string}.${field}`).toEqual(expected);
        }
      }
    });
  }
});
