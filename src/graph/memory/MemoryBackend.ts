// The embedded adapter: the seed graph held in a graphology multigraph, answering the port in-process, with curated revisions applied on top (and journalled when a journal is given).
import { MultiDirectedGraph } from 'graphology';
import { snapshotVersion } from '../snapshotVersion.js';
import { byId, compareHits, compareStrings, sortComparator } from '../ordering.js';
import { idsRequiredBy, matchesFilter } from './matchesFilter.js';
import { SearchIndex } from './searchIndex.js';
import { walkPlan } from './walkPlan.js';
import { disagreementsOf, sourceCountsOf } from '../disagreements.js';
import {
  BackendUnavailableError,
  checkDepth,
  checkDirection,
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_PATH_DEPTH,
  WriteRefusedError,
  atBatchIndex,
} from '../port.js';
import {
  changeRefusal,
  entityOfRevision,
  factIdOf,
  nameClash,
  replayOf,
  revisionOf,
  versionAfter,
} from '../revisions.js';
import type { Journal } from './journal.js';
import type {
  BackendHealth,
  ChangeRequest,
  DisagreementQuery,
  DisagreementRecord,
  GraphBackend,
  GraphSnapshot,
  FindQuery,
  FindResult,
  PlannedList,
  ReadPlan,
  RelationHit,
  RelationQuery,
  SearchQuery,
  SourceCounts,
  Subgraph,
} from '../port.js';
import type {
  FactKind,
  FactRecord,
  RevisionRecord,
  EntityRecord,
  RelationRecord,
  SourceRecord,
} from '../../model/records.js';

type Graph = MultiDirectedGraph<EntityRecord, RelationRecord>;

export class MemoryBackend implements GraphBackend {
  readonly name = 'memory' as const;
  private readonly graph: Graph = new MultiDirectedGraph();
  /** Entities in id order and their search index: rebuilt on first use after a write. */
  private sortedEntities: EntityRecord[] | null = null;
  private index: SearchIndex | null = null;
  private sourceList: SourceRecord[];
  private readonly seed: GraphSnapshot;
  private version: string | null = null;
  private readonly retractedEntities = new Map<string, EntityRecord>();
  private readonly retractedRelations = new Map<string, RelationRecord>();
  private readonly revisions: RevisionRecord[] = [];
  private readonly revisionsByFact = new Map<string, RevisionRecord[]>();
  private readonly revisionsByKey = new Map<string, RevisionRecord>();
  /** Writes run one at a time: each is checked against the state the previous one left. */
  private writing: Promise<unknown> = Promise.resolve();

  /**
   * `journal`: where curated revisions are made durable before they are applied; its revisions
   * (replayed by the caller through `replay`) are applied on top of the seed.
   */
  constructor(
    seed: GraphSnapshot,
    private readonly journal: Journal | null = null,
  ) {
    this.seed = seed;
    for (const entity of seed.entities) this.graph.addNode(entity.id, entity);
    for (const relation of seed.relations) {
      this.graph.addDirectedEdgeWithKey(relation.id, relation.from, relation.to, relation);
    }
    this.sourceList = [...seed.sources].sort(byId);
  }

  private get entities(): EntityRecord[] {
    return (this.sortedEntities ??= this.graph.mapNodes((_id, entity) => entity).sort(byId));
  }

  private get searchIndex(): SearchIndex {
    return (this.index ??= new SearchIndex(this.entities));
  }

  /** The seed's hash, as the seeder stores it in Neo4j (computed on first use: large graphs load faster), with the latest revision. */
  async dataVersion(): Promise<string> {
    const base = (this.version ??= snapshotVersion(this.seed));
    const last = this.revisions.at(-1);
    return last ? versionAfter(base, last.number) : base;
  }

  /** The fact's kind, version and retraction now, or null when it never existed. */
  private stateOf(id: string): { kind: FactKind; version: number; retracted: boolean } | null {
    const kind: FactKind | null =
      this.graph.hasNode(id) || this.retractedEntities.has(id)
        ? 'ENTITY'
        : this.graph.hasEdge(id) || this.retractedRelations.has(id)
          ? 'RELATION'
          : this.sourceList.some((s) => s.id === id)
            ? 'SOURCE'
            : null;
    if (kind === null) return null;
    const retracted = this.retractedEntities.has(id) || this.retractedRelations.has(id);
    return { kind, version: this.revisionsByFact.get(id)?.at(-1)?.number ?? 0, retracted };
  }

