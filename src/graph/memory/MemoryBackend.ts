// The embedded adapter: the seed graph held in a graphology multigraph, answering the port in-process.
import { MultiDirectedGraph } from 'graphology';
import { bfsFromNode } from 'graphology-traversal';
import type { SeedGraph } from '../../seed/loadSeed.js';
import {
  byId,
  compareHits,
  compareStrings,
  normalizeSearchText,
  rankEntities,
  sortComparator,
} from '../ordering.js';
import { matchesFilter } from './matchesFilter.js';
import type {
  BackendHealth,
  EntityRecord,
  GraphBackend,
  FindQuery,
  FindResult,
  RelationHit,
  RelationQuery,
  RelationRecord,
  SearchQuery,
  SourceRecord,
  Subgraph,
} from '../port.js';

type Graph = MultiDirectedGraph<EntityRecord, RelationRecord>;

export class MemoryBackend implements GraphBackend {
  readonly name = 'memory' as const;
  private readonly graph: Graph = new MultiDirectedGraph();
  private readonly entities: EntityRecord[];
  private readonly sourceList: SourceRecord[];

  constructor(seed: SeedGraph) {
    for (const entity of seed.entities) this.graph.addNode(entity.id, entity);
    for (const relation of seed.relations) {
      this.graph.addDirectedEdgeWithKey(relation.id, relation.from, relation.to, relation);
    }
    this.entities = [...seed.entities].sort(byId);
    this.sourceList = [...seed.sources].sort(byId);
  }

  async entitiesByIds(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    return ids.map((id) => (this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : null));
  }

  async relationsOf(ids: readonly string[], query: RelationQuery): Promise<RelationHit[][]> {
    return ids.map((id) => this.hitsOf(id, query));
  }

  private hitsOf(id: string, query: RelationQuery): RelationHit[] {
    if (!this.graph.hasNode(id)) return [];
    const hits: RelationHit[] = [];
    const collect = (direction: 'OUT' | 'IN') => (edge: string) => {
      const relation = this.graph.getEdgeAttributes(edge);
      if (query.types?.length && !query.types.includes(relation.type)) return;
      const node = this.graph.getNodeAttributes(direction === 'OUT' ? relation.to : relation.from);
      if (query.nodeTypes && !query.nodeTypes.includes(node.type)) return;
      hits.push({ relation, direction, node });
    };
    if (query.direction !== 'IN') this.graph.forEachOutEdge(id, collect('OUT'));
    if (query.direction !== 'OUT') this.graph.forEachInEdge(id, collect('IN'));
    return hits.sort(compareHits).slice(0, query.first);
  }

  async search(query: SearchQuery): Promise<EntityRecord[]> {
    const candidates = query.types
      ? this.entities.filter((e) => query.types!.includes(e.type))
      : this.entities;
    return rankEntities(candidates, normalizeSearchText(query.text)).slice(0, query.first);
  }

  async findEntities(query: FindQuery): Promise<FindResult> {
    const matched = this.entities.filter(
      (e) =>
        (query.types === null || query.types.includes(e.type)) &&
        (query.filter === null || matchesFilter(this.graph, e, query.filter)),
    );
    matched.sort(sortComparator(query.sort));
    return {
      totalCount: matched.length,
      items: matched.slice(query.offset, query.offset + query.first),
    };
  }

  /** Hop distance from `start` to every entity within `maxDepth` hops, ignoring direction. */
  private distancesFrom(start: string, maxDepth: number): Map<string, number> {
    const distances = new Map<string, number>();
    bfsFromNode(
      this.graph,
      start,
      (node, _attributes, depth) => {
        distances.set(node, depth);
        return depth >= maxDepth;
      },
      { mode: 'directed' },
    );
    return distances;
  }

  /** All relations between two kept entities, by id. */
  private edgesAmong(nodeIds: Set<string>): RelationRecord[] {
    const edges: RelationRecord[] = [];
    for (const id of nodeIds) {
      this.graph.forEachOutEdge(id, (_edge, relation) => {
        if (nodeIds.has(relation.to)) edges.push(relation);
      });
    }
    return edges.sort(byId);
  }

  async neighborhood(id: string, depth: number, limit: number): Promise<Subgraph> {
    if (!this.graph.hasNode(id)) return { nodes: [], edges: [] };
    const kept = [...this.distancesFrom(id, depth)]
      .sort(([a, da], [b, db]) => da - db || compareStrings(a, b))
      .slice(0, limit)
      .map(([node]) => node);
    return {
      nodes: kept.map((node) => this.graph.getNodeAttributes(node)),
      edges: this.edgesAmong(new Set(kept)),
    };
  }

  async shortestPath(from: string, to: string, maxDepth: number): Promise<Subgraph | null> {
    if (!this.graph.hasNode(from) || !this.graph.hasNode(to)) return null;
    const toTarget = this.distancesFrom(to, maxDepth);
    let remaining = toTarget.get(from);
    if (remaining === undefined) return null;

    // Walk from `from`, always to the smallest-id neighbour one hop closer to `to`: this yields the
    // shortest path with the smallest node-id sequence, the tie-break the Neo4j adapter also uses.
    const nodes = [this.graph.getNodeAttributes(from)];
    const edges: RelationRecord[] = [];
    let current = from;
    while (remaining > 0) {
      let next: string | null = null;
      let via: RelationRecord | null = null;
      this.graph.forEachEdge(current, (_edge, relation) => {
        const neighbour = relation.from === current ? relation.to : relation.from;
        if (toTarget.get(neighbour) !== remaining! - 1) return;
        const better =
          next === null ||
          compareStrings(neighbour, next) < 0 ||
          (neighbour === next && compareStrings(relation.id, via!.id) < 0);
        if (better) {
          next = neighbour;
          via = relation;
        }
      });
      current = next!;
      nodes.push(this.graph.getNodeAttributes(current));
      edges.push(via!);
      remaining -= 1;
    }
    return { nodes, edges };
  }

  async sources(): Promise<SourceRecord[]> {
    return this.sourceList;
  }

  async health(): Promise<BackendHealth> {
    return {
      backend: 'memory',
      ok: true,
      detail: `${this.graph.order} entities, ${this.graph.size} relations in memory`,
    };
  }

  async close(): Promise<void> {}
}
