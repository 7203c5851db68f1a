// Random graphs the model allows, for the property tests, and each backend under test serving one of them behind a real HTTP server.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createBackend } from '../../src/createBackend.js';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import { createNeo4jDriver } from '../../src/graph/neo4j/Neo4jBackend.js';
import type { EntityRecord, Quantity, RelationRecord } from '../../src/model/records.js';
import type { GraphBackend } from '../../src/graph/port.js';
import {
  idPrefixes,
  quantityQualifiers,
  relationEnds,
  relationTypes,
  type EntityType,
  type RelationType,
} from '../../src/model/index.js';
import type { SeedGraph } from '../../src/seed/loadSeed.js';
import { seedNeo4j } from '../../src/graph/neo4j/seedNeo4j.js';
import { neo4jConfigFor, neo4jUnderTest } from './backends.js';
import { executionPaths } from './conformance.js';
import { startTestServer, type TestServer } from './testServer.js';

/**
 * The seed of every property run: fixed, so CI asks the same questions every time; PROPERTY_SEED
 * tries others. A failing property prints its own seed and path (fast-check), and the describe
 * block names the graph's.
 */
export const propertySeed = Number(process.env.PROPERTY_SEED ?? 20_261_207);
/** Graphs per backend: each is loaded once (a Neo4j load is the slow part) and asked many questions. */
export const graphCount = Number(process.env.PROPERTY_GRAPHS ?? 5);
/** Questions per property and graph. */
export const propertyRuns = Number(process.env.PROPERTY_RUNS ?? 40);

const kinds: EntityType[] = [
  'ASSOCIATION',
  'GOVERNMENT_BODY',
  'COMPANY',
  'GROUP',
  'HOSPITAL',
  'REGION',
  'RELIEF_ACTION',
  'RELIEF_ACTION',
  'INSTRUMENT',
];

/**
 * Few letters, so names share prefixes and substrings, and forms that normalise alike (a, A, the
 * full-width ａ) so search and name sorts meet ties.
 */
const nameArbitrary = fc
  .array(fc.constantFrom('甲', '乙', '丙', 'a', 'A', 'ａ', 'b'), { minLength: 1, maxLength: 4 })
  .map((letters) => letters.join(''));

const quantityArbitrary: fc.Arbitrary<Quantity> = fc
  .record({
    value: fc.integer({ min: 1, max: 1_000_000 }),
    unit: fc.constantFrom('CNY', 'CNY', '只', '吨'),
    item: fc.option(fc.constantFrom('口罩', '资金', 'masks'), { nil: null }),
    qualifier: fc.constantFrom(...quantityQualifiers),
  })
  .map((q) => ({ ...q, approximate: q.qualifier !== 'EXACT', text: String(q.value) }));

const entityArbitrary = fc.record({
  kind: fc.constantFrom(...kinds),
  name: nameArbitrary,
  // Shared English names (and none at all) make ties and missing values for the NAME_EN sort.
  nameEn: fc.option(fc.constantFrom('Aid', 'aid', 'Relief', 'Relief fund', 'b', 'zeta'), {
    nil: null,
  }),
  aliases: fc.array(nameArbitrary, { maxLength: 2 }),
  quantities: fc.array(quantityArbitrary, { maxLength: 3 }),
  category: fc.constantFrom('DONATIONS', 'MEDICAL_SUPPLIES', 'CULTURE'),
  activity: fc.constantFrom('DONATION', 'PRODUCTION', 'LOGISTICS'),
  choice: fc.nat(),
});

type RawEntity = typeof entityArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** The relation types the analyses read are drawn more often, so totals and connectedness have something to count. */
const weightedTypes: RelationType[] = [
  ...relationTypes,
  ...Array<RelationType>(6).fill('PERFORMED'),
  ...Array<RelationType>(4).fill('TARGETED'),
  'LOCATED_IN',
  'COVERED',
];

function entityOf(raw: RawEntity, index: number): EntityRecord {
  const kind = raw.kind;
  const pick = <T>(values: readonly T[]): T => values[raw.choice % values.length]!;
  return {
    id: `${idPrefixes[kind]}g${index}`,
    type: kind,
    name: raw.name,
    nameEn: raw.nameEn,
    nameEnSource: raw.nameEn ? 'TRANSLATION' : null,
    variants: [],
    aliases: raw.aliases,
    collective: false,
    quantities: raw.quantities,
    evidence: [],
    scope: kind === 'ASSOCIATION' ? pick(['NATIONAL', 'LOCAL']) : null,
    level: kind === 'REGION' ? pick(['COUNTRY', 'PROVINCE', 'CITY']) : null,
    date: null,
    category: kind === 'RELIEF_ACTION' ? raw.category : null,
    activity: kind === 'RELIEF_ACTION' ? raw.activity : null,
    groupKind: kind === 'GROUP' ? pick(['COALITION', 'MEMBERS']) : null,
    statementKind: null,
    instrumentKind: kind === 'INSTRUMENT' ? pick(['FUND', 'PROJECT']) : null,
  };
}

