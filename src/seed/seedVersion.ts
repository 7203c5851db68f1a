// The data version of a seed graph: a hash of its content, the same for every process that loads the same seed/.
import { createHash } from 'node:crypto';
import type { SeedGraph } from './loadSeed.js';

/** `seed:` and the first 32 hex digits of the SHA-256 of the graph as loaded (sources, entities, relations). */
export function seedVersion(seed: SeedGraph): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(seed.sources));
  hash.update(JSON.stringify(seed.entities));
  hash.update(JSON.stringify(seed.relations));
  return `seed:${hash.digest('hex').slice(0, 32)}`;
}