  async fact(id: string): Promise<FactRecord | null> {
    const state = this.stateOf(id);
    if (!state) return null;
    const revisions = this.revisionsByFact.get(id) ?? [];
    const last = revisions.at(-1);
    return {
      id,
      kind: state.kind,
      version: state.version,
      retraction: state.retracted && last ? last : null,
      entity:
        state.kind === 'ENTITY'
          ? (this.retractedEntities.get(id) ?? this.graph.getNodeAttributes(id))
          : null,
      relation:
        state.kind === 'RELATION'
          ? (this.retractedRelations.get(id) ?? this.graph.getEdgeAttributes(id))
          : null,
      source: state.kind === 'SOURCE' ? this.sourceList.find((s) => s.id === id)! : null,
    };
  }

  async history(id: string): Promise<RevisionRecord[]> {
    return [...(this.revisionsByFact.get(id) ?? [])];
  }

  async changes(after: number, first: number): Promise<RevisionRecord[]> {
    // Revision n sits at index n - 1.
    return this.revisions.slice(Math.max(0, after), Math.max(0, after) + first);
  }

  commit(request: ChangeRequest): Promise<RevisionRecord> {
    const committed = this.writing.then(() => this.commitNow([request], false));
    this.writing = committed.catch(() => undefined);
    return committed.then(([revision]) => revision!);
  }

  commitBatch(requests: readonly ChangeRequest[]): Promise<RevisionRecord[]> {
    const committed = this.writing.then(() => this.commitNow(requests, true));
    this.writing = committed.catch(() => undefined);
    return committed;
  }

  /**
   * Checks every request against the state the earlier ones leave, by applying each in turn and
   * undoing them all (synchronously: no read sees the tentative state), then journals the new
   * revisions as one record and only then applies them. A refusal undoes what was applied and
   * throws, marked with the request's position; nothing is journalled.
   */
  private async commitNow(
    requests: readonly ChangeRequest[],
    batch: boolean,
  ): Promise<RevisionRecord[]> {
    const answers: RevisionRecord[] = [];
    const fresh: RevisionRecord[] = [];
    const undo: (() => void)[] = [];
    try {
      requests.forEach((request, index) => {
        try {
          const earlier = request.idempotencyKey && this.revisionsByKey.get(request.idempotencyKey);
          if (earlier) {
            answers.push(replayOf(request, earlier));
            return;
          }
          const revision = this.checked(request);
          undo.push(this.apply(revision));
          answers.push(revision);
          fresh.push(revision);
        } catch (error) {
          throw batch ? atBatchIndex(error, index) : error;
        }
      });
    } finally {
      for (const step of undo.reverse()) step();
    }
    if (fresh.length === 0) return answers;
    // Durable before it is visible or acknowledged; a journal that cannot be written is the
    // storage being unavailable (SERVICE_UNAVAILABLE), and the write is not applied.
    try {
      await this.journal?.append(fresh);
    } catch (error) {
      throw new BackendUnavailableError(
        `the journal cannot be written (${(error as Error).message})`,
        { cause: error },
      );
    }
    for (const revision of fresh) this.apply(revision);
    return answers;
  }

  /** The revision a request becomes on the current state, or the refusal. */
  private checked(request: ChangeRequest): RevisionRecord {
    const { change } = request;
    const id = factIdOf(change);
    const state = this.stateOf(id);
    const refusal = changeRefusal(request, state);
    if (refusal) throw refusal;
    this.refuseOnGraph(request);
    const record =
      change.action === 'ADD_SOURCE'
        ? change.source
        : change.action === 'UPSERT_ENTITY'
          ? change.entity
          : change.action === 'ADD_RELATION'
            ? change.relation
            : state!.kind === 'ENTITY'
              ? this.graph.getNodeAttributes(id)
              : this.graph.getEdgeAttributes(id);
    return revisionOf(
      request,
      (this.revisions.at(-1)?.number ?? 0) + 1,
      state?.kind ?? null,
      record,
    );
  }

  /** What the graph itself refuses: a name another entity holds, a relation between entities that are not (or no longer) standing, an entity retracted while facts point at it. */
  private refuseOnGraph({ change }: ChangeRequest): void {
    if (change.action === 'UPSERT_ENTITY') {
      const { entity } = change;
      const holder = this.graph.findNode(
        (id, other) => id !== entity.id && other.name === entity.name,
      );
      const clash = nameClash(entity, holder ?? null);
      if (clash) throw clash;
    }
    if (change.action === 'ADD_RELATION') {
      for (const end of [change.relation.from, change.relation.to]) {
        if (!this.graph.hasNode(end)) throw new WriteRefusedError(`entity ${end} does not stand`);
      }
    }
    if (change.action === 'RETRACT' && this.graph.hasNode(change.id)) {
      const degree = this.graph.degree(change.id);
      if (degree > 0) {
        throw new WriteRefusedError(
          `${change.id} has ${degree} standing relations; retract them first`,
        );
      }
      if (this.sourceList.some((s) => s.attribution?.entityId === change.id)) {
        throw new WriteRefusedError(`a source is attributed to ${change.id}`);
      }
    }
  }