/**
 * A graph as the seed loader would accept it (ids with their kind's prefix, unique names, every
 * relation between kinds its type may join, relation ids from their ends): 2 to 16 entities,
 * disconnected parts, cycles, parallel relations of different types between the same two
 * entities, self-loops where a type joins a kind to itself (MEMBER_OF, PART_OF, BUILT_ON), and
 * entities with and without English names, aliases and quantities.
 */
export const graphArbitrary: fc.Arbitrary<SeedGraph> = fc
  .record({
    raw: fc.uniqueArray(entityArbitrary, {
      minLength: 2,
      maxLength: 16,
      selector: (e) => e.name,
      size: 'max',
    }),
    picks: fc.array(fc.tuple(fc.constantFrom(...weightedTypes), fc.nat(), fc.nat()), {
      minLength: 4,
      maxLength: 64,
      size: 'max',
    }),
  })
  .map(({ raw, picks }) => {
    const entities = raw.map(entityOf);
    const relations = new Map<string, RelationRecord>();
    for (const [type, i, j] of picks) {
      const froms = entities.filter((e) => relationEnds[type].from.includes(e.type));
      const tos = entities.filter((e) => relationEnds[type].to.includes(e.type));
      if (froms.length === 0 || tos.length === 0) continue;
      const from = froms[i % froms.length]!.id;
      const to = tos[j % tos.length]!.id;
      const id = `${from}|${type}|${to}`;
      relations.set(id, { id, type, from, to, quantities: [], evidence: [] });
    }
    return { sources: [], entities, relations: [...relations.values()] };
  });

/** The generated graphs of this run, in order: graph i is the same for every graphCount above i. */
export function generatedGraphs(): SeedGraph[] {
  return fc.sample(fc.noBias(graphArbitrary), { seed: propertySeed, numRuns: graphCount });
}

/** Writes a generated graph into the property tests' Neo4j database, replacing what it held. */
async function loadIntoNeo4j(graph: SeedGraph): Promise<GraphBackend> {
  const uri = neo4jUnderTest.generatedUri!;
  const config = neo4jConfigFor(uri);
  const driver = createNeo4jDriver(config);
  try {
    await seedNeo4j(driver, graph, {
      database: config.database,
      reset: true,
      discardCurated: true,
    });
  } finally {
    await driver.close();
  }
  return createBackend(loadConfig({ ...process.env, GRAPH_BACKEND: 'neo4j', NEO4J_URI: uri }));
}

const backends = [
  {
    name: 'memory',
    skipReason: null as string | null,
    load: async (graph: SeedGraph): Promise<GraphBackend> => new MemoryBackend(graph),
  },
  {
    name: 'neo4j',
    skipReason:
      neo4jUnderTest.skipReason ??
      (neo4jUnderTest.generatedUri
        ? null
        : 'no database for generated graphs (NEO4J_GENERATED_URI)'),
    load: loadIntoNeo4j,
  },
];

/**
 * The first execution path CONFORMANCE_PATHS keeps (the compiled one by default; graphql-js in the
 * mutation runs): the executor sits above the port, so one path is enough for the answers.
 */
const chosenPaths = process.env.CONFORMANCE_PATHS?.split(',') ?? null;
const serverEnv = executionPaths.find((path) => chosenPaths?.includes(path.name) ?? true)!.env;

export interface GeneratedGraphUnderTest {
  graph: SeedGraph;
  server: TestServer;
}

/**
 * Runs `spec` once per generated graph on every backend under test, each graph loaded into the
 * backend and served over HTTP. The blocks of one backend run one after another (Vitest runs a
 * file's describe blocks in order), so Neo4j holds one graph at a time in its own database.
 */
export function describeGenerated(
  title: string,
  spec: (under: () => GeneratedGraphUnderTest) => void,
): void {
  const graphs = generatedGraphs();
  for (const backend of backends) {
    graphs.forEach((graph, index) => {
      const name = `${title} [${backend.name} backend, graph ${index} of PROPERTY_SEED=${propertySeed}: ${graph.entities.length} entities, ${graph.relations.length} relations]`;
      describe(name, () => {
        if (backend.skipReason) {
          it.skip(`skipped: ${backend.skipReason}`, () => {});
          return;
        }
        let server: TestServer | null = null;
        // As in describeConformance: a graph that fails to load fails every test with the cause.
        let failure: unknown = null;
        beforeAll(async () => {
          try {
            server = await startTestServer(await backend.load(graph), serverEnv);
          } catch (error) {
            failure = error;
          }
        });
        afterAll(async () => {
          await server?.stop();
        });
        spec(() => {
          if (failure) throw failure;
          if (!server) throw new Error(`server for ${backend.name} did not start`);
          return { graph, server };
        });
      });
    });
  }
}
