// The data version of a whole graph: a hash of its content, the same for every process that loads the same records.
import { createHash } from 'node:crypto';
import type { GraphSnapshot } from './port.js';

/** `seed:` and the first 32 hex digits of the SHA-256 of the graph (sources, entities, relations). */
export function snapshotVersion(snapshot: GraphSnapshot): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(snapshot.sources));
  hash.update(JSON.stringify(snapshot.entities));
  hash.update(JSON.stringify(snapshot.relations));
  return `seed:${hash.digest('hex').slice(0, 32)}`;
}