  /**
   * Applies a committed revision (a new one, or one replayed from the journal); answers what
   * undoes it, as long as nothing applied after it is left standing.
   */
  apply(revision: RevisionRecord): () => void {
    const id = revision.factId;
    let undo: () => void;
    if (revision.action === 'RETRACT') {
      if (revision.kind === 'ENTITY') {
        const entity = this.graph.getNodeAttributes(id);
        this.retractedEntities.set(id, entity);
        this.graph.dropNode(id);
        undo = () => {
          this.retractedEntities.delete(id);
          this.graph.addNode(id, entity);
        };
      } else {
        const relation = this.graph.getEdgeAttributes(id);
        this.retractedRelations.set(id, relation);
        this.graph.dropEdge(id);
        undo = () => {
          this.retractedRelations.delete(id);
          this.graph.addDirectedEdgeWithKey(id, relation.from, relation.to, relation);
        };
      }
    } else if (revision.kind === 'SOURCE') {
      const before = this.sourceList;
      this.sourceList = [...before, JSON.parse(revision.record) as SourceRecord].sort(byId);
      undo = () => {
        this.sourceList = before;
      };
    } else if (revision.kind === 'ENTITY') {
      const entity = entityOfRevision(revision);
      if (this.graph.hasNode(id)) {
        const before = this.graph.getNodeAttributes(id);
        this.graph.replaceNodeAttributes(id, entity);
        undo = () => this.graph.replaceNodeAttributes(id, before);
      } else {
        this.graph.addNode(id, entity);
        undo = () => this.graph.dropNode(id);
      }
    } else {
      const relation = JSON.parse(revision.record) as RelationRecord;
      this.graph.addDirectedEdgeWithKey(id, relation.from, relation.to, relation);
      undo = () => this.graph.dropEdge(id);
    }
    if (revision.kind === 'ENTITY') {
      this.sortedEntities = null;
      this.index = null;
    }
    this.revisions.push(revision);
    if (revision.idempotencyKey) this.revisionsByKey.set(revision.idempotencyKey, revision);
    const ofFact = this.revisionsByFact.get(id);
    if (ofFact) ofFact.push(revision);
    else this.revisionsByFact.set(id, [revision]);
    return () => {
      undo();
      if (revision.kind === 'ENTITY') {
        this.sortedEntities = null;
        this.index = null;
      }
      this.revisions.pop();
      if (revision.idempotencyKey) this.revisionsByKey.delete(revision.idempotencyKey);
      const revisions = this.revisionsByFact.get(id)!;
      revisions.pop();
      if (revisions.length === 0) this.revisionsByFact.delete(id);
    };
  }

  async entitiesByIds(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    return ids.map((id) => (this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : null));
  }

  async relationsOf(ids: readonly string[], query: RelationQuery): Promise<RelationHit[][]> {
    checkDirection(query.direction);
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
    return this.searchIndex.search(query.text, query.types, query.first, query.sources ?? null);
  }

