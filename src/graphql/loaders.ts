// Per-request DataLoaders: the only way resolvers reach the backend, so each nesting level costs one call per distinct query.
import DataLoader from 'dataloader';
import { latestRevision } from '../curation/changeFeed.js';
import type {
  DisagreementQuery,
  DisagreementRecord,
  EntityFilter,
  GraphBackend,
  FindQuery,
  FindResult,
  PlannedList,
  ReadPlan,
  RelationHit,
  RelationQuery,
  SearchQuery,
  SourceCounts,
  Subgraph,
} from '../graph/port.js';
import type { EntityRecord, FactRecord, RevisionRecord, SourceRecord } from '../model/records.js';

export interface NeighborhoodQuery {
  id: string;
  depth: number;
  limit: number;
}

export interface PathQuery {
  from: string;
  to: string;
  maxDepth: number;
}

export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  /** One loader per distinct relation query, keyed by entity id. */
  relations(query: RelationQuery): DataLoader<string, RelationHit[]>;
  /** One loader per distinct filter, keyed by entity id: does the entity match it? */
  matches(filter: EntityFilter): DataLoader<string, boolean>;
  sources(): Promise<SourceRecord[]>;
  source(id: string): Promise<SourceRecord | null>;
  /** What each source grounds: one backend call per batch of source ids. */
  sourceCounts: DataLoader<string, SourceCounts>;
  disagreements: DataLoader<DisagreementQuery, DisagreementRecord[], string>;
  search: DataLoader<SearchQuery, EntityRecord[], string>;
  find: DataLoader<FindQuery, FindResult, string>;
  /** A whole planned read (planner.ts): one backend call per plan. */
  plan: DataLoader<ReadPlan, PlannedList>;
  neighborhood: DataLoader<NeighborhoodQuery, Subgraph, string>;
  shortestPath: DataLoader<PathQuery, Subgraph | null, string>;
  fact: DataLoader<string, FactRecord | null, string>;
  history: DataLoader<string, RevisionRecord[], string>;
  changes: DataLoader<{ after: number; first: number }, RevisionRecord[], string>;
  /** The latest revision's number (one key, ''; a loader so a request reads it once). */
  latestRevision: DataLoader<string, number, string>;
}

/** A loader for calls that do not batch: it only de-duplicates identical calls within a request. */
function memoized<K, V>(call: (key: K) => Promise<V>): DataLoader<K, V, string> {
  return new DataLoader((keys) => Promise.all(keys.map(call)), {
    cacheKeyFn: (key) => JSON.stringify(key),
  });
}

/** One DataLoader per distinct query (keyed by entity id), so each query batches on its own. */
function loaderPerQuery<Q, V>(
  batch: (query: Q, ids: readonly string[]) => Promise<V[]>,
): (query: Q) => DataLoader<string, V> {
  const loaders = new Map<string, DataLoader<string, V>>();
  return (query) => {
    const key = JSON.stringify(query);
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader((ids) => batch(query, ids));
      loaders.set(key, loader);
    }
    return loader;
  };
}

/** Which of `ids` match `filter`: one findEntities with the filter narrowed to those ids. */
async function matchingIds(
  backend: GraphBackend,
  filter: EntityFilter,
  ids: readonly string[],
): Promise<boolean[]> {
  const found = await backend.findEntities({
    types: null,
    filter: {
      kind: 'and',
      filters: [{ kind: 'field', field: 'id', op: 'in', value: [...ids] }, filter],
    },
    sort: [],
    offset: 0,
    first: ids.length,
    // Only the ids are read.
    count: false,
    grounding: false,
    properties: [],
  });
  const matched = new Set(found.items.map((e) => e.id));
  return ids.map((id) => matched.has(id));
}

export function createLoaders(backend: GraphBackend): Loaders {
  let sources: Promise<SourceRecord[]> | null = null;
  const allSources = () => (sources ??= backend.sources());
  return {
    entity: new DataLoader((ids) => backend.entitiesByIds(ids)),
    relations: loaderPerQuery((query: RelationQuery, ids) => backend.relationsOf(ids, query)),
    matches: loaderPerQuery((filter: EntityFilter, ids) => matchingIds(backend, filter, ids)),
    sources: allSources,
    async source(id) {
      return (await allSources()).find((s) => s.id === id) ?? null;
    },
    sourceCounts: new DataLoader((ids) => backend.sourceCounts(ids)),
    disagreements: memoized((q) => backend.disagreements(q)),
    search: memoized((q) => backend.search(q)),
    find: memoized((q) => backend.findEntities(q)),
    // Not de-duplicated: a plan is made per root field, so two equal plans in one request are two
    // root fields asking the same, and serialising every plan to find out cost more (about 1 % of
    // a planned request's CPU) than the rare second read.
    plan: new DataLoader((plans) => Promise.all(plans.map((p) => backend.readPlan(p))), {
      cache: false,
    }),
    neighborhood: memoized((q) => backend.neighborhood(q.id, q.depth, q.limit)),
    shortestPath: memoized((q) => backend.shortestPath(q.from, q.to, q.maxDepth)),
    fact: memoized((id) => backend.fact(id)),
    history: memoized((id) => backend.history(id)),
    changes: memoized((q) => backend.changes(q.after, q.first)),
    latestRevision: memoized(() => latestRevision(backend)),
  };
}
