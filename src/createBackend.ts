// Chooses and builds the configured backend adapter (the embedded one with its journal of curated revisions when DATA_DIR is set).
import type { Config } from './config.js';
import { Journal } from './graph/memory/journal.js';
import { MemoryBackend } from './graph/memory/MemoryBackend.js';
import { Neo4jBackend } from './graph/neo4j/Neo4jBackend.js';
import type { GraphBackend } from './graph/port.js';
import { loadSeed } from './seed/loadSeed.js';

/** The seed, with DATA_DIR's journal replayed on top when there is one. */
export async function createMemoryBackend(
  seedDir: string | undefined,
  dataDir: string | null,
): Promise<MemoryBackend> {
  const seed = await loadSeed(seedDir);
  if (dataDir === null) return new MemoryBackend(seed);
  const { journal, revisions } = await Journal.open(dataDir);
  const backend = new MemoryBackend(seed, journal);
  for (const revision of revisions) {
    try {
      backend.apply(revision);
    } catch (error) {
      await journal.close();
      throw new Error(
        `${journal.file}: revision ${revision.number} (${revision.action} ${revision.factId}) does not apply to this seed: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }
  return backend;
}

export async function createBackend(config: Config): Promise<GraphBackend> {
  if (config.backend === 'memory') return createMemoryBackend(config.seedDir, config.dataDir);
  const backend = new Neo4jBackend(config.neo4j!);
  try {
    // Fail at start-up, in one line, rather than on the first request.
    await backend.verifyConnectivity();
  } catch (error) {
    await backend.close();
    throw error;
  }
  return backend;
}