  async findEntities(query: FindQuery): Promise<FindResult> {
    // The sort below ends on id, so the candidates' order does not matter.
    const ids = idsRequiredBy(query.filter);
    const candidates = ids
      ? [...new Set(ids)]
          .filter((id) => this.graph.hasNode(id))
          .map((id) => this.graph.getNodeAttributes(id))
      : this.entities;
    const matched = candidates.filter(
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

  async readPlan(plan: ReadPlan): Promise<PlannedList> {
    return walkPlan(await this.findEntities(plan.root), plan.fields, {
      hits: (id, query) => this.hitsOf(id, query),
      matches: (entity, filter) => matchesFilter(this.graph, entity, filter),
    });
  }

  /** The entities one hop from any of `nodes`, ignoring direction, that `seen` does not hold yet (added to it). */
  private nextLevel(nodes: readonly string[], seen: Map<string, number>, depth: number): string[] {
    const next: string[] = [];
    for (const node of nodes) {
      this.graph.forEachNeighbor(node, (neighbour) => {
        if (seen.has(neighbour)) return;
        seen.set(neighbour, depth);
        next.push(neighbour);
      });
    }
    return next;
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
    checkDepth('neighborhood depth', depth, 0, MAX_NEIGHBORHOOD_DEPTH);
    if (!this.graph.hasNode(id)) return { nodes: [], edges: [] };
    // Breadth first, one whole level at a time, and no further once `limit` entities are reached:
    // nodes are kept by distance, so a farther level could not contribute any.
    const seen = new Map([[id, 0]]);
    const levels = [[id]];
    let reached = 1;
    while (levels.length <= depth && reached < limit) {
      const next = this.nextLevel(levels.at(-1)!, seen, levels.length);
      if (next.length === 0) break;
      levels.push(next);
      reached += next.length;
    }
    const kept: string[] = [];
    for (const level of levels) {
      for (const node of level.sort(compareStrings)) {
        if (kept.length >= limit) break;
        kept.push(node);
      }
    }
    return {
      nodes: kept.map((node) => this.graph.getNodeAttributes(node)),
      edges: this.edgesAmong(new Set(kept)),
    };
  }

  /**
   * The distance to `to` of every entity on a shortest path between `from` and `to` (at most
   * `maxDepth` hops, ignoring direction), or null when there is none. Searches from both ends, always
   * widening the cheaper frontier by one whole level, so a path of length d costs about two balls of
   * radius d/2 rather than one of radius d.
   */
  private shortestPathDistances(
    from: string,
    to: string,
    maxDepth: number,
  ): Map<string, number> | null {
    const fromStart = new Map([[from, 0]]);
    const toEnd = new Map([[to, 0]]);
    let frontierFrom = [from];
    let frontierTo = [to];
    let depthFrom = 0;
    let depthTo = 0;
    let meeting: string[] = [];
    while (meeting.length === 0 && depthFrom + depthTo < maxDepth) {
      if (frontierFrom.length === 0 || frontierTo.length === 0) return null;
      if (this.expansionCost(frontierFrom) <= this.expansionCost(frontierTo)) {
        frontierFrom = this.nextLevel(frontierFrom, fromStart, ++depthFrom);
        meeting = frontierFrom.filter((node) => toEnd.has(node));
      } else {
        frontierTo = this.nextLevel(frontierTo, toEnd, ++depthTo);
        meeting = frontierTo.filter((node) => fromStart.has(node));
      }
    }
    if (meeting.length === 0) return null;

    // The frontiers never met before, so the meeting entities sit exactly depthFrom from `from` and
    // depthTo from `to`, and every shortest path crosses them. Walk back from them to both ends,
    // keeping each entity one level closer: these are all the entities on shortest paths.
    const length = depthFrom + depthTo;
    const onPath = new Map(meeting.map((node) => [node, depthTo]));
    const walkBack = (
      distances: Map<string, number>,
      depth: number,
      toEndOf: (d: number) => number,
    ) => {
      let layer = meeting;
      for (let d = depth - 1; d >= 0; d--) {
        const previous: string[] = [];
        for (const node of layer) {
          this.graph.forEachNeighbor(node, (neighbour) => {
            if (distances.get(neighbour) !== d || onPath.has(neighbour)) return;
            onPath.set(neighbour, toEndOf(d));
            previous.push(neighbour);
          });
        }
        layer = previous;
      }
    };
    walkBack(toEnd, depthTo, (d) => d);
    walkBack(fromStart, depthFrom, (d) => length - d);
    return onPath;
  }

  /** The relations a frontier's expansion would visit (graphology keeps degrees as counters). */
  private expansionCost(frontier: readonly string[]): number {
    let cost = 0;
    for (const node of frontier) cost += this.graph.degree(node);
    return cost;
  }

  async shortestPath(from: string, to: string, maxDepth: number): Promise<Subgraph | null> {
    if (!this.graph.hasNode(from) || !this.graph.hasNode(to)) return null;
    if (from === to) return { nodes: [this.graph.getNodeAttributes(from)], edges: [] };
    if (maxDepth < 1) return null;
    checkDepth('shortestPath maxDepth', maxDepth, 1, MAX_PATH_DEPTH);
    const toTarget = this.shortestPathDistances(from, to, maxDepth);
    let remaining = toTarget?.get(from);
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
        if (toTarget!.get(neighbour) !== remaining! - 1) return;
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

  async sourceCounts(ids: readonly string[]): Promise<SourceCounts[]> {
    return sourceCountsOf(
      ids,
      this.entities,
      this.graph.mapEdges((_key, relation) => relation),
    );
  }

  async disagreements(query: DisagreementQuery): Promise<DisagreementRecord[]> {
    return disagreementsOf(
      this.entities,
      this.graph.mapEdges((_key, relation) => relation),
      query,
    );
  }

  async health(): Promise<BackendHealth> {
    return {
      backend: 'memory',
      ok: true,
      detail: `${this.graph.order} entities, ${this.graph.size} relations in memory`,
    };
  }

  async close(): Promise<void> {
    await this.writing;
    await this.journal?.close();
  }
}
