// The embedded adapter against the port's contract, with the seed's relation list as the oracle: relations by direction, type, far-end type and page; find by ids, types and page; the edges of traversals.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeed, type SeedGraph } from '../../src/seed/loadSeed.js';
import type { RelationType } from '../../src/model/index.js';
import type { EntityRecord } from '../../src/model/records.js';
import type { EntityType } from '../../src/model/index.js';
import type { PlanHop, RelationHit, RelationQuery } from '../../src/graph/port.js';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';

let seed: SeedGraph;
let backend: MemoryBackend;
beforeAll(async () => {
  seed = await loadSeed();
  backend = new MemoryBackend(seed);
});

/** An entity with its id for a name and nothing else: no evidence, quantities or kind fields. */
function bareEntity(id: string, type: EntityRecord['type']): EntityRecord {
  return {
    id,
    type,
    name: id,
    nameEn: null,
    variants: [],
    aliases: [],
    collective: false,
    quantities: [],
    evidence: [],
    scope: null,
    level: null,
    date: null,
    category: null,
    activity: null,
    groupKind: null,
    statementKind: null,
    instrumentKind: null,
    nameEnSource: null,
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const query = (q: Partial<RelationQuery>): RelationQuery => ({
  direction: 'BOTH',
  types: null,
  nodeTypes: null,
  first: 1000,
  ...q,
});
const hitsAsText = (hits: RelationHit[]) =>
  hits.map((h) => `${h.direction} ${h.relation.id} ${h.node.id}`);

/** The hits the port promises, straight from the seed's relations: by type, then id. */
function expectedHits(id: string, q: RelationQuery): string[] {
  const typeOf = new Map(seed.entities.map((e) => [e.id, e.type]));
  return seed.relations
    .flatMap((r) => [
      ...(r.from === id && q.direction !== 'IN' ? [{ r, direction: 'OUT', node: r.to }] : []),
      ...(r.to === id && q.direction !== 'OUT' ? [{ r, direction: 'IN', node: r.from }] : []),
    ])
    .filter((h) => !q.types?.length || q.types.includes(h.r.type))
    .filter((h) => !q.nodeTypes || q.nodeTypes.includes(typeOf.get(h.node)!))
    .sort((a, b) => cmp(a.r.type, b.r.type) || cmp(a.r.id, b.r.id))
    .slice(0, q.first)
    .map((h) => `${h.direction} ${h.r.id} ${h.node}`);
}

describe('MemoryBackend.relationsOf', () => {
  /** The most related entity of the seed: relations in and out, of several types. */
  const hub = 'meeting:2020-02-21-symposium';
  const action = 'action:hospital-construction-materials';

  it.each<[string, Partial<RelationQuery>]>([
    ['both directions', {}],
    ['outgoing', { direction: 'OUT' }],
    ['incoming', { direction: 'IN' }],
    ['some types', { types: ['STATED', 'REPORTED', 'WORKED_THROUGH'] }],
    ['an empty type list (all)', { types: [] }],
    ['far-end types', { nodeTypes: ['GOVERNMENT_BODY', 'MEETING', 'REGION'] }],
    ['an empty far-end type list (none)', { nodeTypes: [] }],
    ['a page', { first: 3 }],
    ['a page of none', { first: 0 }],
  ])('answers %s as the seed says', async (_name, q) => {
    for (const id of [hub, action, 'region:wuhan', 'government:ministry-of-civil-affairs']) {
      const [hits] = await backend.relationsOf([id], query(q));
      expect(hitsAsText(hits!), `${id} ${JSON.stringify(q)}`).toEqual(expectedHits(id, query(q)));
    }
    const [all] = await backend.relationsOf([hub], query({}));
    expect(all!.length).toBeGreaterThan(20);
  });

  it('answers each id in order, an unknown one with nothing', async () => {
    const answers = await backend.relationsOf(['nope', action, hub], query({ direction: 'IN' }));
    expect(answers.map((hits) => hitsAsText(hits))).toEqual([
      [],
      expectedHits(action, query({ direction: 'IN' })),
      expectedHits(hub, query({ direction: 'IN' })),
    ]);
  });
});

describe('MemoryBackend.readPlan', () => {
  /** The entities a hop reaches from `ids`, as the port promises: each id's hits in order, first occurrence kept. */
  const reached = (ids: string[], h: PlanHop) => [
    ...new Set(ids.flatMap((id) => expectedHits(id, query(h)).map((hit) => hit.split(' ')[2]!))),
  ];
  /** A hop of a plan, and the relation query the port answers it with. */
  const hop = (
    direction: 'OUT' | 'IN',
    type: RelationType,
    nodeTypes: EntityType[] | null = null,
  ) => ({ direction, types: [type], nodeTypes }) satisfies PlanHop;
  const supportActions = hop('IN', 'TARGETED', ['RELIEF_ACTION']);
  const actors = hop('IN', 'PERFORMED');
  const located = hop('OUT', 'LOCATED_IN');

  it('follows the root, then each planned field from each entity, as the seed says', async () => {
    const hospital = 'hospital:wuhan-huoshenshan-hospital';
    const answer = await backend.readPlan({
      root: {
        types: null,
        filter: { kind: 'field', field: 'id', op: 'equals', value: hospital },
        sort: [],
        offset: 0,
        first: 1,
      },
      rootCount: true,
      fields: [
        {
          key: 'supportedBy',
          onTypes: null,
          hops: [supportActions, actors],
          perEntity: 1000,
          filter: null,
          sort: [],
          page: { offset: 1, first: 2 },
          fields: [
            {
              key: 'regions',
              onTypes: ['ASSOCIATION'],
              hops: [located],
              perEntity: 1000,
              filter: null,
              sort: [],
              page: null,
              fields: [],
            },
          ],
        },
      ],
    });
    expect(answer.totalCount).toBe(1);
    const [root] = answer.items;
    expect(root!.entity.id).toBe(hospital);
    const everyActor = reached(reached([hospital], supportActions), actors);
    expect(everyActor.length).toBeGreaterThan(3);
    const supportedBy = root!.fields.supportedBy!;
    expect(supportedBy.totalCount).toBe(everyActor.length);
    expect(supportedBy.items.map((item) => item.entity.id)).toEqual(everyActor.slice(1, 3));
    for (const item of supportedBy.items) {
      const regions = item.fields.regions!.items.map((region) => region.entity.id);
      const expected = item.entity.type === 'ASSOCIATION' ? reached([item.entity.id], located) : [];
      expect(regions, item.entity.id).toEqual(expected);
    }
  });
});

describe('MemoryBackend.findEntities', () => {
  const base = { types: null, filter: null, sort: [], offset: 0, first: 1000 } as const;
  const allIds = () => seed.entities.map((e) => e.id).sort(cmp);

  it('pages the id-ordered matches, with their total', async () => {
    const page = await backend.findEntities({ ...base, offset: 5, first: 4 });
    expect(page.totalCount).toBe(seed.entities.length);
    expect(page.items.map((e) => e.id)).toEqual(allIds().slice(5, 9));
    const last = await backend.findEntities({ ...base, offset: seed.entities.length - 2 });
    expect(last.items.map((e) => e.id)).toEqual(allIds().slice(-2));
  });

  it('keeps only the given types', async () => {
    const found = await backend.findEntities({ ...base, types: ['HOSPITAL', 'MEETING'] });
    const expected = seed.entities
      .filter((e) => e.type === 'HOSPITAL' || e.type === 'MEETING')
      .map((e) => e.id)
      .sort(cmp);
    expect(found.items.map((e) => e.id)).toEqual(expected);
    expect(found.totalCount).toBe(expected.length);
  });

  it('looks ids up: each once, unknown ones dropped, with the rest of the filter applied', async () => {
    const ids = ['region:wuhan', 'nope', 'region:wuhan', 'hospital:wuhan-huoshenshan-hospital'];
    const byIds = await backend.findEntities({
      ...base,
      filter: { kind: 'field', field: 'id', op: 'in', value: ids },
    });
    expect(byIds.items.map((e) => e.id)).toEqual([
      'hospital:wuhan-huoshenshan-hospital',
      'region:wuhan',
    ]);
    const narrowed = await backend.findEntities({
      ...base,
      types: ['REGION'],
      filter: {
        kind: 'and',
        filters: [
          { kind: 'field', field: 'type', op: 'in', value: ['REGION', 'HOSPITAL'] },
          {
            kind: 'field',
            field: 'id',
            op: 'equals',
            value: 'hospital:wuhan-huoshenshan-hospital',
          },
        ],
      },
    });
    expect(narrowed).toEqual({ totalCount: 0, items: [] });
    const either = await backend.findEntities({
      ...base,
      filter: {
        kind: 'or',
        filters: [
          { kind: 'field', field: 'id', op: 'equals', value: 'region:wuhan' },
          { kind: 'field', field: 'id', op: 'equals', value: 'region:hubei' },
        ],
      },
    });
    expect(either.items.map((e) => e.id)).toEqual(['region:hubei', 'region:wuhan']);
  });
});

describe('MemoryBackend traversals', () => {
  it('returns every relation among the kept entities, and only those', async () => {
    const { nodes, edges } = await backend.neighborhood('region:wuhan', 2, 1000);
    const kept = new Set(nodes.map((n) => n.id));
    const among = seed.relations.filter((r) => kept.has(r.from) && kept.has(r.to));
    expect(edges.map((e) => e.id)).toEqual(among.map((r) => r.id).sort(cmp));
    expect(nodes[0]!.id).toBe('region:wuhan');
  });

  it('answers depth 0 and limit 1 with the entity alone, and an unknown id with nothing', async () => {
    expect((await backend.neighborhood('region:wuhan', 0, 10)).nodes.map((n) => n.id)).toEqual([
      'region:wuhan',
    ]);
    const one = await backend.neighborhood('region:wuhan', 2, 1);
    expect([one.nodes.map((n) => n.id), one.edges]).toEqual([['region:wuhan'], []]);
    expect(await backend.neighborhood('nope', 1, 10)).toEqual({ nodes: [], edges: [] });
    await expect(backend.neighborhood('region:wuhan', 11, 10)).rejects.toThrow(
      'neighborhood depth must be an integer from 0 to 10; got 11',
    );
    await expect(backend.neighborhood('region:wuhan', -1, 10)).rejects.toThrow(RangeError);
  });

  it('answers shortestPath edge cases: the same entity, unknown ends, maxDepth 0 and out of range', async () => {
    const self = await backend.shortestPath('region:wuhan', 'region:wuhan', 3);
    expect([self!.nodes.map((n) => n.id), self!.edges]).toEqual([['region:wuhan'], []]);
    expect(await backend.shortestPath('nope', 'region:wuhan', 3)).toBeNull();
    expect(await backend.shortestPath('region:wuhan', 'nope', 3)).toBeNull();
    expect(await backend.shortestPath('region:wuhan', 'region:hubei', 0)).toBeNull();
    await expect(backend.shortestPath('region:wuhan', 'region:hubei', 11)).rejects.toThrow(
      'shortestPath maxDepth must be an integer from 1 to 10; got 11',
    );
    // One hop: exactly the relation between them.
    const relation = seed.relations.find((r) => r.type === 'LOCATED_IN')!;
    const hop = await backend.shortestPath(relation.from, relation.to, 1);
    expect(hop!.edges.map((e) => e.id)).toEqual([relation.id]);
    expect(hop!.nodes.map((n) => n.id)).toEqual([relation.from, relation.to]);
  });

  it('reports its size in health, and lists the sources by id', async () => {
    expect(await backend.health()).toEqual({
      backend: 'memory',
      ok: true,
      detail: `${seed.entities.length} entities, ${seed.relations.length} relations in memory`,
    });
    expect((await backend.sources()).map((s) => s.id)).toEqual(seed.sources.map((s) => s.id));
    expect(backend.name).toBe('memory');
    await expect(backend.close()).resolves.toBeUndefined();
  });
});

describe('MemoryBackend.search on names that repeat', () => {
  /** A one-source graph of the given entities (names only matter here). */
  function graphOf(names: [string, string, string[]][]): MemoryBackend {
    const entities = names.map(([id, name, aliases]) => ({
      ...bareEntity(id, 'COMPANY'),
      name,
      aliases,
    }));
    return new MemoryBackend({ sources: [], entities, relations: [] });
  }

  it('finds an entity once when its names coincide after normalisation, or repeat a bigram', async () => {
    const backend = graphOf([
      ['company:a', 'ABC', ['abc', 'ＡＢＣ']],
      ['company:b', 'xabab', ['yab']],
      ['company:c', 'zzab', []],
      ['company:d', 'Other', ['abc']],
    ]);
    const ids = async (text: string) =>
      (await backend.search({ text, types: null, first: 10 })).map((e) => e.id);
    // Two entities sharing a name are both exact matches, by id.
    expect(await ids('abc')).toEqual(['company:a', 'company:d']);
    // Exact first, then prefix, then substring matches, each by id.
    expect(await ids('ab')).toEqual(['company:a', 'company:d', 'company:b', 'company:c']);
    expect(await ids('ba')).toEqual(['company:b']);
    expect(await ids('a')).toEqual(['company:a', 'company:d', 'company:b', 'company:c']);
    expect(await backend.search({ text: 'ab', types: null, first: 2 })).toHaveLength(2);
    expect(await backend.search({ text: 'ab', types: ['HOSPITAL'], first: 10 })).toEqual([]);
  });
});

describe('MemoryBackend directions', () => {
  it('refuses a direction outside OUT, IN and BOTH, in relations and in related filters', async () => {
    await expect(
      backend.relationsOf(['region:wuhan'], query({ direction: 'UP' as 'OUT' })),
    ).rejects.toThrow(new TypeError('"UP" is not a direction'));
    await expect(
      backend.findEntities({
        types: null,
        sort: [],
        offset: 0,
        first: 10,
        filter: { kind: 'related', direction: '' as 'OUT', types: [], filter: null },
      }),
    ).rejects.toThrow(new TypeError('"" is not a direction'));
  });
});

describe('MemoryBackend related filters', () => {
  it('follows every relation type when a related filter lists none', async () => {
    const regions = new Set(seed.entities.filter((e) => e.type === 'REGION').map((e) => e.id));
    const expected = [
      ...new Set(seed.relations.filter((r) => regions.has(r.to)).map((r) => r.from)),
    ].sort(cmp);
    const found = await backend.findEntities({
      types: null,
      sort: [],
      offset: 0,
      first: 1000,
      filter: {
        kind: 'related',
        direction: 'OUT',
        types: [],
        filter: { kind: 'field', field: 'type', op: 'in', value: ['REGION'] },
      },
    });
    expect(found.items.map((e) => e.id)).toEqual(expected);
    // Both LOCATED_IN (associations, hospitals) and TARGETED (actions) lead to regions.
    expect(new Set(found.items.map((e) => e.type)).size).toBeGreaterThan(1);
  });
});

describe('MemoryBackend.shortestPath between entities joined twice', () => {
  it('takes the relation with the smaller id, whichever was stored first', async () => {
    const entity = (id: string) => bareEntity(id, 'REGION');
    const relation = (id: string, from: string, to: string) => ({
      id,
      type: 'PART_OF',
      from,
      to,
      quantities: [],
      evidence: [],
    });
    // Both ways round, and both stored orders: the walk must not keep whichever it meets first.
    const joins = [
      [relation('r3', 'a', 'b'), relation('r1', 'a', 'b')],
      [relation('r1', 'a', 'b'), relation('r3', 'a', 'b')],
      [relation('r3', 'a', 'b'), relation('r1', 'b', 'a')],
      [relation('r1', 'b', 'a'), relation('r3', 'a', 'b')],
    ];
    for (const join of joins) {
      const backend = new MemoryBackend({
        sources: [],
        entities: [entity('a'), entity('b'), entity('c')],
        relations: [...join, relation('r2', 'b', 'c')],
      });
      const path = await backend.shortestPath('a', 'c', 3);
      expect(path!.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
      expect(
        path!.edges.map((e) => e.id),
        JSON.stringify(join),
      ).toEqual(['r1', 'r2']);
    }
  });
});

describe('MemoryBackend replaying revisions written before variants existed', () => {
  it('reads an entity revision without variants as one with none, standing or retracted', async () => {
    const own = new MemoryBackend(await loadSeed());
    const { variants: _dropped, ...old } = bareEntity('association:before-variants', 'ASSOCIATION');
    const revision = (number: number, action: 'CREATE' | 'RETRACT') => ({
      number,
      factId: old.id,
      kind: 'ENTITY' as const,
      action,
      author: 'key:curator',
      at: new Date(0).toISOString(),
      comment: null,
      reason: action === 'RETRACT' ? 'test' : null,
      changedFields: ['id'],
      record: JSON.stringify(old),
    });
    own.apply(revision(1, 'CREATE'));
    const [standing] = await own.entitiesByIds([old.id]);
    expect(standing).toEqual({ ...old, variants: [] });
    own.apply(revision(2, 'RETRACT'));
    expect((await own.fact(old.id))?.entity).toEqual({ ...old, variants: [] });
  });
});
