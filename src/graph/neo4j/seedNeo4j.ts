// Writes a whole graph (the seed) into Neo4j, schema first, so that writing it again changes nothing (npm run seed: src/cli/seed.ts).
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import neo4j, { type Driver, type QueryResult } from 'neo4j-driver';
import { repoPath } from '../../packageRoot.js';
import {
  AWAIT_INDEXES,
  BEGIN_SEEDING,
  FINISH_SEEDING,
  DELETE_REVISIONS,
  DELETE_STALE_ENTITIES,
  DELETE_STALE_RELATIONS,
  DELETE_STALE_SOURCES,
  GRAPH_COUNTS,
  MISLABELLED_ENTITIES,
  MERGE_ENTITIES,
  MERGE_RELATIONS,
  MERGE_SOURCES,
  RESET_GRAPH,
  RESTART_REVISIONS,
  SET_DATA_VERSION,
} from './cypher.js';
import { entityRow, relationRow, sourceRow, toNumber } from './records.js';
import type { GraphSnapshot } from '../port.js';
import { snapshotVersion } from '../snapshotVersion.js';
import type { RelationType } from '../../model/index.js';

/** schema/neo4j/schema.cypher of this repository. */
export const defaultSchemaFile = repoPath(import.meta.url, 'schema/neo4j/schema.cypher');

/** The statements of a .cypher file: whole-line `//` comments dropped, one statement per `;`. */
export function splitCypherStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

export async function readSchemaStatements(file: string = defaultSchemaFile): Promise<string[]> {
  return splitCypherStatements(await readFile(file, 'utf8'));
}

export interface SeedOptions {
  database: string;
  /** Delete every node and relationship before writing (without it, stale data is removed after). */
  reset?: boolean;
  /**
   * Seed over curated facts, losing them: without it a database holding revisions is refused
   * (CuratedDataError) before anything is written.
   */
  discardCurated?: boolean;
  /**
   * Number revisions from 1 again after discarding them: for test harnesses that want a fresh
   * log. The CLI never does: a client's `changes` cursor must not point at a reused number.
   */
  restartRevisions?: boolean;
  /** Rows per UNWIND statement, and most deletions per statement. */
  batchSize?: number;
  schemaFile?: string;
  /** Progress lines; silent when absent. */
  log?: (line: string) => void;
}

export interface GraphCounts {
  entities: number;
  relations: number;
  sources: number;
}

export interface SeedReport {
  /** Records written (merged) from the seed. */
  written: GraphCounts;
  /** What the writes changed: all zero when the database already held this seed. */
  nodesCreated: number;
  relationshipsCreated: number;
  /** What --reset removed, or what was stale (no longer in seed/) without it. */
  nodesDeleted: number;
  relationshipsDeleted: number;
  /** What the database holds afterwards. */
  inDatabase: GraphCounts;
  /** Entities with a label beside :Entity and their own kind's afterwards: 0 once converged. */
  mislabelled: number;
}

/** The database holds curated revisions that seeding would lose: nothing was written. */
export class CuratedDataError extends Error {
  constructor(readonly revisions: number) {
    super(
      `the database holds ${revisions} curated revision(s) that seeding would lose; nothing was ` +
        'written. Export the graph first (npm run export -- <dir>) and seed from the export ' +
        '(SEED_DIR=<dir>), or pass --discard-curated to drop them',
    );
    this.name = 'CuratedDataError';
  }
}

