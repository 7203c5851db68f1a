// The Neo4j adapter: answers the port through neo4j-driver, one Cypher statement per call.
import neo4j, {
  Neo4jError,
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
} from 'neo4j-driver';
import { randomUUID } from 'node:crypto';
import { remainingMs } from '../callDeadline.js';
import { DeadlineExceededError } from '../withDeadline.js';
import { normalizeSearchText } from '../ordering.js';
import {
  BackendUnavailableError,
  checkDepth,
  checkDirection,
  WriteRefusedError,
  atBatchIndex,
  type BackendHealth,
  type Change,
  type ChangeRequest,
  type DisagreementQuery,
  type DisagreementRecord,
  type GraphBackend,
  type FindQuery,
  type FindResult,
  type PlannedList,
  type ReadPlan,
  type RelationHit,
  type RelationQuery,
  type SearchQuery,
  type SourceCounts,
  type Subgraph,
} from '../port.js';
import { disagreementsOf } from '../disagreements.js';
import {
  changeRefusal,
  entityOfRevision,
  factIdOf,
  nameClash,
  replayOf,
  revisionOf,
  versionAfter,
} from '../revisions.js';
import type {
  FactKind,
  FactRecord,
  RevisionRecord,
  EntityRecord,
  RelationRecord,
  SourceRecord,
} from '../../model/records.js';
import {
  APPEND_REVISION,
  CHANGES,
  DATA_VERSION,
  ENTITIES_BY_IDS,
  ENTITY_ATTACHMENTS,
  FACT,
  HISTORY,
  MERGE_ENTITIES,
  MERGE_RELATIONS,
  MERGE_SOURCES,
  NEXT_REVISION,
  REMOVE_ENTITY,
  REMOVE_RELATION,
  REVISION_BY_KEY,
  ENTITY_NAMED,
  SET_DATA_VERSION,
  LOCK_REVISIONS,
  FINISH_BATCH,
  REVISIONS_BY_KEYS,
  GRAPH_COUNTS,
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_PATH_DEPTH,
  NEIGHBORHOOD_BY_DEPTH,
  RELATIONS_OF,
  searchProjecting,
  SHORTEST_PATH_BY_MAX_DEPTH,
  SINGLE_NODE_PATH,
  SERVER_VERSION,
  SOURCES,
  SOURCE_COUNTS,
  DISAGREEMENT_CANDIDATES,
} from './cypher.js';
import { compileFindQuery } from './filterCypher.js';
import { compileReadPlan } from './planCypher.js';
import type { RelationType } from '../../model/index.js';
import {
  entityReadKeys,
  entityRow,
  relationRow,
  revisionRow,
  sourceRow,
  StoredRecordError,
  type EntityValues,
  type LevelRow,
  toEntity,
  toPlannedList,
  toRevision,
  toNumber,
  toRelation,
  toRelationHit,
  toSource,
  type StoredMap,
} from './records.js';

export interface Neo4jBackendOptions {
  /** bolt://, neo4j:// or their +s / +ssc variants (Aura: neo4j+s://…). */
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Server-side limit on each transaction, in milliseconds. */
  transactionTimeoutMs?: number;
  /** How long a read keeps retrying transient errors such as an unreachable server (default 2 s). */
  maxRetryTimeMs?: number;
}

export const DEFAULT_TRANSACTION_TIMEOUT_MS = 5000;
/** Long enough to ride out a dropped connection or a leader switch, short enough that a client
 * learns within seconds that the database is down (SERVICE_UNAVAILABLE) rather than at its deadline. */
export const DEFAULT_MAX_RETRY_TIME_MS = 2000;
/** Retries stop this long before the request's deadline, so the answer is the database's state. */
const DEADLINE_RESERVE_MS = 250;

/** The one driver of the process: it owns the connection pool, so it is made once and shared. */
export function createNeo4jDriver(options: Neo4jBackendOptions): Driver {
  return neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    userAgent: 'relief-graph',
    // The driver's default keeps retrying for 30 s (a minute of backoff in practice) while the
    // database is down; an API request should fail within a few seconds instead.
    maxTransactionRetryTime: options.maxRetryTimeMs ?? DEFAULT_MAX_RETRY_TIME_MS,
  });
}

