// The backend port: the records both adapters (memory, neo4j) return and the one interface they implement.
//
// Every method is batch-shaped (many ids in, one answer per id out) so a DataLoader batch maps to
// one call, and every ordering is specified here so both adapters answer identically.

export type EntityType =
  | 'ASSOCIATION'
  | 'GOVERNMENT_BODY'
  | 'COMPANY'
  | 'HOSPITAL'
  | 'RELIEF_ACTION'
  | 'REGION'
  | 'MEETING';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface Quantity {
  value: number;
  unit: string;
  item: string | null;
  approximate: boolean;
  text: string;
}

export interface EvidenceRecord {
  sourceId: string;
  quote: string;
  start: number;
  end: number;
}

export interface SourceRecord {
  id: string;
  title: string;
  titleEn: string | null;
  publisher: string | null;
  author: string | null;
  date: string | null;
  text: string;
}

/** An entity with the kind-specific fields flattened; fields another kind does not have are null. */
export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  nameEn: string | null;
  aliases: string[];
  collective: boolean;
  quantities: Quantity[];
  evidence: EvidenceRecord[];
  /** Associations: NATIONAL | LOCAL. */
  scope: string | null;
  /** Regions: COUNTRY | PROVINCE | CITY | AREA. */
  level: string | null;
  /** Meetings: ISO 8601 date. */
  date: string | null;
  /** Relief actions: one of the ReliefCategory values. */
  category: string | null;
}

export interface RelationRecord {
  id: string;
  type: string;
  from: string;
  to: string;
  quantities: Quantity[];
  evidence: EvidenceRecord[];
}

/** One relationship seen from one of its ends, with the entity at the other end. */
export interface RelationHit {
  relation: RelationRecord;
  /** OUT when the entity it was reached from is the relation's start. */
  direction: 'OUT' | 'IN';
  node: EntityRecord;
}

export interface RelationQuery {
  direction: Direction;
  /** Relation types to follow; null or empty means all. */
  types: readonly string[] | null;
  /** Only hits whose other end has one of these entity types; null means all. */
  nodeTypes: readonly EntityType[] | null;
  /** At most this many hits per entity. */
  first: number;
}

export interface SearchQuery {
  text: string;
  types: readonly EntityType[] | null;
  first: number;
}

export interface ListQuery {
  type: EntityType;
  /** Associations only: NATIONAL | LOCAL. */
  scope: string | null;
  /** Relief actions only. */
  category: string | null;
  first: number;
}

export interface Subgraph {
  nodes: EntityRecord[];
  edges: RelationRecord[];
}

export interface BackendHealth {
  backend: 'memory' | 'neo4j';
  ok: boolean;
  detail: string;
}

/**
 * Orderings both adapters guarantee:
 * - relationsOf: per entity, by relation type, then relation id (ascending, code-unit order).
 * - search: exact name/alias match first, then prefix, then substring; ties by id.
 * - listEntities: by id.
 * - neighborhood: nodes by hop distance, then id, capped at `limit`; edges are all relations
 *   between kept nodes, by id.
 * - shortestPath: of all shortest undirected paths, the one whose node-id sequence is smallest;
 *   between two consecutive nodes, the relation with the smallest id.
 */
export interface GraphBackend {
  readonly name: 'memory' | 'neo4j';
  entitiesByIds(ids: readonly string[]): Promise<(EntityRecord | null)[]>;
  relationsOf(ids: readonly string[], query: RelationQuery): Promise<RelationHit[][]>;
  search(query: SearchQuery): Promise<EntityRecord[]>;
  listEntities(query: ListQuery): Promise<EntityRecord[]>;
  neighborhood(id: string, depth: number, limit: number): Promise<Subgraph>;
  shortestPath(from: string, to: string, maxDepth: number): Promise<Subgraph | null>;
  sources(): Promise<SourceRecord[]>;
  health(): Promise<BackendHealth>;
  close(): Promise<void>;
}

/** The backend cannot answer right now (database down or unreachable); the request may be retried. */
export class BackendUnavailableError extends Error {
  override name = 'BackendUnavailableError';
}
