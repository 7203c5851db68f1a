// The backend port: the one interface both adapters (memory, neo4j) implement, and the queries, plans and changes it takes (the records are src/model/records.ts).
//
// Every method is batch-shaped (many ids in, one answer per id out) so a DataLoader batch maps to
// one call, and every ordering is specified here so both adapters answer identically.

import type { EntityType, RelationType } from '../model/index.js';
import type {
  EntityRecord,
  FactRecord,
  RelationRecord,
  RevisionRecord,
  SourceRecord,
  EntityProperty,
  Quantity,
} from '../model/records.js';

export type Direction = 'OUT' | 'IN' | 'BOTH';

/**
 * The deepest neighborhood and the longest shortest path either adapter answers: the Neo4j
 * adapter has one statement per depth up to these, and the memory adapter holds itself to the
 * same bounds, so a configured limit above them is refused at start-up (config.ts) instead of
 * working on one backend and failing on the other.
 */
export const MAX_NEIGHBORHOOD_DEPTH = 10;
export const MAX_PATH_DEPTH = 10;

const directions: ReadonlySet<string> = new Set<Direction>(['OUT', 'IN', 'BOTH']);

/** Refuses a direction outside the port's three, which would otherwise read as BOTH. */
export function checkDirection(direction: string): void {
  if (!directions.has(direction)) {
    throw new TypeError(`${JSON.stringify(direction)} is not a direction`);
  }
}

