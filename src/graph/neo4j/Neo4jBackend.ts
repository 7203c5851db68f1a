// The Neo4j adapter: answers the port through neo4j-driver, one Cypher statement per call.
import neo4j, { Neo4jError, type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { remainingMs } from '../callDeadline.js';
import { normalizeSearchText } from '../ordering.js';
import {
  BackendUnavailableError,
  type BackendHealth,
  type EntityRecord,
  type GraphBackend,
  type FindQuery,
  type FindResult,
  type RelationHit,
  type RelationQuery,
  type SearchQuery,
  type SourceRecord,
  type Subgraph,
} from '../port.js';
import {
  ENTITIES_BY_IDS,
  GRAPH_COUNTS,
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_PATH_DEPTH,
  NEIGHBORHOOD_BY_DEPTH,
  RELATIONS_OF,
  SEARCH,
  SEARCH_WITHOUT_GROUNDING,
  SHORTEST_PATH_BY_MAX_DEPTH,
  SINGLE_NODE_PATH,
  SOURCES,
} from './cypher.js';
import { compileFindQuery } from './filterCypher.js';
import {
  StoredRecordError,
  toEntity,
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
  /** How long a read keeps retrying transient errors (default: the timeout). */
  maxRetryTimeMs?: number;
}

export const DEFAULT_TRANSACTION_TIMEOUT_MS = 5000;

/** The driver's backoff for managed transactions, which reads keep: 1 s, doubling, ±20 %. */
const FIRST_RETRY_DELAY_MS = 1000;

/** The one driver of the process: it owns the connection pool, so it is made once and shared. */
export function createNeo4jDriver(options: Neo4jBackendOptions): Driver {
  return neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    userAgent: 'relief-graph',
    // The driver's default keeps retrying for 30 s (a minute of backoff in practice) while the
    // database is down; an API request should fail within a few seconds instead.
    maxTransactionRetryTime:
      options.maxRetryTimeMs ?? options.transactionTimeoutMs ?? DEFAULT_TRANSACTION_TIMEOUT_MS,
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

function isUnavailable(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    (error.code === neo4j.error.SERVICE_UNAVAILABLE ||
      error.code === neo4j.error.SESSION_EXPIRED ||
      error.code.startsWith('Neo.ClientError.Security.') ||
      error.code === 'Neo.ClientError.Database.DatabaseNotFound')
  );
}

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
    this.maxRetryTimeMs = options.maxRetryTimeMs ?? this.timeoutMs;
  }

  /** Connects and authenticates without sending Cypher; throws Neo4jUnavailableError in one line. */
  async verifyConnectivity(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (error) {
      throw new Neo4jUnavailableError(this.uri, describeError(error), { cause: error });
    }
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
   * Runs one read statement as an auto-commit transaction, timed out, and retries it on transient
   * errors for up to maxRetryTimeMs (within the request's deadline) with the driver's own backoff.
   * Not executeRead: a managed transaction costs BEGIN and COMMIT on top of RUN and PULL, a second
   * network round trip per statement, and measured nearly half of each read's cost on both sides
   * of the connection (docs/benchmarks.md); a single read statement gains nothing from it.
   */
  private async read(statement: string, parameters: Record<string, unknown>) {
    const retryUntil = Date.now() + this.maxRetryTimeMs;
    for (let delay = FIRST_RETRY_DELAY_MS; ; delay *= 2) {
      try {
        return await this.readOnce(statement, parameters);
      } catch (error) {
        const wait = delay * (0.8 + Math.random() * 0.4);
        const remaining = remainingMs();
        const retry =
          Neo4jError.isRetryable(error) &&
          Date.now() + wait < retryUntil &&
          (remaining === null || wait < remaining);
        if (!retry) {
          if (isUnavailable(error)) {
            throw new Neo4jUnavailableError(this.uri, describeError(error), { cause: error });
          }
          throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  private async readOnce(
    statement: string,
    parameters: Record<string, unknown>,
  ): Promise<Neo4jRecord[]> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      this.roundTrips += 1;
      const result = await session.run(statement, parameters, {
        timeout: this.transactionTimeout(),
      });
      return result.records;
    } finally {
      await session.close();
    }
  }

  async entitiesByIds(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    const records = await this.read(ENTITIES_BY_IDS, { ids: [...new Set(ids)] });
    const byId = new Map<string, EntityRecord>();
    for (const record of records) {
      const entity = toEntity(record.get('entity') as StoredMap);
      byId.set(entity.id, entity);
    }
    return ids.map((id) => byId.get(id) ?? null);
  }

  async relationsOf(ids: readonly string[], query: RelationQuery): Promise<RelationHit[][]> {
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
    const statement = query.grounding === false ? SEARCH_WITHOUT_GROUNDING : SEARCH;
    const records = await this.read(statement, {
      needle,
      types: query.types ? [...query.types] : null,
      first: neo4j.int(query.first),
    });
    // Ranked and cut by the statement, as rankEntities (ordering.ts) ranks for the embedded backend.
    return records.map((record) => toEntity(record.get('entity') as StoredMap));
  }

  async findEntities(query: FindQuery): Promise<FindResult> {
    const { statement, parameters } = compileFindQuery(query);
    const [record] = await this.read(statement, parameters);
    // The statement aggregates without grouping keys, so it always returns exactly one row.
    if (!record) throw new StoredRecordError('findEntities returned no row');
    return {
      totalCount: toNumber(record.get('totalCount')),
      items: (record.get('items') as StoredMap[]).map(toEntity),
    };
  }

  async neighborhood(id: string, depth: number, limit: number): Promise<Subgraph> {
    const statement = NEIGHBORHOOD_BY_DEPTH[depth];
    if (statement === undefined) {
      throw new RangeError(
        `neighborhood depth must be an integer from 0 to ${MAX_NEIGHBORHOOD_DEPTH}; got ${depth}`,
      );
    }
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
    const statement = SHORTEST_PATH_BY_MAX_DEPTH[maxDepth];
    if (statement === undefined) {
      throw new RangeError(
        `shortestPath maxDepth must be an integer from 1 to ${MAX_PATH_DEPTH}; got ${maxDepth}`,
      );
    }
    const [record] = await this.read(statement, { from, to });
    return record ? subgraphOf(record) : null;
  }

  async sources(): Promise<SourceRecord[]> {
    const records = await this.read(SOURCES, {});
    return records.map((record) => toSource(record.get('source') as StoredMap));
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
    nodes: (record.get('nodes') as StoredMap[]).map(toEntity),
    edges: (record.get('edges') as StoredMap[]).map(toRelation),
  };
}
