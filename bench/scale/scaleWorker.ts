// One size of `npm run bench:scale`, in its own process: generate, load, then time each query shape.
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.js';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import { createNeo4jDriver, Neo4jBackend } from '../../src/graph/neo4j/Neo4jBackend.js';
import type { GraphBackend } from '../../src/graph/port.js';
import { loadSeed, type SeedGraph } from '../../src/seed/loadSeed.js';
import { createServer } from '../../src/server.js';
import { percentile } from '../measure.js';
import { loadGraph, openBenchDatabase, type BenchDatabase } from '../neo4j/benchDatabase.js';
import { profileRequest, type RequestCost } from '../neo4j/profile.js';
import { recordingDriver, type RecordedStatement } from '../neo4j/recordingDriver.js';
import { generateGraph, prng } from '../../test/helpers/generateGraph.js';

const { values: flags } = parseArgs({
  options: {
    relations: { type: 'string' },
    samples: { type: 'string', default: '200' },
    backend: { type: 'string', default: 'memory' },
  },
});
const relationCount = Number(flags.relations);
const sampleCount = Number(flags.samples);
const onNeo4j = flags.backend === 'neo4j';
const log = (line: string) => process.stderr.write(`  ${line}\n`);

/** A loaded backend, and for Neo4j the statements its driver sent since the last reset. */
interface Loaded {
  backend: GraphBackend;
  loadMs: number;
  recorded: RecordedStatement[];
  db: BenchDatabase | null;
}

/** Page cache and heap of the local Neo4j by size: the 1e6 store (~2 GiB) fits in the cache. */
function neo4jMemory(relations: number): { pageCacheMb: number; heap: string } {
  if (relations >= 500_000) return { pageCacheMb: 2048, heap: '4g' };
  if (relations >= 50_000) return { pageCacheMb: 512, heap: '2g' };
  return { pageCacheMb: 256, heap: '1g' };
}

async function load(graph: SeedGraph): Promise<Loaded> {
  if (!onNeo4j) {
    const started = performance.now();
    const backend = new MemoryBackend(graph);
    return { backend, loadMs: performance.now() - started, recorded: [], db: null };
  }
  const db = await openBenchDatabase({ ...neo4jMemory(relationCount), log });
  try {
    const loaded = await loadGraph(db, graph, { log });
    log(
      `loaded ${loaded.entities} entities, ${loaded.relations} relations into Neo4j in ${(loaded.ms / 1000).toFixed(1)} s`,
    );
    const recorded: RecordedStatement[] = [];
    const config = { uri: db.uri, user: db.user, password: db.password, database: db.database };
    const backend = new Neo4jBackend(
      config,
      recordingDriver(createNeo4jDriver(config), (s) => recorded.push(s)),
    );
    return { backend, loadMs: loaded.ms, recorded, db };
  } catch (error) {
    await db.stop();
    throw error;
  }
}

function collectGarbage(): void {
  // Started with --expose-gc by bench/scale.ts; without it the memory figures include garbage.
  (globalThis as { gc?: () => void }).gc?.();
}

const heapMiB = () => process.memoryUsage().heapUsed / 2 ** 20;

interface Shape {
  name: string;
  query: string;
  /** GraphQL variables for sample i. */
  variables(i: number): Record<string, unknown>;
  /** The same work through the port, without HTTP and GraphQL. */
  port(backend: GraphBackend, i: number): Promise<unknown>;
}