/** A depth outside the port's ceilings: the GraphQL layer checks its limits first, so this is a bug. */
export function checkDepth(what: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${what} must be an integer from ${min} to ${max}; got ${value}`);
  }
}

/** The properties every read reads, whatever `properties` a query names. */
export const ALWAYS_READ: readonly EntityProperty[] = ['id', 'type', 'name'];

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

/**
 * What a read's entities need of their own properties. `properties`: the ones anyone reads
 * besides ALWAYS_READ; absent means all. An adapter may leave the others empty (null, [] or false):
 * Neo4j projects only these, the embedded backend hands out its records whole.
 */
export interface EntityProjection {
  properties?: readonly EntityProperty[];
}

export interface SearchQuery extends EntityProjection {
  text: string;
  types: readonly EntityType[] | null;
  first: number;
  /**
   * False when no one will read the hits' evidence and quantities: an adapter may then leave both
   * empty (Neo4j reads 10 properties per hit instead of 19). Absent means true.
   */
  grounding?: boolean;
  /** Only entities some evidence of which cites one of these sources; null (or absent) for all. */
  sources?: readonly string[] | null;
}

/** Entity fields a filter can compare exactly. */
export type FilterField =
  | 'id'
  | 'name'
  | 'nameEn'
  | 'type'
  | 'scope'
  | 'level'
  | 'category'
  | 'activity'
  | 'groupKind'
  | 'statementKind'
  | 'instrumentKind'
  | 'nameEnSource';

/**
 * A filter over entities, the same tree for both adapters: the memory adapter evaluates it, the
 * Neo4j adapter compiles it to a parameterised WHERE clause.
 */
export type EntityFilter =
  | { kind: 'and'; filters: EntityFilter[] }
  | { kind: 'or'; filters: EntityFilter[] }
  | { kind: 'not'; filter: EntityFilter }
  /** Exact comparison of one field (case-sensitive); `in` takes a list. */
  | { kind: 'field'; field: FilterField; op: 'equals' | 'in'; value: string | string[] }
  /** Name, English name or an alias equals / contains the text (normalised as search does). */
  | { kind: 'names'; op: 'equals' | 'contains'; value: string }
  /** Some quantity of the entity has this unit (and item), a value within [min, max] and one of the qualifiers. */
  | {
      kind: 'quantity';
      unit: string | null;
      item: string | null;
      min: number | null;
      max: number | null;
      /** Null: any qualifier. */
      qualifiers: readonly string[] | null;
    }
  /** Some evidence of the entity cites one of these sources (none: nothing matches). */
  | { kind: 'source'; sourceIds: readonly string[] }
  /** Some entity related through these relation types (all when empty) matches `filter` (any when null). */
  | {
      kind: 'related';
      direction: Direction;
      types: readonly string[];
      filter: EntityFilter | null;
    };

/**
 * Sort keys. `money` is the sum of an entity's CNY quantities (0 without any). Strings compare by
 * code unit. Missing values (a null nameEn) sort last ascending and first descending, as in Cypher.
 * Every sort ends with id ascending as the tie-break.
 */
export type SortField = 'id' | 'name' | 'nameEn' | 'category' | 'money';

export interface SortKey {
  field: SortField;
  direction: 'ASC' | 'DESC';
}

export interface FindQuery extends EntityProjection {
  /** Entity types to consider; null for all. */
  types: readonly EntityType[] | null;
  filter: EntityFilter | null;
  sort: readonly SortKey[];
  offset: number;
  first: number;
  /** False when no one reads totalCount: an adapter may then report 0. Absent means true. */
  count?: boolean;
  /** False when no one reads the items' evidence and quantities (as SearchQuery.grounding). */
  grounding?: boolean;
}

export interface FindResult {
  /** How many entities match, before offset and first. */
  totalCount: number;
  items: EntityRecord[];
}

/** One step of a planned relationship field: as relationsOf follows it, from every entity reached so far. */
export interface PlanHop {
  direction: 'OUT' | 'IN';
  types: readonly RelationType[];
  /** Only entities of these types at the far end; null for all. */
  nodeTypes: readonly EntityType[] | null;
}

/**
 * A typed relationship field of a planned read, answered for every entity it hangs under: the
 * hops followed as relationsOf would (each entity's hits by relation type then id, cut to
 * `perEntity`; the entities reached in that order, first occurrence kept), then `filter`, then
 * `sort` (keys then id; none keeps the hops' order), then `page`, then its own fields per item.
 */
export interface PlannedField {
  /** The name the answer is filed under (the GraphQL layer's response key). */
  key: string;
  /** Answered only under entities of these types; null under every entity. */
  onTypes: readonly EntityType[] | null;
  hops: readonly PlanHop[];
  /** Most hits per entity and hop (RelationQuery.first). */
  perEntity: number;
  filter: EntityFilter | null;
  sort: readonly SortKey[];
  /** The part of the sorted matches kept; null keeps them all. */
  page: { offset: number; first: number } | null;
  fields: readonly PlannedField[];
}

/** A whole read: the entities findEntities would answer, and the relationship fields below them. */
export interface ReadPlan extends EntityProjection {
  /** The root entities; its count, grounding and properties give way to the plan's own. */
  root: FindQuery;
  /** False when no one reads the root's totalCount: an adapter may then report 0. */
  rootCount: boolean;
  fields: readonly PlannedField[];
  /**
   * False when no one reads any planned entity's evidence and quantities: an adapter may then
   * leave both empty (as SearchQuery.grounding). Absent means true.
   */
  grounding?: boolean;
}

/** An entity of a planned read, with the answers of the planned fields below it, by key. */
export interface PlannedEntity {
  entity: EntityRecord;
  fields: Record<string, PlannedList>;
}

/** The answer to a planned list: how many matched before the page, and the page. */
export interface PlannedList {
  totalCount: number;
  items: PlannedEntity[];
}

export interface Subgraph {
  nodes: EntityRecord[];
  edges: RelationRecord[];
}

/** A whole graph as records: what the embedded adapter is built from (the seed, or a generated graph). */
export interface GraphSnapshot {
  sources: SourceRecord[];
  entities: EntityRecord[];
  relations: RelationRecord[];
}

/**
 * What one source grounds among the standing facts: the entities and relations some evidence of
 * which cites it, and the quantities of those facts read from one of its quotes (a quantity's
 * text occurs in a quote of that source: disagreements.ts quantitySources).
 */
export interface SourceCounts {
  sourceId: string;
  entities: number;
  relations: number;
  quantities: number;
}

/** Which disagreements to list: those with a reading from `source` (null: all), at most `first`. */
export interface DisagreementQuery {
  source: string | null;
  first: number;
}

/** One source's reading of a disagreement's field. */
export interface ReadingRecord {
  /** The value as a string: the English name, or the quantity's value (String(value)). */
  value: string;
  /** The quantity read, for a quantity; null for a name. */
  quantity: Quantity | null;
  sourceId: string;
}

/**
 * A field of one standing fact that two sources read differently (disagreements.ts says when):
 * every reading kept, by source id then value.
 */
export interface DisagreementRecord {
  factId: string;
  /** The entity, when the fact is one; null for a relation. */
  entity: EntityRecord | null;
  /** The relation, when the fact is one; null for an entity. */
  relation: RelationRecord | null;
  field: 'nameEn' | 'quantity';
  /** For a quantity: the unit and item every reading shares; null for a name. */
  unit: string | null;
  item: string | null;
  readings: ReadingRecord[];
}

export interface BackendHealth {
  backend: 'memory' | 'neo4j';
  ok: boolean;
  detail: string;
}

/** One change, checked against the model and the sources by the caller (src/curation). */
export type Change =
  | { action: 'ADD_SOURCE'; source: SourceRecord }
  | { action: 'UPSERT_ENTITY'; entity: EntityRecord }
  | { action: 'ADD_RELATION'; relation: RelationRecord }
  | { action: 'RETRACT'; id: string; reason: string };

export interface ChangeRequest {
  change: Change;
  /** The version of the fact the writer read: null for a fact it expects not to exist. */
  baseVersion: number | null;
  author: string;
  comment: string | null;
  changedFields: string[];
  /**
   * Names this write across its attempts: a revision committed under the same key (by the same
   * author, for the same fact) is the write already done, and is answered instead of committing
   * again. Null: every attempt is new (the Neo4j adapter still keys its own retries).
   */
  idempotencyKey?: string | null;
}

/** A write the graph's current state refuses: the base version is stale, or an end is gone. */
export class WriteConflictError extends Error {
  override name = 'WriteConflictError';
}

/** A write the model refuses on the graph's current state (a retracted fact revived, an end unknown). */
export class WriteRefusedError extends Error {
  override name = 'WriteRefusedError';
}

/**
 * Marks a refusal with the position of the batch request that caused it (commitBatch), so the
 * writer learns which one to fix (GraphQL: `extensions.index`). Returns the same error.
 */
export function atBatchIndex<E>(error: E, index: number): E {
  if (error instanceof Error) Object.assign(error, { batchIndex: index });
  return error;
}

/** The batch position atBatchIndex put on an error, or null. */
export function batchIndexOf(error: unknown): number | null {
  const index = (error as { batchIndex?: unknown } | null)?.batchIndex;
  return typeof index === 'number' ? index : null;
}

/**
 * Orderings both adapters guarantee:
 * - relationsOf: per entity, by relation type, then relation id (ascending, code-unit order).
 * - search: exact name/alias match first, then prefix, then substring; ties by id.
 * - findEntities: by the query's sort keys, then id.
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
  /** Filtered, sorted and paged entities, with the total count. */
  findEntities(query: FindQuery): Promise<FindResult>;
  /** A whole planned read (ReadPlan) in one call: one statement on Neo4j. */
  readPlan(plan: ReadPlan): Promise<PlannedList>;
  neighborhood(id: string, depth: number, limit: number): Promise<Subgraph>;
  shortestPath(from: string, to: string, maxDepth: number): Promise<Subgraph | null>;
  sources(): Promise<SourceRecord[]>;
  /** What each source grounds, one answer per id (zeros for an unknown id): one statement on Neo4j. */
  sourceCounts(ids: readonly string[]): Promise<SourceCounts[]>;
  /** Facts two sources read differently (disagreements.ts), by fact id then field. */
  disagreements(query: DisagreementQuery): Promise<DisagreementRecord[]>;
  /** The fact (entity, relation or source) with this id, retracted or not; null when it never existed. */
  fact(id: string): Promise<FactRecord | null>;
  /** Every revision of one fact, oldest first. */
  history(id: string): Promise<RevisionRecord[]>;
  /** Revisions numbered after `after`, oldest first, at most `first`. */
  changes(after: number, first: number): Promise<RevisionRecord[]>;
  /**
   * Commits one change atomically as the next revision, after checking it against the current
   * state (changeRefusal, and a relation's ends still stand): throws WriteConflictError or
   * WriteRefusedError without changing anything. Durable when it resolves.
   */
  commit(request: ChangeRequest): Promise<RevisionRecord>;
  /**
   * Commits several changes all or nothing, in order, one revision each, numbered consecutively:
   * each request is checked as `commit` checks it, against the state the earlier requests of the
   * batch leave (a relation may join entities the batch creates). A request whose idempotency key
   * names a committed revision is answered with that revision (as `commit` does) and commits
   * nothing; the others are committed. The answer holds one revision per request, in order. A
   * refusal (WriteConflictError, WriteRefusedError, marked by atBatchIndex with the request's
   * position) writes nothing of the batch. Durable when it resolves.
   */
  commitBatch(requests: readonly ChangeRequest[]): Promise<RevisionRecord[]>;
  /**
   * Names the data the backend holds: it changes whenever the data changes (a new seed, a write),
   * and every server reading the same data gets the same value, so whole responses can be cached
   * under it. null when the backend cannot say (a database seeded before versions existed, or
   * unreachable): nothing may then be cached.
   */
  dataVersion(): Promise<string | null>;
  health(): Promise<BackendHealth>;
  close(): Promise<void>;
}

/** The backend cannot answer right now (database down or unreachable); the request may be retried. */
export class BackendUnavailableError extends Error {
  override name = 'BackendUnavailableError';
}
