// The embedded adapter's data version: the seed's hash, the one the seeder stores in Neo4j, the same on every call.
import { expect, it } from 'vitest';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { snapshotVersion } from '../../src/graph/snapshotVersion.js';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';

it('reports the seed’s version, computed once and the same on every call', async () => {
  const seed = await loadSeed();
  const backend = new MemoryBackend(seed);
  const expected = snapshotVersion(seed);
  expect(expected).toMatch(/^seed:[0-9a-f]{32}$/);
  expect(await backend.dataVersion()).toBe(expected);
  expect(await backend.dataVersion()).toBe(expected);
  const other = new MemoryBackend({ ...seed, relations: seed.relations.slice(1) });
  expect(await other.dataVersion()).not.toBe(expected);
});