/** The database cannot be reached (down, wrong address, wrong credentials or database name). */
export class Neo4jUnavailableError extends BackendUnavailableError {
  override name = 'Neo4jUnavailableError';

  constructor(
    readonly uri: string,
    problem: string,
    options?: { cause?: unknown },
  ) {
    super(`Neo4j at ${uri} is unavailable: ${problem}`, options);
  }
}

/** The first line of an error's message: driver messages can run to several lines of internals. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n', 1)[0]!.trim();
  const code = error instanceof Neo4jError && error.code ? ` (${error.code})` : '';
  return `${firstLine || 'unknown error'}${code}`;
}

/** Codes that mean "the database cannot serve now", whatever the driver did before giving up. */
const UNAVAILABLE_CODES = new Set([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.General.DatabaseUnavailable',
  // A transaction ended by the server itself (a database shutting down, an operator's kill).
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.Terminated',
]);

/** The server cancelled the transaction at the timeout it was given. */
const TIMED_OUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.TransientError.Transaction.TransactionTimedOut',
]);

function isUnavailable(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.ClientError.Security.'))
  );
}

function isTimedOut(error: unknown): boolean {
  return error instanceof Neo4jError && TIMED_OUT_CODES.has(error.code);
}

/** Oldest Neo4j the Cypher module runs on: COUNT {} needs 5.3 and COLLECT {} 5.6. */
export const MIN_NEO4J_VERSION = [5, 6] as const;

/** Whether a Neo4j version string (5.26.30, 2025.01.0, 5.6.0-aura) is at least MIN_NEO4J_VERSION. */
export function isSupportedVersion(version: string): boolean {
  const [major = NaN, minor = NaN] = version.split(/[.-]/).map(Number);
  if (!Number.isInteger(major) || !Number.isInteger(minor)) return false;
  const [minMajor, minMinor] = MIN_NEO4J_VERSION;
  return major > minMajor || (major === minMajor && minor >= minMinor);
}

/** The server is reachable but too old for the Cypher this adapter sends. */
export class UnsupportedNeo4jVersionError extends Error {
  override name = 'UnsupportedNeo4jVersionError';
}

/**
 * Runs `start` with V8's stack traces off: the driver records a stack trace for every result it
 * creates, to put on an error should one come (about 2 % of a planned read's CPU under load,
 * docs/benchmarks.md); ours are classified here and name their statement instead.
 */
