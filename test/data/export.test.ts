// Export: the whole graph, seed plus curated changes, written in the seed's own format; the seed loader accepts it and a second export changes nothing.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import { byId } from '../../src/graph/ordering.js';
import { exportSeed, readGraph } from '../../src/seed/exportSeed.js';
import { loadSeed } from '../../src/seed/loadSeed.js';
import {
  actionId,
  actionInput,
  asCurator,
  noticeText,
  sourceId,
  writersEnv,
} from '../helpers/curation.js';
import { startTestServer } from '../helpers/testServer.js';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'relief-export-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** Every file of a folder with its content, for comparing two exports byte for byte. */
async function filesOf(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir, { recursive: true })).sort();
  const files: Record<string, string> = {};
  for (const name of names) {
    if (name.endsWith('.json') || name.endsWith('.txt')) {
      files[name] = await readFile(path.join(dir, name), 'utf8');
    }
  }
  return files;
}

function sorted<T extends { id: string }>(records: T[]): T[] {
  return [...records].sort(byId);
}

describe('export to the seed format', () => {
  it('exports the seed as the seed holds it, and converges: export, import, export changes nothing', async () => {
    const seed = await loadSeed();
    const first = await tempDir();
    await exportSeed(new MemoryBackend(seed), first);
    const reloaded = await loadSeed(first);
    expect(sorted(reloaded.entities)).toEqual(sorted(seed.entities));
    expect(sorted(reloaded.relations)).toEqual(sorted(seed.relations));
    expect(sorted(reloaded.sources)).toEqual(sorted(seed.sources));
    const second = await tempDir();
    await exportSeed(new MemoryBackend(reloaded), second);
    expect(await filesOf(second)).toEqual(await filesOf(first));
  });

  it('includes curated facts and leaves retracted ones out; the seed loader accepts the result', async () => {
    const backend = new MemoryBackend(await loadSeed());
    const server = await startTestServer(backend, writersEnv);
    try {
      const writes: [string, Record<string, unknown>][] = [
        [
          `mutation ($input: SourceInput!) { addSource(input: $input) { number } }`,
          {
            input: { id: sourceId, title: '通知', url: 'https://example.org/n', text: noticeText },
          },
        ],
        [
          `mutation ($input: EntityInput!) { upsertEntity(input: $input) { number } }`,
          { input: actionInput },
        ],
        [
          `mutation ($input: RelationInput!) { addRelation(input: $input) { number } }`,
          {
            input: {
              type: 'COVERED',
              from: actionId,
              to: 'region:hubei',
              evidence: [{ source: sourceId, quote: '向湖北捐赠', start: 14, end: 19 }],
            },
          },
        ],
        [
          `mutation { retract(id: "${actionId}|COVERED|region:hubei", reason: "test", baseVersion: 3) { number } }`,
          {},
        ],
      ];
      for (const [query, variables] of writes) {
        const result = await server.query(query, variables, asCurator);
        expect(result.errors, query).toBeUndefined();
      }
      const dir = await tempDir();
      const counts = await exportSeed(backend, dir);
      const reloaded = await loadSeed(dir);
      const graph = await readGraph(backend);
      expect(counts).toEqual({
        sources: graph.sources.length,
        entities: graph.entities.length,
        relations: graph.relations.length,
      });
      expect(sorted(reloaded.entities)).toEqual(sorted(graph.entities));
      expect(sorted(reloaded.relations)).toEqual(sorted(graph.relations));
      expect(reloaded.entities.map((e) => e.id)).toContain(actionId);
      expect(reloaded.relations.map((r) => r.from)).not.toContain(actionId);
      expect(reloaded.sources.find((s) => s.id === sourceId)).toMatchObject({
        url: 'https://example.org/n',
        text: noticeText,
      });
    } finally {
      await server.stop();
    }
  });
});
