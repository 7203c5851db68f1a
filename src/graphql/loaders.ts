// Per-request DataLoaders: the only way resolvers reach the backend, so each nesting level costs one call per distinct query.
import DataLoader from 'dataloader';
import type {
  EntityRecord,
  GraphBackend,
  FindQuery,
  FindResult,
  RelationHit,
  RelationQuery,
  SearchQuery,
  SourceRecord,
  Subgraph,
} from '../graph/port.js';

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
  sources(): Promise<SourceRecord[]>;
  source(id: string): Promise<SourceRecord | null>;
  search: DataLoader<SearchQuery, EntityRecord[], string>;
  find: DataLoader<FindQuery, FindResult, string>;
  neighborhood: DataLoader<NeighborhoodQuery, Subgraph, string>;
  shortestPath: DataLoader<PathQuery, Subgraph | null, string>;
}

/** A loader for calls that do not batch: it only de-duplicates identical calls within a request. */
function memoized<K, V>(call: (key: K) => Promise<V>): DataLoader<K, V, string> {
  return new DataLoader((keys) => Promise.all(keys.map(call)), {
    cacheKeyFn: (key) => JSON.stringify(key),
  });
}

export function createLoaders(backend: GraphBackend): Loaders {
  const relationLoaders = new Map<string, DataLoader<string, RelationHit[]>>();
  let sources: Promise<SourceRecord[]> | null = null;
  const allSources = () => (sources ??= backend.sources());
  return {
    entity: new DataLoader((ids) => backend.entitiesByIds(ids)),
    relations(query) {
      const key = JSON.stringify([query.direction, query.types, query.nodeTypes, query.first]);
      let loader = relationLoaders.get(key);
      if (!loader) {
        loader = new DataLoader((ids) => backend.relationsOf(ids, query));
        relationLoaders.set(key, loader);
      }
      return loader;
    },
    sources: allSources,
    async source(id) {
      return (await allSources()).find((s) => s.id === id) ?? null;
    },
    search: memoized((q) => backend.search(q)),
    find: memoized((q) => backend.findEntities(q)),
    neighborhood: memoized((q) => backend.neighborhood(q.id, q.depth, q.limit)),
    shortestPath: memoized((q) => backend.shortestPath(q.from, q.to, q.maxDepth)),
  };
}
