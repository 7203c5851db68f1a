// Chooses and builds the configured backend adapter.
import type { Config } from './config.js';
import { MemoryBackend } from './graph/memory/MemoryBackend.js';
import { Neo4jBackend } from './graph/neo4j/Neo4jBackend.js';
import type { GraphBackend } from './graph/port.js';
import { loadSeed } from './seed/loadSeed.js';

export async function createBackend(config: Config): Promise<GraphBackend> {
  if (config.backend === 'memory') return new MemoryBackend(await loadSeed(config.seedDir));
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
