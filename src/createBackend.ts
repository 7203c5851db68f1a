// Chooses and builds the configured backend adapter.
import type { Config } from './config.js';
import { MemoryBackend } from './graph/memory/MemoryBackend.js';
import type { GraphBackend } from './graph/port.js';
import { loadSeed } from './seed/loadSeed.js';

export async function createBackend(config: Config): Promise<GraphBackend> {
  return new MemoryBackend(await loadSeed(config.seedDir));
}