/** A relationship's identity for convergence: its type, id and both ends (DELETE_STALE_RELATIONS). */
export function relationKey(relation: {
  type: string;
  id: string;
  from: string;
  to: string;
}): string {
  return `${relation.type} ${relation.id} ${relation.from} ${relation.to}`;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function groupBy<T, K extends string>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    // Appended in place: copying the group per item made seeding 1e6 relations quadratic.
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Writes a validated seed graph: optional reset, then constraints and indexes, then sources,
 * entities (one statement per type label) and relations (one per relationship type), each as
 * MERGE on id in UNWIND batches with every property SET. Exported for test harnesses that seed a
 * fresh database; `driver` stays open.
 */
export async function seedNeo4j(
  driver: Driver,
  seed: GraphSnapshot,
  options: SeedOptions,
): Promise<SeedReport> {
  const log = options.log ?? (() => undefined);
  const batchSize = options.batchSize ?? 500;
  // Read before writing anything, so a missing schema file leaves the database untouched.
  const schema = await readSchemaStatements(options.schemaFile);
  const session = driver.session({ database: options.database });
  const report: SeedReport = {
    written: { entities: 0, relations: 0, sources: 0 },
    nodesCreated: 0,
    relationshipsCreated: 0,
    nodesDeleted: 0,
    relationshipsDeleted: 0,
    inDatabase: { entities: 0, relations: 0, sources: 0 },
    mislabelled: 0,
  };
  // Each statement is its own managed transaction: schema commands may not share one with writes.
  const write = async (statement: string, parameters: Record<string, unknown> = {}) => {
    const result: QueryResult = await session.executeWrite(
      async (tx) => await tx.run(statement, parameters),
    );
    const updates = result.summary.counters.updates();
    report.nodesCreated += updates.nodesCreated;
    report.relationshipsCreated += updates.relationshipsCreated;
    report.nodesDeleted += updates.nodesDeleted;
    report.relationshipsDeleted += updates.relationshipsDeleted;
  };
  // The data version is bookkeeping, not graph data: kept out of the report's counts.
  const setVersion = async (version: string) => {
    await session.executeWrite(async (tx) => await tx.run(SET_DATA_VERSION, { version }));
  };
  try {
    // Checked before any write, and in the transaction that marks the graph as being seeded:
    // curated facts exist only in this database (and its exports), and a curator's write after
    // the check is refused until seeding ends rather than deleted by it.
    const revisions = await session.executeWrite(async (tx) => {
      const curated = (await tx.run(BEGIN_SEEDING, { token: randomUUID() })).records[0]!;
      const count = toNumber(curated.get('revisions'));
      // Thrown inside the transaction, so the mark is rolled back with it.
      if (count > 0 && !options.discardCurated) throw new CuratedDataError(count);
      return count;
    });

    if (options.reset) {
      log(
        `--reset: deleting every node and relationship in database ${options.database} (the revision counter stays)`,
      );
      await write(RESET_GRAPH);
      log(`  deleted ${report.nodesDeleted} nodes, ${report.relationshipsDeleted} relationships`);
    }

    for (const statement of schema) await write(statement);
    // The full-text index is populated in the background; wait so it answers right after seeding.
    await session.executeRead(
      async (tx) => await tx.run(AWAIT_INDEXES, { timeoutSeconds: neo4j.int(300) }),
    );
    log(`applied ${schema.length} schema statements (constraints and indexes)`);
    // While the data changes, servers reading it cache nothing they could serve afterwards.
    await setVersion(`seeding:${randomUUID()}`);

    for (const batch of chunks(seed.sources.map(sourceRow), batchSize)) {
      await write(MERGE_SOURCES, { rows: batch });
    }
    report.written.sources = seed.sources.length;

    for (const [type, entities] of groupBy(seed.entities, (e) => e.type)) {
      const statement = MERGE_ENTITIES[type];
      for (const batch of chunks(entities.map(entityRow), batchSize)) {
        await write(statement, { rows: batch });
      }
      report.written.entities += entities.length;
    }

    for (const [type, relations] of groupBy(seed.relations, (r) => r.type)) {
      const statement = MERGE_RELATIONS[type as RelationType];
      // Unreachable after loadSeed's validation; a guard so a new type cannot be skipped silently.
      if (!statement) throw new Error(`no MERGE statement for relation type ${type}`);
      for (const batch of chunks(relations.map(relationRow), batchSize)) {
        await write(statement, { rows: batch });
      }
      report.written.relations += relations.length;
    }

    if (!options.reset) {
      const before = { nodes: report.nodesDeleted, relationships: report.relationshipsDeleted };
      const deleteAll = async (statement: string, parameters: Record<string, unknown>) => {
        // Bounded transactions: repeat until a statement deletes less than a full batch.
        for (;;) {
          const result = await session.executeWrite(
            async (tx) =>
              await tx.run(statement, { ...parameters, batchSize: neo4j.int(batchSize) }),
          );
          const updates = result.summary.counters.updates();
          report.nodesDeleted += updates.nodesDeleted;
          report.relationshipsDeleted += updates.relationshipsDeleted;
          if (toNumber(result.records[0]!.get('deleted')) < batchSize) return;
        }
      };
      if (revisions > 0) {
        await deleteAll(DELETE_REVISIONS, {});
        log(`--discard-curated: deleted ${revisions} curated revision(s)`);
      }
      await deleteAll(DELETE_STALE_RELATIONS, { keys: seed.relations.map(relationKey) });
      await deleteAll(DELETE_STALE_ENTITIES, { ids: seed.entities.map((e) => e.id) });
      await deleteAll(DELETE_STALE_SOURCES, { ids: seed.sources.map((s) => s.id) });
      log(
        `removed what seed/ no longer holds: ${report.nodesDeleted - before.nodes} nodes, ` +
          `${report.relationshipsDeleted - before.relationships} relationships`,
      );
    }

    if (options.restartRevisions) {
      await session.executeWrite(async (tx) => await tx.run(RESTART_REVISIONS));
    }
    // The same seed gives the same version on every run, and the same as the embedded backend's;
    // writes are accepted again. A seed that fails before this leaves writes refused: the graph
    // is half-written until a seed succeeds.
    await session.executeWrite(
      async (tx) => await tx.run(FINISH_SEEDING, { version: snapshotVersion(seed) }),
    );

    const counts = await session.executeRead(
      async (tx) => (await tx.run(GRAPH_COUNTS)).records[0]!,
    );
    report.inDatabase = {
      entities: toNumber(counts.get('entities')),
      relations: toNumber(counts.get('relations')),
      sources: toNumber(counts.get('sources')),
    };
    const check = await session.executeRead(
      async (tx) => (await tx.run(MISLABELLED_ENTITIES)).records[0]!,
    );
    report.mislabelled = toNumber(check.get('mislabelled'));
    return report;
  } finally {
    await session.close();
  }
}
