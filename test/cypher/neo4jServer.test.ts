// The Neo4j adapter and seeder against the real server of this run: version check, and seeding that converges to exactly what seed/ holds.
import { describe, expect, it } from 'vitest';
import {
  createNeo4jDriver,
  isSupportedVersion,
  Neo4jBackend,
} from '../../src/graph/neo4j/Neo4jBackend.js';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import { loadSeed, type SeedGraph } from '../../src/seed/loadSeed.js';
import { seedNeo4j } from '../../src/graph/neo4j/seedNeo4j.js';
import { neo4jConfigFor, neo4jUnderTest } from '../helpers/backends.js';
import { runSeed } from '../../neo4j/local/localNeo4j.js';
import { asCurator, noticeText, writersEnv } from '../helpers/curation.js';
import { startTestServer, type GraphQLResponse } from '../helpers/testServer.js';

describe('supported Neo4j versions', () => {
  it.each([
    ['5.26.30', true],
    ['5.6.0', true],
    ['2025.01.0', true],
    ['5.5.0', false],
    ['4.4.30', false],
    ['unknown', false],
  ])('%s is supported: %s', (version, supported) => {
    expect(isSupportedVersion(version)).toBe(supported);
  });
});

const skip =
  neo4jUnderTest.skipReason ??
  (neo4jUnderTest.scratchUri
    ? null
    : 'no scratch database (NEO4J_SCRATCH_URI) for tests that write');
if (skip) console.log(`Neo4j server tests skipped: ${skip}`);