function withoutStackTrace<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Neo4jBackend implements GraphBackend {
  readonly name = 'neo4j' as const;
  /**
   * Cypher statements sent so far (a retried transaction sends again and counts again): the
   * conformance suite compares it with the port calls to prove one round trip per call.
   */
  roundTrips = 0;
  readonly uri: string;
  private readonly driver: Driver;
  private readonly database: string;
  private readonly timeoutMs: number;
  private readonly maxRetryTimeMs: number;

  /** Uses `driver` when given (tests, a shared driver), else makes one; close() closes it either way. */
  constructor(options: Neo4jBackendOptions, driver: Driver = createNeo4jDriver(options)) {
    this.driver = driver;
    this.uri = options.uri;
    this.database = options.database;
    this.timeoutMs = options.transactionTimeoutMs ?? DEFAULT_TRANSACTION_TIMEOUT_MS;
    this.maxRetryTimeMs = options.maxRetryTimeMs ?? DEFAULT_MAX_RETRY_TIME_MS;
  }

  /**
   * Connects, authenticates and reads the server's version: throws Neo4jUnavailableError (cannot
   * connect) or UnsupportedNeo4jVersionError (older than MIN_NEO4J_VERSION), each in one line.
   * Returns the version.
   */
  async verifyConnectivity(): Promise<string> {
    let version: string;
    try {
      await this.driver.verifyConnectivity({ database: this.database });
      const [record] = await this.read(SERVER_VERSION, {});
      version = String(record?.get('version') ?? 'unknown');
    } catch (error) {
      if (error instanceof Neo4jUnavailableError) throw error;
      throw new Neo4jUnavailableError(this.uri, describeError(error), { cause: error });
    }
    if (!isSupportedVersion(version)) {
      throw new UnsupportedNeo4jVersionError(
        `Neo4j at ${this.uri} is version ${version}; this server needs Neo4j ${MIN_NEO4J_VERSION.join('.')} or later (its Cypher uses COLLECT {} subqueries)`,
      );
    }
    return version;
  }

  /**
   * The configured timeout, shortened to what is left of the request's deadline, so that the
   * database itself cancels a transaction the request has stopped waiting for.
   */
  private transactionTimeout(): number {
    const remaining = remainingMs();
    if (remaining === null) return this.timeoutMs;
    return Math.max(1, Math.min(this.timeoutMs, Math.ceil(remaining)));
  }

  /**
   * Runs one read statement as an auto-commit transaction, retrying transient failures with
   * backoff (50 ms, doubling to 1 s, ±20 %) while the retry budget and
   * the request's deadline allow. Each attempt gets its own transaction timeout, computed from
   * what is left of the request's budget at that moment (the driver's executeRead would reuse the
   * first attempt's timeout on every retry), so no retry outlives the request.
   */
  private async read(statement: string, parameters: Record<string, unknown>) {
    const retryUntil = Date.now() + this.maxRetryTimeMs;
    let delay = 50;
    for (;;) {
      const timeout = this.transactionTimeout();
      try {
        return await this.readOnce(statement, parameters, timeout);
      } catch (error) {
        const remaining = remainingMs();
        const budget = Math.min(
          retryUntil - Date.now(),
          remaining === null ? Infinity : remaining - DEADLINE_RESERVE_MS,
        );
        if (!neo4j.isRetryableError(error) || budget <= delay)
          throw this.classified(error, timeout);
        await sleep(delay * (0.8 + Math.random() * 0.4));
        delay = Math.min(delay * 2, 1000);
      }
    }
  }

  private async readOnce(
    statement: string,
    parameters: Record<string, unknown>,
    timeout: number,
  ): Promise<Neo4jRecord[]> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      this.roundTrips += 1;
      // Auto-commit, not an explicit transaction: BEGIN and COMMIT would be a second round trip
      // per statement, nearly half of each read's cost (docs/benchmarks.md).
      const result = await withoutStackTrace(() => session.run(statement, parameters, { timeout }));
      return result.records;
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** The port's errors: unavailable, out of time, or the driver's own error (a bug to surface). */
  private classified(error: unknown, timeout: number): unknown {
    if (isUnavailable(error)) {
      return new Neo4jUnavailableError(this.uri, describeError(error), { cause: error });
    }
    if (isTimedOut(error)) return new DeadlineExceededError(timeout);
    return error;
  }

  async entitiesByIds(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    const records = await this.read(ENTITIES_BY_IDS, { ids: [...new Set(ids)] });
    const byId = new Map<string, EntityRecord>();
    for (const record of records) {
      const entity = toEntity(record.get('entity') as EntityValues);
      byId.set(entity.id, entity);
    }
    return ids.map((id) => byId.get(id) ?? null);
  }

  async relationsOf(ids: readonly string[], query: RelationQuery): Promise<RelationHit[][]> {
    checkDirection(query.direction);
    const records = await this.read(RELATIONS_OF, {
      // Distinct ids: the statement groups hits by id, so a repeated id would double its hits.
      ids: [...new Set(ids)],
      direction: query.direction,
      // The port reads an empty type list as "all types", but an empty nodeTypes list as "none".
      types: query.types?.length ? [...query.types] : null,
      nodeTypes: query.nodeTypes ? [...query.nodeTypes] : null,
      first: neo4j.int(query.first),
    });
    const byId = new Map<string, RelationHit[]>();
    for (const record of records) {
      const hits = record.get('hits') as StoredMap[];
      byId.set(record.get('id') as string, hits.map(toRelationHit));
    }
    return ids.map((id) => byId.get(id) ?? []);
  }

  async search(query: SearchQuery): Promise<EntityRecord[]> {
    const needle = normalizeSearchText(query.text);
    const keys = entityReadKeys(query.properties, query.grounding !== false);
    const statement = searchProjecting(keys);
    const records = await this.read(statement, {
      needle,
      types: query.types ? [...query.types] : null,
      sources: query.sources ? [...query.sources] : null,
      first: neo4j.int(query.first),
    });
    // Ranked and cut by the statement, as rankEntities (ordering.ts) ranks for the embedded backend.
    return records.map((record) => toEntity(record.get('entity') as EntityValues, keys));
  }

  async findEntities(query: FindQuery): Promise<FindResult> {
    const { statement, parameters, entityKeys: keys } = compileFindQuery(query);
    const [record] = await this.read(statement, parameters);
    // The statement aggregates without grouping keys, so it always returns exactly one row.
    if (!record) throw new StoredRecordError('findEntities returned no row');
    return {
      totalCount: toNumber(record.get('totalCount')),
      items: (record.get('items') as EntityValues[]).map((values) => toEntity(values, keys)),
    };
  }

  /** The whole plan in one statement (planCypher.ts), under the request's transaction timeout. */
  async readPlan(plan: ReadPlan): Promise<PlannedList> {
    const { statement, parameters, entityKeys } = compileReadPlan(plan);
    const [record] = await this.read(statement, parameters);
    // Every level aggregates without grouping keys, so the statement always returns one row.
    if (!record) throw new StoredRecordError('readPlan returned no row');
    return toPlannedList(
      record.get('totalCount'),
      record.get('ids') as string[],
      record.get('fields') as LevelRow[][],
      record.get('entities') as EntityValues[],
      entityKeys,
      plan.fields,
    );
  }

  async neighborhood(id: string, depth: number, limit: number): Promise<Subgraph> {
    checkDepth('neighborhood depth', depth, 0, MAX_NEIGHBORHOOD_DEPTH);
    const statement = NEIGHBORHOOD_BY_DEPTH[depth]!;
    const [record] = await this.read(statement, { id, limit: neo4j.int(limit) });
    if (!record) return { nodes: [], edges: [] };
    return subgraphOf(record);
  }

  async shortestPath(from: string, to: string, maxDepth: number): Promise<Subgraph | null> {
    if (from === to) {
      const [record] = await this.read(SINGLE_NODE_PATH, { id: from });
      return record ? subgraphOf(record) : null;
    }
    // No path between two different entities has fewer than one hop: nothing to ask.
    if (maxDepth < 1) return null;
    checkDepth('shortestPath maxDepth', maxDepth, 1, MAX_PATH_DEPTH);
    const statement = SHORTEST_PATH_BY_MAX_DEPTH[maxDepth]!;
    const [record] = await this.read(statement, { from, to });
    return record ? subgraphOf(record) : null;
  }

  async sources(): Promise<SourceRecord[]> {
    const records = await this.read(SOURCES, {});
    return records.map((record) => toSource(record.get('source') as StoredMap));
  }

  async sourceCounts(ids: readonly string[]): Promise<SourceCounts[]> {
    const records = await this.read(SOURCE_COUNTS, { ids: [...new Set(ids)] });
    const byId = new Map<string, SourceCounts>();
    for (const record of records) {
      const sourceId = record.get('sourceId') as string;
      byId.set(sourceId, {
        sourceId,
        entities: toNumber(record.get('entities')),
        relations: toNumber(record.get('relations')),
        quantities: toNumber(record.get('quantities')),
      });
    }
    return ids.map((id) => byId.get(id)!);
  }

  /** The candidate facts in one statement; the rules in disagreements.ts, as the embedded adapter. */
  async disagreements(query: DisagreementQuery): Promise<DisagreementRecord[]> {
    const [record] = await this.read(DISAGREEMENT_CANDIDATES, {});
    if (!record) throw new StoredRecordError('DISAGREEMENT_CANDIDATES returned no row');
    return disagreementsOf(
      (record.get('entities') as EntityValues[]).map((values) => toEntity(values)),
      (record.get('relations') as StoredMap[]).map(toRelation),
      query,
    );
  }

  async fact(id: string): Promise<FactRecord | null> {
    const [record] = await this.read(FACT, factParameters(id));
    return record ? factOf(id, record) : null;
  }

  async history(id: string): Promise<RevisionRecord[]> {
    const records = await this.read(HISTORY, { id });
    return records.map((record) => toRevision(record.get('revision') as StoredMap));
  }

  async changes(after: number, first: number): Promise<RevisionRecord[]> {
    const records = await this.read(CHANGES, {
      after: neo4j.int(after),
      first: neo4j.int(first),
    });
    return records.map((record) => toRevision(record.get('revision') as StoredMap));
  }

  /**
   * One write transaction: the revision counter first (its lock orders writes across processes),
   * then the checks against what is committed, the change, the revision and the new data version.
   * A refused change throws inside the transaction, which rolls it back.
   */
  async commit(request: ChangeRequest): Promise<RevisionRecord> {
    // The driver retries a transaction whose acknowledgement was lost; one key for every attempt
    // lets a retry find the revision the first attempt committed instead of refusing a duplicate.
    const keyed = { ...request, idempotencyKey: request.idempotencyKey ?? randomUUID() };
    try {
      return await this.writeTransaction((tx) => commitIn(tx, keyed));
    } catch (error) {
      if (error instanceof AlreadyCommitted) return error.revision;
      throw error;
    }
  }

  /** One managed write transaction under the deadline; its failures classified (AlreadyCommitted passes). */
  private async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database });
    try {
      this.roundTrips += 1;
      return await session.executeWrite(work, { timeout: this.transactionTimeout() });
    } catch (error) {
      if (error instanceof AlreadyCommitted) throw error;
      throw this.classified(error, this.timeoutMs);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /**
   * A batch as ONE write transaction (commitBatchIn), so its durable flush is paid once. Requests
   * without a key get one, as in `commit`: a retried transaction then finds them committed.
   */
  async commitBatch(requests: readonly ChangeRequest[]): Promise<RevisionRecord[]> {
    const keyed = requests.map((request) => ({
      ...request,
      idempotencyKey: request.idempotencyKey ?? randomUUID(),
    }));
    return this.writeTransaction((tx) => commitBatchIn(tx, keyed));
  }

  /**
   * The version the seeder stored (cypher.ts: DATA_VERSION), in one auto-commit read that is not
   * retried; null when there is none or the database cannot be read. Not counted in `roundTrips`,
   * which counts the statements requests send: the response cache asks on its own schedule.
   */
  async dataVersion(): Promise<string | null> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      const { records } = await session.run(DATA_VERSION, {}, { timeout: this.timeoutMs });
      const version: unknown = records[0]?.get('version');
      return typeof version === 'string' ? version : null;
    } catch {
      return null;
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /**
   * A counting read in an auto-commit transaction: unlike the reads above it is not retried, so a
   * readiness probe learns at once that the database is gone. Never throws.
   */
  async health(): Promise<BackendHealth> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      this.roundTrips += 1;
      const { records } = await session.run(GRAPH_COUNTS, {}, { timeout: this.timeoutMs });
      const counts = records[0]!;
      const entities = toNumber(counts.get('entities'));
      const relations = toNumber(counts.get('relations'));
      return {
        backend: 'neo4j',
        ok: true,
        detail: `${entities} entities, ${relations} relations in Neo4j at ${this.uri} (database ${this.database})`,
      };
    } catch (error) {
      return {
        backend: 'neo4j',
        ok: false,
        detail: `Neo4j at ${this.uri} (database ${this.database}): ${describeError(error)}`,
      };
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

function subgraphOf(record: Neo4jRecord): Subgraph {
  return {
    nodes: (record.get('nodes') as EntityValues[]).map((values) => toEntity(values)),
    edges: (record.get('edges') as StoredMap[]).map(toRelation),
  };
}

/** FACT's parameters: a relation id (`from|TYPE|to`) also gives its ends, which find it by index. */
function factParameters(id: string): Record<string, unknown> {
  const parts = id.split('|');
  const [from, , to] = parts.length === 3 ? parts : [null, null, null];
  return { id, from, to };
}

/** FACT's row as the port's fact: standing, retracted (its last revision says so), or null. */
function factOf(id: string, record: Neo4jRecord): FactRecord | null {
  const entity = record.get('entity') as EntityValues | null;
  const relation = record.get('relation') as StoredMap | null;
  const source = record.get('source') as StoredMap | null;
  const [lastMap] = record.get('last') as StoredMap[];
  const last = lastMap ? toRevision(lastMap) : null;
  const kind: FactKind | null = entity
    ? 'ENTITY'
    : relation
      ? 'RELATION'
      : source
        ? 'SOURCE'
        : last?.action === 'RETRACT'
          ? last.kind
          : null;
  if (kind === null) return null;
  const retraction = !entity && !relation && !source && last ? last : null;
  // A retracted fact is gone from the graph; the retracting revision holds it as it was.
  return {
    id,
    kind,
    version: last?.number ?? 0,
    retraction,
    entity: entity
      ? toEntity(entity)
      : retraction && kind === 'ENTITY'
        ? entityOfRevision(retraction)
        : null,
    relation: relation
      ? toRelation(relation)
      : retraction && kind === 'RELATION'
        ? (JSON.parse(retraction.record) as RelationRecord)
        : null,
    source: source ? toSource(source) : null,
  };
}

/** Thrown inside a commit whose key names a committed revision: rolls back the counter's increment. */
class AlreadyCommitted extends Error {
  constructor(readonly revision: RevisionRecord) {
    super(`revision ${revision.number} already committed this write`);
  }
}

async function commitIn(tx: ManagedTransaction, request: ChangeRequest): Promise<RevisionRecord> {
  const next = (await tx.run(NEXT_REVISION, {})).records[0]!;
  // While `npm run seed` rewrites the graph, a write would be lost or half-overwritten.
  if (next.get('seeding') === true) {
    throw new BackendUnavailableError('the graph is being seeded; try again when seeding ends');
  }
  const [earlier] = (await tx.run(REVISION_BY_KEY, { idempotencyKey: request.idempotencyKey }))
    .records;
  if (earlier) {
    throw new AlreadyCommitted(replayOf(request, toRevision(earlier.get('revision') as StoredMap)));
  }
  const number = toNumber(next.get('number'));
  const baseVersion = (next.get('version') as string | null) ?? 'unversioned';
  const revision = await writeChange(tx, request, number);
  await tx.run(SET_DATA_VERSION, { version: versionAfter(baseVersion, number) });
  return revision;
}

/**
 * One change as revision `number`, inside a write transaction that holds the revision counter's
 * lock: checked against the state the transaction sees (what is committed, and what this
 * transaction wrote before it), written, and its revision appended. A refusal throws.
 */
async function writeChange(
  tx: ManagedTransaction,
  request: ChangeRequest,
  number: number,
): Promise<RevisionRecord> {
  const { change } = request;
  const id = factIdOf(change);
  const [factRecord] = (await tx.run(FACT, factParameters(id))).records;
  const fact = factRecord ? factOf(id, factRecord) : null;
  const refusal = changeRefusal(
    request,
    fact && { version: fact.version, retracted: fact.retraction !== null },
  );
  if (refusal) throw refusal;

  let record: unknown;
  switch (change.action) {
    case 'ADD_SOURCE':
      record = change.source;
      await tx.run(MERGE_SOURCES, { rows: [sourceRow(change.source)] });
      break;
    case 'UPSERT_ENTITY': {
      const [holder] = (
        await tx.run(ENTITY_NAMED, { name: change.entity.name, id: change.entity.id })
      ).records;
      const clash = nameClash(change.entity, holder ? (holder.get('id') as string) : null);
      if (clash) throw clash;
      record = change.entity;
      await tx.run(MERGE_ENTITIES[change.entity.type], { rows: [entityRow(change.entity)] });
      break;
    }
    case 'ADD_RELATION': {
      const { relation } = change;
      const ends = (await tx.run(ENTITIES_BY_IDS, { ids: [relation.from, relation.to] })).records;
      const standing = new Set(ends.map((r) => toEntity(r.get('entity') as EntityValues).id));
      for (const end of [relation.from, relation.to]) {
        if (!standing.has(end)) throw new WriteRefusedError(`entity ${end} does not stand`);
      }
      record = relation;
      await tx.run(MERGE_RELATIONS[relation.type as RelationType], {
        rows: [relationRow(relation)],
      });
      break;
    }
    case 'RETRACT':
      record = fact!.entity ?? fact!.relation;
      if (fact!.kind === 'ENTITY') {
        const attached = (await tx.run(ENTITY_ATTACHMENTS, { id })).records[0]!;
        const relations = toNumber(attached.get('relations'));
        if (relations > 0) {
          throw new WriteRefusedError(
            `${id} has ${relations} standing relations; retract them first`,
          );
        }
        if (toNumber(attached.get('attributions')) > 0) {
          throw new WriteRefusedError(`a source is attributed to ${id}`);
        }
        await tx.run(REMOVE_ENTITY, { id });
      } else {
        await tx.run(REMOVE_RELATION, factParameters(id));
      }
      break;
  }
  const revision = revisionOf(request, number, fact?.kind ?? null, record);
  await tx.run(APPEND_REVISION, { revision: revisionRow(revision) });
  return revision;
}

/**
 * A whole batch in one transaction: the counter's lock first, the committed revisions of the
 * batch's keys in one read, then each change in order (writeChange: it sees what the earlier ones
 * wrote), and the counter and data version moved once. A refusal throws, marked with its request's
 * position, and the transaction rolls back whole.
 */
async function commitBatchIn(
  tx: ManagedTransaction,
  requests: readonly ChangeRequest[],
): Promise<RevisionRecord[]> {
  const counter = (await tx.run(LOCK_REVISIONS, {})).records[0]!;
  if (counter.get('seeding') === true) {
    throw new BackendUnavailableError('the graph is being seeded; try again when seeding ends');
  }
  const keys = requests.map((request) => request.idempotencyKey!);
  const committed = new Map(
    (await tx.run(REVISIONS_BY_KEYS, { keys })).records.map((record) => {
      const stored = record.get('revision') as StoredMap;
      return [stored.idempotencyKey as string, toRevision(stored)] as const;
    }),
  );
  const baseVersion = (counter.get('version') as string | null) ?? 'unversioned';
  const last = toNumber(counter.get('number'));
  // Retractions check what stands attached to the fact, one by one; a batch holding one (the port
  // allows it, the curation layer never sends one) takes that path for every change.
  const planned = requests.some((request) => request.change.action === 'RETRACT')
    ? await writtenInTurn(tx, requests, committed, last)
    : await writtenPlanned(tx, requests, committed, last);
  const { answers, number } = planned;
  if (number !== last) {
    await tx.run(FINISH_BATCH, {
      number: neo4j.int(number),
      version: versionAfter(baseVersion, number),
    });
  }
  return answers;
}

interface BatchWritten {
  answers: RevisionRecord[];
  /** The last revision number used. */
  number: number;
}

/** Each change checked and written in turn (writeChange): a round trip per statement. */
async function writtenInTurn(
  tx: ManagedTransaction,
  requests: readonly ChangeRequest[],
  committed: Map<string, RevisionRecord>,
  last: number,
): Promise<BatchWritten> {
  let number = last;
  const answers = await inOrder(requests, committed, async (request) => {
    const revision = await writeChange(tx, request, number + 1);
    number += 1;
    return revision;
  });
  return { answers, number };
}

/**
 * A batch's requests in order: the revision a request's key already committed (replayed), else
 * what `commit` makes of it, remembered under its key; a refusal marked with its position.
 */
async function inOrder(
  requests: readonly ChangeRequest[],
  committed: Map<string, RevisionRecord>,
  commit: (request: ChangeRequest) => RevisionRecord | Promise<RevisionRecord>,
): Promise<RevisionRecord[]> {
  const answers: RevisionRecord[] = [];
  for (const [index, request] of requests.entries()) {
    try {
      const earlier = committed.get(request.idempotencyKey!);
      const revision = earlier ? replayOf(request, earlier) : await commit(request);
      if (!earlier) committed.set(request.idempotencyKey!, revision);
      answers.push(revision);
    } catch (error) {
      throw atBatchIndex(error, index);
    }
  }
  return answers;
}

/**
 * Sources, entities and relations (no retraction) in three round trips: every read the checks need
 * (FACT per id, ENTITY_NAMED per entity, the relations' ends), sent together; the checks in order,
 * each against what the earlier changes of the batch leave (as writeChange would see it); then
 * every write and revision, sent together. The transaction runs its statements in order.
 */
async function writtenPlanned(
  tx: ManagedTransaction,
  requests: readonly ChangeRequest[],
  committed: Map<string, RevisionRecord>,
  last: number,
): Promise<BatchWritten> {
  const ids = [...new Set(requests.map((request) => factIdOf(request.change)))];
  const entities = requests.flatMap((r) =>
    r.change.action === 'UPSERT_ENTITY' ? [r.change.entity] : [],
  );
  const ends = requests.flatMap((r) =>
    r.change.action === 'ADD_RELATION' ? [r.change.relation.from, r.change.relation.to] : [],
  );
  const [facts, holders, standing] = await Promise.all([
    Promise.all(ids.map((id) => tx.run(FACT, factParameters(id)))),
    Promise.all(entities.map((e) => tx.run(ENTITY_NAMED, { name: e.name, id: e.id }))),
    tx.run(ENTITIES_BY_IDS, { ids: [...new Set(ends)] }),
  ]);
  /** Each fact's kind, version and retraction as the batch goes on. */
  const states = new Map<string, { kind: FactKind; version: number; retracted: boolean } | null>(
    ids.map((id, i) => {
      const [record] = facts[i]!.records;
      const fact = record ? factOf(id, record) : null;
      return [
        id,
        fact && { kind: fact.kind, version: fact.version, retracted: fact.retraction !== null },
      ];
    }),
  );
  /** Standing entities' names: as the graph held them, then as the batch writes them. */
  const names = new Map<string, string>();
  entities.forEach((entity, i) => {
    const [holder] = holders[i]!.records;
    if (holder) names.set(entity.name, holder.get('id') as string);
  });
  const nameOf = new Map<string, string>();
  const stands = new Set(standing.records.map((r) => toEntity(r.get('entity') as EntityValues).id));
  let number = last;
  const writes: { change: Exclude<Change, { action: 'RETRACT' }>; revision: RevisionRecord }[] = [];
  const answers = await inOrder(requests, committed, (request) => {
    const { change } = request;
    const id = factIdOf(change);
    const state = states.get(id) ?? null;
    const refusal = changeRefusal(request, state);
    if (refusal) throw refusal;
    let record: unknown;
    if (change.action === 'UPSERT_ENTITY') {
      const { entity } = change;
      const holder = names.get(entity.name) ?? null;
      // A holder the batch renamed holds the name no more.
      const held = holder !== null && (nameOf.get(holder) ?? entity.name) === entity.name;
      const clash = nameClash(entity, held ? holder : null);
      if (clash) throw clash;
      const before = nameOf.get(entity.id);
      if (before !== undefined && names.get(before) === entity.id) names.delete(before);
      names.set(entity.name, entity.id);
      nameOf.set(entity.id, entity.name);
      stands.add(entity.id);
      record = entity;
    } else if (change.action === 'ADD_RELATION') {
      for (const end of [change.relation.from, change.relation.to]) {
        if (!stands.has(end)) throw new WriteRefusedError(`entity ${end} does not stand`);
      }
      record = change.relation;
    } else if (change.action === 'ADD_SOURCE') {
      record = change.source;
    }
    number += 1;
    const revision = revisionOf(request, number, state?.kind ?? null, record);
    states.set(id, { kind: revision.kind, version: number, retracted: false });
    if (change.action !== 'RETRACT') writes.push({ change, revision });
    return revision;
  });
  await Promise.all(
    writes.flatMap(({ change, revision }) => [
      change.action === 'ADD_SOURCE'
        ? tx.run(MERGE_SOURCES, { rows: [sourceRow(change.source)] })
        : change.action === 'UPSERT_ENTITY'
          ? tx.run(MERGE_ENTITIES[change.entity.type], { rows: [entityRow(change.entity)] })
          : tx.run(MERGE_RELATIONS[change.relation.type as RelationType], {
              rows: [relationRow(change.relation)],
            }),
      tx.run(APPEND_REVISION, { revision: revisionRow(revision) }),
    ]),
  );
  return { answers, number };
}
