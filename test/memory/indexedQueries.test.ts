// The indexed search and the bounded traversals answer exactly as plain scans and full breadth-first searches do.
import { beforeAll, describe, expect, it } from 'vitest';
import { generateGraph, prng } from '../helpers/generateGraph.js';
import { loadSeed, type SeedGraph } from '../../src/seed/loadSeed.js';
import {
  byId,
  compareStrings,
  normalizeSearchText,
  rankEntities,
} from '../../src/graph/ordering.js';
import type { EntityRecord } from '../../src/model/records.js';
import type { EntityType } from '../../src/model/index.js';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';

/** Undirected hop distances from `start`, by a plain full breadth-first search. */
function distances(graph: SeedGraph, start: string, maxDepth: number): Map<string, number> {
  const adjacent = new Map<string, string[]>(graph.entities.map((e) => [e.id, []]));
  for (const r of graph.relations) {
    adjacent.get(r.from)!.push(r.to);
    adjacent.get(r.to)!.push(r.from);
  }
  const seen = new Map([[start, 0]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const depth = seen.get(queue[i]!)!;
    if (depth === maxDepth) continue;
    for (const next of adjacent.get(queue[i]!)!) {
      if (seen.has(next)) continue;
      seen.set(next, depth + 1);
      queue.push(next);
    }
  }
  return seen;
}

function referenceSearch(
  graph: SeedGraph,
  text: string,
  types: EntityType[] | null,
  first: number,
) {
  const candidates = [...graph.entities].sort(byId).filter((e) => !types || types.includes(e.type));
  return rankEntities(candidates, normalizeSearchText(text)).slice(0, first);
}

function referenceNeighborhood(
  graph: SeedGraph,
  id: string,
  depth: number,
  limit: number,
): string[] {
  return [...distances(graph, id, depth)]
    .sort(([a, da], [b, db]) => da - db || compareStrings(a, b))
    .slice(0, limit)
    .map(([node]) => node);
}

const ids = (list: readonly EntityRecord[]) => list.map((e) => e.id);

describe.each([
  ['the seed', 0],
  ['a synthetic graph of 3000 relations', 3000],
])('on %s', (_label, relations) => {
  let graph: SeedGraph;
  let backend: MemoryBackend;
  const random = prng(relations + 1);

  beforeAll(async () => {
    const seed = await loadSeed();
    graph = relations ? generateGraph(seed, relations) : seed;
    backend = new MemoryBackend(graph);
  });

  const pickEntity = () => graph.entities[Math.floor(random() * graph.entities.length)]!;

  it('search ranks exact, prefix and substring matches as the full scan does', async () => {
    const needles = [
      '商会',
      '协会',
      '中国',
      '会',
      'a',
      'China',
      'CHAMBER',
      '行业协会',
      '不存在的名字',
      '  ',
    ];
    for (let i = 0; i < 60; i++) {
      const name = pickEntity()[random() < 0.5 ? 'name' : 'nameEn'] ?? '';
      const start = Math.floor(random() * name.length);
      needles.push(name.slice(start, start + 1 + Math.floor(random() * 4)), name);
    }
    for (const text of needles) {
      for (const [types, first] of [
        [null, 20],
        [['ASSOCIATION'], 5],
        [['HOSPITAL', 'REGION'], 100],
        [null, 0],
      ] as const) {
        const found = await backend.search({ text, types, first });
        expect(ids(found), `search "${text}"`).toEqual(
          ids(referenceSearch(graph, text, types ? [...types] : null, first)),
        );
      }
    }
  });

  it('neighborhood keeps the nearest entities, then the smallest ids, as a full search does', async () => {
    const hub = graph.relations[0]!.from;
    for (const id of [hub, ...Array.from({ length: 30 }, () => pickEntity().id)]) {
      for (const [depth, limit] of [
        [0, 10],
        [1, 500],
        [2, 7],
        [2, 500],
        [3, 40],
      ]) {
        const { nodes, edges } = await backend.neighborhood(id, depth!, limit!);
        const expected = referenceNeighborhood(graph, id, depth!, limit!);
        expect(ids(nodes), `${id} depth ${depth} limit ${limit}`).toEqual(expected);
        const kept = new Set(expected);
        const among = graph.relations.filter((r) => kept.has(r.from) && kept.has(r.to));
        expect(edges.map((e) => e.id)).toEqual(among.map((r) => r.id).sort(compareStrings));
      }
    }
  });

  it('shortestPath finds a shortest path with the smallest id sequence, or none within maxDepth', async () => {
    let found = 0;
    for (let i = 0; i < 60; i++) {
      const from = pickEntity().id;
      const to = i % 10 === 0 ? from : pickEntity().id;
      const maxDepth = 1 + (i % 8);
      const path = await backend.shortestPath(from, to, maxDepth);
      const toTarget = distances(graph, to, maxDepth);
      if (!toTarget.has(from)) {
        expect(path, `${from} -> ${to}`).toBeNull();
        continue;
      }
      found++;
      // The reference walk: from `from`, the smallest-id neighbour one hop closer, by the smallest relation id.
      const expected = [from];
      let current = from;
      for (let left = toTarget.get(from)!; left > 0; left--) {
        const next = graph.relations
          .flatMap((r) => (r.from === current ? [r.to] : r.to === current ? [r.from] : []))
          .filter((n) => toTarget.get(n) === left - 1)
          .sort(compareStrings)[0]!;
        expected.push(next);
        current = next;
      }
      expect(ids(path!.nodes), `${from} -> ${to}`).toEqual(expected);
      path!.edges.forEach((edge, k) => {
        const [a, b] = [expected[k]!, expected[k + 1]!];
        const between = graph.relations
          .filter((r) => (r.from === a && r.to === b) || (r.from === b && r.to === a))
          .map((r) => r.id)
          .sort(compareStrings);
        expect(edge.id).toBe(between[0]);
      });
    }
    expect(found).toBeGreaterThan(5);
  });
});