// Seeding the whole graph twice takes seconds on a quiet machine and tens of seconds on a busy one.
describe.skipIf(skip !== null)('on the real Neo4j server', { timeout: 150_000 }, () => {
  it('checks the server version at start-up and accepts this one', async () => {
    const backend = new Neo4jBackend(neo4jConfigFor(neo4jUnderTest.uri!));
    try {
      const version = await backend.verifyConnectivity();
      expect(isSupportedVersion(version)).toBe(true);
      expect(version).toMatch(/^\d+\.\d+/);
    } finally {
      await backend.close();
    }
  });

  /** The seed with one of everything that can go stale: entities, relations, sources, kinds and ends. */
  function staleCopyOf(seed: SeedGraph) {
    const changedKind = seed.entities.find((e) => e.type === 'ASSOCIATION')!;
    const movedRelation = seed.relations[0]!;
    const otherEnd = seed.entities.find(
      (e) => e.id !== movedRelation.to && e.id !== movedRelation.from,
    )!;
    const stale: SeedGraph = {
      sources: [...seed.sources, { ...seed.sources[0]!, id: 'source:stale' }],
      entities: [
        ...seed.entities.map((e) => (e === changedKind ? { ...e, type: 'COMPANY' as const } : e)),
        { ...changedKind, id: 'association:stale' },
      ],
      relations: [
        ...seed.relations.map((r) => (r === movedRelation ? { ...r, to: otherEnd.id } : r)),
        { ...seed.relations[1]!, id: 'relation:stale' },
      ],
    };
    return { stale, changedKind, movedRelation };
  }

  it('npm run seed (without --reset) removes what seed/ no longer holds, and a second run changes nothing', async () => {
    const seed = await loadSeed();
    const config = neo4jConfigFor(neo4jUnderTest.scratchUri!);
    const driver = createNeo4jDriver(config);
    const backend = new Neo4jBackend(config);
    try {
      const { stale, changedKind, movedRelation } = staleCopyOf(seed);
      await seedNeo4j(driver, stale, { database: config.database, reset: true });
      // The data version names what was seeded: another graph, another version.
      const staleVersion = await backend.dataVersion();
      expect(staleVersion).toMatch(/^seed:[0-9a-f]{32}$/);

      const output = await runSeed(neo4jUnderTest.scratchUri!, []);
      expect(output).toMatch(/removed what seed\/ no longer holds: 2 nodes, 2 relationships/);

      const again = await seedNeo4j(driver, seed, { database: config.database });
      expect({
        created: again.nodesCreated + again.relationshipsCreated,
        deleted: again.nodesDeleted + again.relationshipsDeleted,
        inDatabase: again.inDatabase,
        mislabelled: again.mislabelled,
      }).toEqual({
        created: 0,
        deleted: 0,
        inDatabase: {
          entities: seed.entities.length,
          relations: seed.relations.length,
          sources: seed.sources.length,
        },
        mislabelled: 0,
      });

      // Every server over this database, and the embedded backend over seed/, agree on the version.
      const version = await backend.dataVersion();
      expect(version).not.toBe(staleVersion);
      expect(version).toBe(await new MemoryBackend(seed).dataVersion());

      const [gone, restored] = await backend.entitiesByIds(['association:stale', changedKind.id]);
      expect(gone).toBeNull();
      expect(restored!.type).toBe('ASSOCIATION');

      // 2 nodes: the stale entity and the stale source. The moved relation is back between its seed ends: both backends see the same relations.
      const memory = new MemoryBackend(seed);
      const query = { direction: 'BOTH' as const, first: 1000, types: null, nodeTypes: null };
      const [fromNeo4j] = await backend.relationsOf([movedRelation.from], query);
      const [fromMemory] = await memory.relationsOf([movedRelation.from], query);
      expect(fromNeo4j).toEqual(fromMemory);
    } finally {
      await driver.close();
      await backend.close();
    }
  });

  it('npm run seed refuses to run over curated facts (they would be lost), and --discard-curated drops them', async () => {
    const seed = await loadSeed();
    const config = neo4jConfigFor(neo4jUnderTest.scratchUri!);
    const driver = createNeo4jDriver(config);
    const backend = new Neo4jBackend(config);
    try {
      await seedNeo4j(driver, seed, { database: config.database, reset: true });
      const base = seed.entities.find((e) => e.type === 'ASSOCIATION')!;
      const curated = {
        ...base,
        id: 'association:curated-by-a-test',
        name: `${base.name}（测试）`,
      };
      await backend.commit({
        change: { action: 'UPSERT_ENTITY', entity: curated },
        baseVersion: null,
        author: 'key:test',
        comment: null,
        changedFields: [],
      });
      const version = await backend.dataVersion();

      for (const args of [[], ['--reset']]) {
        const refusal = await runSeed(neo4jUnderTest.scratchUri!, args).then(
          () => 'seeded',
          (error: Error) => error.message,
        );
        expect(refusal).toMatch(/Refusing to seed .*1 curated revision\(s\).*npm run export/);
        const [kept] = await backend.entitiesByIds([curated.id]);
        expect(kept?.name).toBe(curated.name);
        expect(await backend.history(curated.id)).toHaveLength(1);
        expect(await backend.dataVersion()).toBe(version);
      }

      const output = await runSeed(neo4jUnderTest.scratchUri!, ['--discard-curated']);
      expect(output).toMatch(/--discard-curated: deleted 1 curated revision\(s\)/);
      expect(await backend.entitiesByIds([curated.id])).toEqual([null]);
      expect(await backend.history(curated.id)).toEqual([]);
      expect(await backend.dataVersion()).toBe(await new MemoryBackend(seed).dataVersion());
    } finally {
      await driver.close();
      await backend.close();
    }
  });
  it('refuses a write committed while seeding runs (SERVICE_UNAVAILABLE) instead of deleting it, and --reset keeps the revision counter', async () => {
    const seed = await loadSeed();
    const config = neo4jConfigFor(neo4jUnderTest.scratchUri!);
    const driver = createNeo4jDriver(config);
    const server = await startTestServer(new Neo4jBackend(config), {
      ...writersEnv,
      RESPONSE_CACHE: 'off',
    });
    const addSource = (id: string) =>
      server.query<{ addSource: { number: number } }>(
        `mutation ($input: SourceInput!) { addSource(input: $input) { number } }`,
        { input: { id, title: '通知', text: noticeText } },
        asCurator,
      );
    try {
      await seedNeo4j(driver, seed, {
        database: config.database,
        reset: true,
        discardCurated: true,
      });
      const before = await addSource('before-seeding');
      expect(before.errors).toBeUndefined();
      const numberBefore = before.data!.addSource.number;

      // A curator writes while the seeder is between its check and its deletions.
      let during: Promise<GraphQLResponse<{ addSource: { number: number } }>> | null = null;
      await seedNeo4j(driver, seed, {
        database: config.database,
        reset: true,
        discardCurated: true,
        log: (line) => {
          if (line.startsWith('--reset:')) during ??= addSource('during-seeding');
        },
      });
      const refused = await during!;
      expect(refused.data).toBeNull();
      expect(refused.errors![0]!.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      const sources = await server.query<{ sources: { id: string }[] }>('{ sources { id } }');
      expect(sources.data!.sources.map((s) => s.id)).toEqual(seed.sources.map((s) => s.id));
      expect(await server.query('{ changes { revisions { number } } }')).toEqual({
        data: { changes: { revisions: [] } },
      });

      // Seeding over, writes are taken again, numbered after the discarded ones.
      const after = await addSource('after-seeding');
      expect(after.errors).toBeUndefined();
      expect(after.data!.addSource.number).toBe(numberBefore + 1);

      // A refused seed (curated facts, no --discard-curated) leaves no mark: writes go on.
      await expect(seedNeo4j(driver, seed, { database: config.database })).rejects.toThrow(
        /curated revision/,
      );
      const still = await addSource('after-refused-seed');
      expect(still.data!.addSource.number).toBe(numberBefore + 2);
    } finally {
      await server.stop();
      await driver.close();
    }
  });
});