async function main(): Promise<void> {
  const seed = await loadSeed();
  collectGarbage();
  const heapBefore = heapMiB();
  const started = performance.now();
  let graph: ReturnType<typeof generateGraph> | null = generateGraph(seed, relationCount);
  const generateMs = performance.now() - started;
  const entityCount = graph.entities.length;

  const { backend, loadMs, recorded, db } = await load(graph);

  // Typical entities: drawn uniformly from those with at least one relation, the same every run.
  const connected = new Set<string>();
  for (const r of graph.relations) connected.add(r.from).add(r.to);
  const candidates = graph.entities.filter((e) => connected.has(e.id));
  const random = prng(7);
  const draw = () => candidates[Math.floor(random() * candidates.length)]!;
  const typical = Array.from({ length: sampleCount }, draw);
  const pairs = Array.from({ length: sampleCount }, () => [draw().id, draw().id] as const);
  // A 3-character substring of a typical entity's name, as a user would type part of a name.
  const needles = typical.map((e) => e.name.slice(1, 4));
  graph = null;
  collectGarbage();
  const heapAfter = heapMiB();

  const relationsQuery = { direction: 'BOTH', types: null, nodeTypes: null, first: 100 } as const;
  const shapes: Shape[] = [
    {
      name: 'entity + relations',
      query: `query($id: ID!) { entity(id: $id) { id name relations { type direction node { id type name } } } }`,
      variables: (i) => ({ id: typical[i]!.id }),
      port: async (b, i) => {
        await b.entitiesByIds([typical[i]!.id]);
        return b.relationsOf([typical[i]!.id], relationsQuery);
      },
    },
    ...[1, 2].map((depth): Shape => ({
      name: `neighborhood depth ${depth}`,
      query: `query($id: ID!) { neighborhood(id: $id, depth: ${depth}) { nodes { id type name } edges { type from to } } }`,
      variables: (i) => ({ id: typical[i]!.id }),
      port: (b, i) => b.neighborhood(typical[i]!.id, depth, 500),
    })),
    {
      name: 'search (part of a name)',
      query: `query($text: String!) { search(text: $text) { id type name } }`,
      variables: (i) => ({ text: needles[i] }),
      port: (b, i) => b.search({ text: needles[i]!, types: null, first: 20 }),
    },
    {
      name: 'search (common: 商会)',
      query: `query($text: String!) { search(text: $text) { id type name } }`,
      variables: () => ({ text: '商会' }),
      port: (b) => b.search({ text: '商会', types: null, first: 20 }),
    },
    {
      name: 'shortestPath',
      query: `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { nodes { id } edges { type from to } } }`,
      variables: (i) => ({ from: pairs[i]![0], to: pairs[i]![1] }),
      port: (b, i) => b.shortestPath(pairs[i]![0], pairs[i]![1], 6),
    },
  ];
  // Every entity counted: the connection `totalCount` @neo4j/graphql users report as slow. Neo4j
  // only: the embedded backend's findEntities sorts every match (about 1 s per call at 1e6), which
  // 400 calls per size would turn into minutes; it is not one of the shapes its target covers.
  if (onNeo4j) {
    shapes.push({
      name: 'connection page + totalCount',
      query: `{ entitiesConnection(first: 10) { totalCount edges { cursor node { id type name } } } }`,
      variables: () => ({}),
      port: (b) => b.findEntities({ types: null, filter: null, sort: [], offset: 0, first: 10 }),
    });
  }

  const server = await createServer({
    // Latency by graph size, not the per-client budget (one sampling client is far past a fair share).
    config: loadConfig({
      LOG_LEVEL: 'silent',
      NODE_ENV: 'production',
      RATE_LIMIT_BUDGET: '0',
      ...(db ? { ...db.env, NEO4J_TX_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '60000' } : {}),
    }),
    backend,
  });
  const url = `${await server.app.listen({ host: '127.0.0.1', port: 0 })}/graphql`;
  const post = async (shape: Shape, i: number) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: shape.query, variables: shape.variables(i) }),
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    if (body.errors) throw new Error(`${shape.name}: ${body.errors[0]!.message}`);
  };

  const results = [];
  const profiler = db?.driver() ?? null;
  for (const shape of shapes) {
    // Warm-up on the same samples, so the JIT has seen the code the timings measure.
    for (let i = 0; i < Math.min(50, sampleCount); i++) await post(shape, i);
    const http: number[] = [];
    const port: number[] = [];
    for (let i = 0; i < sampleCount; i++) {
      let t = performance.now();
      await post(shape, i);
      http.push(performance.now() - t);
      t = performance.now();
      await shape.port(backend, i);
      port.push(performance.now() - t);
    }
    http.sort((a, b) => a - b);
    port.sort((a, b) => a - b);
    // Neo4j's own cost of the first sample's port call: the statements it sent, PROFILEd.
    let cypher: RequestCost | null = null;
    if (profiler && db) {
      recorded.length = 0;
      await shape.port(backend, 0);
      cypher = await profileRequest(profiler, db.database, [...recorded]);
    }
    results.push({
      name: shape.name,
      httpP50Ms: percentile(http, 50),
      httpP99Ms: percentile(http, 99),
      portP50Ms: percentile(port, 50),
      portP99Ms: percentile(port, 99),
      ...(cypher ? { cypher } : {}),
    });
  }
  await server.close();
  await profiler?.close();
  await db?.stop();

  process.stdout.write(
    `${JSON.stringify({
      backend: onNeo4j ? 'neo4j' : 'memory',
      relations: relationCount,
      entities: entityCount,
      generateMs,
      loadMs,
      // On Neo4j the graph lives in the database, not in this heap.
      heapMiB: onNeo4j ? null : heapAfter - heapBefore,
      rssMiB: process.memoryUsage().rss / 2 ** 20,
      samples: sampleCount,
      queries: results,
    })}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
