// The backends the conformance suite runs against: the embedded one always, and the Neo4j that globalSetup started and seeded.
import { inject } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import { createBackend } from '../../src/createBackend.js';
import type { GraphBackend } from '../../src/graph/port.js';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { seedNeo4j } from '../../src/graph/neo4j/seedNeo4j.js';
import { createNeo4jDriver } from '../../src/graph/neo4j/Neo4jBackend.js';

export interface BackendUnderTest {
  name: string;
  /** Why this backend is not tested in this run, or null when it is. */
  skipReason: string | null;
  create(): Promise<GraphBackend>;
  /** Why writes are not tested on it in this run, or null when they are. */
  writableSkipReason: string | null;
  /** A backend over a fresh copy of the seed that tests may write to (never the shared one). */
  createWritable(): Promise<GraphBackend>;
}

/** The Neo4j of this run (see test/helpers/neo4jService.ts). */
export const neo4jUnderTest = inject('neo4j');

/** Configuration for a Neo4j backend at `uri`, as the server would read it from the environment. */
export function neo4jConfigFor(uri: string, env: Record<string, string> = {}) {
  return loadConfig({ ...process.env, ...env, GRAPH_BACKEND: 'neo4j', NEO4J_URI: uri }).neo4j!;
}

/**
 * The shared database, seeded once per run by globalSetup: test files only read it, so they can
 * run in parallel. Connected the way the server connects (createBackend: version check included).
 */
const seededNeo4j = () =>
  createBackend(
    loadConfig({ ...process.env, GRAPH_BACKEND: 'neo4j', NEO4J_URI: neo4jUnderTest.uri! }),
  );

/**
 * The curation database, seeded afresh (reset) for each spec that writes. Specs that write run in
 * one file (test/conformance/curation.test.ts), whose describe blocks run one after another.
 */
const freshCurationNeo4j = () => freshNeo4jAt(neo4jUnderTest.curationUri!);

/** The database at `uri`, seeded afresh (reset, curated facts discarded), connected as the server connects. */
export async function freshNeo4jAt(uri: string): Promise<GraphBackend> {
  const config = neo4jConfigFor(uri);
  const driver = createNeo4jDriver(config);
  try {
    // The previous spec's curated facts are meant to go, and its revision numbers with them: each
    // spec's log starts at revision 1, as on a fresh embedded backend.
    await seedNeo4j(driver, await loadSeed(), {
      database: config.database,
      reset: true,
      discardCurated: true,
      restartRevisions: true,
    });
  } finally {
    await driver.close();
  }
  return createBackend(loadConfig({ ...process.env, GRAPH_BACKEND: 'neo4j', NEO4J_URI: uri }));
}

/** Another connection to the curation database as it is (a second API process over it). */
export function connectCurationNeo4j(): Promise<GraphBackend> {
  return createBackend(
    loadConfig({ ...process.env, GRAPH_BACKEND: 'neo4j', NEO4J_URI: neo4jUnderTest.curationUri! }),
  );
}

const freshMemory = async () => new MemoryBackend(await loadSeed());

export const backendsUnderTest: BackendUnderTest[] = [
  {
    name: 'memory',
    skipReason: null,
    create: freshMemory,
    writableSkipReason: null,
    createWritable: freshMemory,
  },
  {
    name: 'neo4j',
    skipReason: neo4jUnderTest.skipReason,
    create: seededNeo4j,
    writableSkipReason:
      neo4jUnderTest.skipReason ??
      (neo4jUnderTest.curationUri ? null : 'no curation database (NEO4J_CURATION_URI)'),
    createWritable: freshCurationNeo4j,
  },
];
