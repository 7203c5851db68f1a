// Decides which Neo4j the suite runs against (an external one, the local launcher, or none and why) and seeds it once per run.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, missingTools, runSeed, startLocalNeo4j } from '../../neo4j/local/localNeo4j.js';

/** What globalSetup hands every test file (vitest `provide` / `inject`). */
export interface Neo4jUnderTest {
  /** The seeded, read-only database every conformance file shares, or null when skipped. */
  uri: string | null;
  /** A second, empty database for tests that write (seeding, faults), or null when there is none. */
  scratchUri: string | null;
  /**
   * A third database for the curation conformance suite, which seeds it afresh and writes to it
   * (apart from the scratch one, which another file seeds at the same time); null when none.
   */
  curationUri: string | null;
  /**
   * A fourth database for the property tests (test/properties/), which load one generated graph
   * after another into it; null when none.
   */
  generatedUri: string | null;
  /** A fifth, for the export round-trip property (test/conformance/roundTrip.test.ts); null when none. */
  roundTripUri: string | null;
  /** Why Neo4j is not tested in this run, or null when it is. */
  skipReason: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jUnderTest;
  }
}

export interface Neo4jSession {
  provided: Neo4jUnderTest;
  stop(): Promise<void>;
}

/**
 * NEO4J_URI set: that server (seeded with --reset; NEO4J_SCRATCH_URI, NEO4J_CURATION_URI and
 * NEO4J_GENERATED_URI optional). Otherwise the local launcher with four databases, when Java and Maven exist. Under CI nothing may be skipped,
 * so a missing Java or Maven is an error there; NEO4J_TESTS=off skips on purpose, outside CI only.
 */
export async function prepareNeo4j(log: (line: string) => void): Promise<Neo4jSession> {
  const none = (skipReason: string): Neo4jSession => ({
    provided: {
      uri: null,
      scratchUri: null,
      curationUri: null,
      generatedUri: null,
      roundTripUri: null,
      skipReason,
    },
    stop: async () => undefined,
  });
  const ci = Boolean(process.env.CI);
  if (process.env.NEO4J_URI) {
    const uri = process.env.NEO4J_URI;
    log(`Neo4j half of the suite: external server ${uri} (seeding it with --reset)`);
    await runSeed(uri);
    return {
      provided: {
        uri,
        scratchUri: process.env.NEO4J_SCRATCH_URI ?? null,
        curationUri: process.env.NEO4J_CURATION_URI ?? null,
        generatedUri: process.env.NEO4J_GENERATED_URI ?? null,
        roundTripUri: process.env.NEO4J_ROUND_TRIP_URI ?? null,
        skipReason: null,
      },
      stop: async () => undefined,
    };
  }
  if (process.env.NEO4J_TESTS === 'off') {
    if (ci) throw new Error('NEO4J_TESTS=off is not allowed under CI: the Neo4j half must run');
    return none('NEO4J_TESTS=off');
  }
  const problem = missingTools();
  if (problem) {
    if (ci) throw new Error(`Neo4j tests cannot run under CI: ${problem}`);
    return none(problem);
  }
  const home = mkdtempSync(path.join(os.tmpdir(), 'relief-neo4j-test-'));
  const started = Date.now();
  const server = await startLocalNeo4j({
    ports: [
      await freePort(),
      await freePort(),
      await freePort(),
      await freePort(),
      await freePort(),
    ],
    home,
    log: (line) => {
      if (line.startsWith('bolt://')) log(`  local Neo4j listening at ${line}`);
    },
  });
  try {
    const [uri, scratchUri, curationUri, generatedUri, roundTripUri] = server.uris as [
      string,
      string,
      string,
      string,
      string,
    ];
    await runSeed(uri);
    log(
      `Neo4j half of the suite: local Neo4j Community 5.26 started and seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return {
      provided: { uri, scratchUri, curationUri, generatedUri, roundTripUri, skipReason: null },
      async stop() {
        await server.stop();
        rmSync(home, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server.stop();
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
}
