// The explorer surface (search, entity, relations, neighborhood, shortestPath, sources) over HTTP.
import { expect, it } from 'vitest';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { describeConformance, idOf } from '../helpers/conformance.js';
import { allEntities } from '../helpers/graphOracle.js';

interface Node {
  id: string;
  name: string;
  type: string;
}
interface Edge {
  id: string;
  type: string;
  from: string;
  to: string;
}
interface Subgraph {
  nodes: Node[];
  edges: Edge[];
}

const subgraphFields = `nodes { id name type } edges { id type from to }`;

describeConformance('explorer', (server) => {
  it('finds the Huoshenshan hospital by the Chinese substring 火神山, ranked first', async () => {
    const result = await server().query<{ search: Node[] }>(
      `{ search(text: "火神山") { id name type } }`,
    );
    expect(result.errors).toBeUndefined();
    const [first] = result.data!.search;
    expect(first).toMatchObject({ name: '武汉火神山医院', type: 'HOSPITAL' });
    for (const hit of result.data!.search) expect(hit.name).toBeTruthy();
  });

  it('searches English names case-insensitively and filters by type', async () => {
    const result = await server().query<{ all: Node[]; gov: Node[] }>(
      `{ all: search(text: "foxconn") { id name type }
         gov: search(text: "民政部", types: [GOVERNMENT_BODY]) { id name type } }`,
    );
    const entities = [...(await allEntities(server())).values()];
    const containing = (text: string) =>
      entities
        .filter((e) =>
          [e.name, e.nameEn, ...e.aliases].some((n) => n?.toLowerCase().includes(text)),
        )
        .map((e) => e.id)
        .sort();
    expect(result.data!.all.map((e) => e.id).sort()).toEqual(containing('foxconn'));
    expect(result.data!.all.map((e) => e.name)).toContain('富士康集团');
    const governmentBodies = new Set(
      entities.filter((e) => e.type === 'GOVERNMENT_BODY').map((e) => e.id),
    );
    expect(result.data!.gov.map((e) => e.id).sort()).toEqual(
      containing('民政部').filter((id) => governmentBodies.has(id)),
    );
    expect(result.data!.gov.length).toBeGreaterThan(1);
    expect(result.data!.gov[0]!.name).toBe('民政部');
  });

  it('ranks an exact name before names that only contain the text', async () => {
    const result = await server().query<{ search: Node[] }>(
      `{ search(text: "中国钢铁工业协会") { name } }`,
    );
    expect(result.data!.search[0]!.name).toBe('中国钢铁工业协会');
  });

  it('returns null for an unknown entity id and an empty neighborhood for it', async () => {
    const result = await server().query<{ entity: null; neighborhood: Subgraph }>(
      `{ entity(id: "association:nope") { id } neighborhood(id: "association:nope") { ${subgraphFields} } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.entity).toBeNull();
    expect(result.data!.neighborhood).toEqual({ nodes: [], edges: [] });
  });

  it('shows each relation from the side it was reached from, with evidence in the source text', async () => {
    const id = await idOf(server(), '中国电子商会');
    const result = await server().query<{
      entity: {
        relations: {
          id: string;
          type: string;
          direction: string;
          node: Node;
          evidence: { quote: string; start: number; end: number; source: { text: string } }[];
        }[];
      };
    }>(
      `query ($id: ID!) { entity(id: $id) { relations { id type direction node { id name type }
          evidence { quote start end source { text } } } } }`,
      { id },
    );
    const relations = result.data!.entity.relations;
    expect(relations.map((r) => r.type)).toEqual(
      expect.arrayContaining(['PERFORMED', 'PARTNERED_WITH']),
    );
    for (const r of relations) {
      const [from, , to] = r.id.split('|');
      expect(r.direction === 'OUT' ? from : to).toBe(id);
      expect(r.direction === 'OUT' ? to : from).toBe(r.node.id);
      for (const e of r.evidence) expect(e.source.text.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it('filters relations by direction, type and first', async () => {
    const id = await idOf(server(), '中国钢铁工业协会');
    const result = await server().query<{
      entity: {
        all: { type: string; direction: string }[];
        out: { type: string; direction: string }[];
        one: unknown[];
      };
    }>(
      `query ($id: ID!) { entity(id: $id) {
          all: relations { type direction }
          out: relations(direction: OUT, types: ["PERFORMED"]) { type direction }
          one: relations(first: 1) { type } } }`,
      { id },
    );
    const { all, out, one } = result.data!.entity;
    expect(out.length).toBeGreaterThanOrEqual(3);
    expect(out.every((r) => r.type === 'PERFORMED' && r.direction === 'OUT')).toBe(true);
    expect(out.length).toBe(
      all.filter((r) => r.type === 'PERFORMED' && r.direction === 'OUT').length,
    );
    expect(one).toHaveLength(1);
  });

  it('returns the depth-1 neighborhood: the entity and exactly its direct neighbours', async () => {
    const id = await idOf(server(), '武汉火神山医院');
    const result = await server().query<{
      neighborhood: Subgraph;
      entity: { relations: { node: { id: string } }[] };
    }>(
      `query ($id: ID!) { neighborhood(id: $id, depth: 1) { ${subgraphFields} }
         entity(id: $id) { relations(first: 1000) { node { id } } } }`,
      { id },
    );
    const { neighborhood, entity } = result.data!;
    const expected = new Set([id, ...entity.relations.map((r) => r.node.id)]);
    expect(new Set(neighborhood.nodes.map((n) => n.id))).toEqual(expected);
    expect(neighborhood.nodes[0]!.id).toBe(id);
    const kept = new Set(neighborhood.nodes.map((n) => n.id));
    expect(neighborhood.edges.every((e) => kept.has(e.from) && kept.has(e.to))).toBe(true);
    expect(neighborhood.edges.length).toBeGreaterThanOrEqual(entity.relations.length);
  });

  it('grows the neighborhood with depth 2 and caps it at limit', async () => {
    const id = await idOf(server(), '武汉火神山医院');
    const result = await server().query<{ d1: Subgraph; d2: Subgraph; capped: Subgraph }>(
      `query ($id: ID!) { d1: neighborhood(id: $id, depth: 1) { ${subgraphFields} }
         d2: neighborhood(id: $id, depth: 2) { ${subgraphFields} }
         capped: neighborhood(id: $id, depth: 2, limit: 5) { ${subgraphFields} } }`,
      { id },
    );
    const { d1, d2, capped } = result.data!;
    const d2Ids = new Set(d2.nodes.map((n) => n.id));
    expect(d2.nodes.length).toBeGreaterThan(d1.nodes.length);
    expect(d1.nodes.every((n) => d2Ids.has(n.id))).toBe(true);
    expect(capped.nodes).toHaveLength(5);
    // The cap keeps the nearest entities first: every depth-1 node before any depth-2 one.
    expect(capped.nodes.map((n) => n.id)).toEqual(d2.nodes.slice(0, 5).map((n) => n.id));
    const kept = new Set(capped.nodes.map((n) => n.id));
    expect(capped.edges.every((e) => kept.has(e.from) && kept.has(e.to))).toBe(true);
  });

  it('finds a shortest path from 民政部 to 富士康集团 whose edges chain its nodes', async () => {
    const from = await idOf(server(), '民政部');
    const to = await idOf(server(), '富士康集团');
    const result = await server().query<{ shortestPath: Subgraph }>(
      `query ($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { ${subgraphFields} } }`,
      { from, to },
    );
    const path = result.data!.shortestPath;
    expect(path.nodes[0]!.id).toBe(from);
    expect(path.nodes.at(-1)!.id).toBe(to);
    expect(path.edges).toHaveLength(path.nodes.length - 1);
    path.edges.forEach((edge, i) => {
      const ends = [path.nodes[i]!.id, path.nodes[i + 1]!.id].sort();
      expect([edge.from, edge.to].sort()).toEqual(ends);
    });
    // No shorter path exists: with one hop less the answer is null.
    const shorter = await server().query<{ shortestPath: Subgraph | null }>(
      `query ($from: ID!, $to: ID!, $d: Int!) { shortestPath(from: $from, to: $to, maxDepth: $d) { nodes { id } } }`,
      { from, to, d: path.edges.length - 1 },
    );
    expect(shorter.errors).toBeUndefined();
    expect(shorter.data!.shortestPath).toBeNull();
  });

  it('returns null for a path to an unknown entity, and a one-node path from an entity to itself', async () => {
    const id = await idOf(server(), '民政部');
    const result = await server().query<{ none: null; self: Subgraph }>(
      `query ($id: ID!) { none: shortestPath(from: $id, to: "company:nope") { nodes { id } }
         self: shortestPath(from: $id, to: $id) { ${subgraphFields} } }`,
      { id },
    );
    expect(result.data!.none).toBeNull();
    expect(result.data!.self.nodes.map((n) => n.id)).toEqual([id]);
    expect(result.data!.self.edges).toEqual([]);
  });

  it('lists the source with its metadata and full text', async () => {
    const result = await server().query<{
      sources: { id: string; title: string; author: string; date: string | null; text: string }[];
    }>(`{ sources { id title author date text } }`);
    const [source] = result.data!.sources;
    const [seeded] = (await loadSeed()).sources;
    expect(source).toMatchObject({ author: seeded!.author, date: seeded!.date });
    expect(source!.author).toBe('王勇');
    expect(source!.text).toContain('中国电子商会号召会员企业累计捐款捐物约22亿元');
  });
});
