// The Neo4j a benchmark runs against: NEO4J_URI when given, else a local Neo4j Community started (and stopped) for the run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { freePort, missingTools, startLocalNeo4j } from '../../neo4j/local/localNeo4j.js';
import { GRAPH_COUNTS } from '../../src/graph/neo4j/cypher.js';
import { createNeo4jDriver } from '../../src/graph/neo4j/Neo4jBackend.js';
import { toNumber } from '../../src/graph/neo4j/records.js';
import type { SeedGraph } from '../../src/seed/loadSeed.js';
import { seedNeo4j } from '../../src/graph/neo4j/seedNeo4j.js';
import { CLEAR_GRAPH_IN_BATCHES } from './benchCypher.js';

export interface BenchDatabase {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** True when this run started it (and will stop it); false for NEO4J_URI. */
  local: boolean;
  /** The environment a server process needs to use it. */
  env: Record<string, string>;
  driver(): Driver;
  stop(): Promise<void>;
}

export interface OpenOptions {
  /** Page cache of a local Neo4j, MiB (the launcher's default is 256). */
  pageCacheMb?: number;
  /** Java heap of a local Neo4j, e.g. '4g'. */
  heap?: string;
  /** Pin a local Neo4j to this core (every JVM thread), or null to leave it to the OS. */
  core?: number | null;
  log: (line: string) => void;
}

/** Uses NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) or starts a local Neo4j. */
export async function openBenchDatabase(options: OpenOptions): Promise<BenchDatabase> {
  const given = process.env.NEO4J_URI;
  const user = process.env.NEO4J_USER ?? 'neo4j';
  const password = process.env.NEO4J_PASSWORD ?? '';
  const database = process.env.NEO4J_DATABASE ?? 'neo4j';
  const common = (uri: string) => ({
    uri,
    user,
    password,
    database,
    env: {
      GRAPH_BACKEND: 'neo4j',
      NEO4J_URI: uri,
      NEO4J_USER: user,
      NEO4J_PASSWORD: password,
      NEO4J_DATABASE: database,
    },
    driver: () =>
      createNeo4jDriver({ uri, user, password, database, transactionTimeoutMs: 600_000 }),
  });
  if (given) {
    options.log(`neo4j: using NEO4J_URI ${given}`);
    return { ...common(given), local: false, stop: async () => undefined };
  }

  const problem = missingTools();
  if (problem) throw new Error(`no NEO4J_URI and no local Neo4j: ${problem}`);
  const home = mkdtempSync(path.join(os.tmpdir(), 'relief-neo4j-bench-'));
  const started = Date.now();
  const server = await startLocalNeo4j({
    ports: [await freePort()],
    home,
    pageCacheMb: options.pageCacheMb,
    heap: options.heap,
  });
  const uri = server.uris[0]!;
  if (options.core !== undefined && options.core !== null && server.process.pid) {
    execFileSync('taskset', ['-a', '-p', '-c', String(options.core), String(server.process.pid)], {
      stdio: 'ignore',
    });
  }
  options.log(
    `neo4j: local Neo4j Community 5.26 at ${uri} (page cache ${options.pageCacheMb ?? 256} MiB, ` +
      `heap ${options.heap ?? 'JVM default'}${options.core != null ? `, core ${options.core}` : ''}) ` +
      `started in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return {
    ...common(uri),
    local: true,
    async stop() {
      await server.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

export interface LoadReport {
  ms: number;
  entities: number;
  relations: number;
}

/**
 * Empties the database (in batches), then writes `graph` with the seeder (`npm run seed`'s
 * schema, MERGE statements and row mappers) in UNWIND batches of `batchSize` rows.
 */
export async function loadGraph(
  db: BenchDatabase,
  graph: SeedGraph,
  options: { batchSize?: number; log: (line: string) => void },
): Promise<LoadReport> {
  const driver = db.driver();
  try {
    const session = driver.session({ database: db.database });
    try {
      await session.run(CLEAR_GRAPH_IN_BATCHES);
    } finally {
      await session.close();
    }
    const started = performance.now();
    const report = await seedNeo4j(driver, graph, {
      database: db.database,
      batchSize: options.batchSize ?? 10_000,
      log: options.log,
    });
    return {
      ms: performance.now() - started,
      entities: report.inDatabase.entities,
      relations: report.inDatabase.relations,
    };
  } finally {
    await driver.close();
  }
}

/** What the database holds (GRAPH_COUNTS): to check a given NEO4J_URI holds what the run expects. */
export async function graphCounts(db: BenchDatabase) {
  const driver = db.driver();
  const session = driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  try {
    const record = (await session.run(GRAPH_COUNTS)).records[0]!;
    return {
      entities: toNumber(record.get('entities')),
      relations: toNumber(record.get('relations')),
    };
  } finally {
    await session.close();
    await driver.close();
  }
}
