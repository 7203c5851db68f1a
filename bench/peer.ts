// `npm run bench:peer`: the project against @neo4j/graphql 7 on the same Neo4j and the same HTTP stack, the same questions, interleaved.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadSeed } from '../src/seed/loadSeed.js';
import { measure, median, percentile, type Load, type Measurement } from './measure.js';
import {
  graphCounts,
  loadGraph,
  openBenchDatabase,
  type BenchDatabase,
} from './neo4j/benchDatabase.js';
import type { RequestCost } from './neo4j/profile.js';
import { countOperations, peerOperations, type PeerOperation } from './peer/operations.js';
import { peerRoundTrips } from './peer/peerRoundTrips.js';
import { countRoundTrips } from './roundTrips.js';
import { generateGraph } from '../test/helpers/generateGraph.js';
import {
  canPin,
  pinSelf,
  projectServerEnv,
  startServer,
  type ServerProcess,
} from './serverProcess.js';

const root = path.resolve(import.meta.dirname, '..');

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '3' },
    runs: { type: 'string', default: '3' },
    amount: { type: 'string' },
    /** Only the operations whose name matches this pattern. */
    only: { type: 'string' },
    /**
     * Relations of the synthetic graph loaded for the totalCount comparison (1,530,000 give
     * just over a million entities, at the seed's 249 entities per 379 relations); 0 skips it. With NEO4J_URI it replaces that database's contents, so
     * it runs there only when given explicitly.
     */
    'count-relations': { type: 'string' },
    'count-samples': { type: 'string', default: '30' },
    out: { type: 'string', default: path.join(root, 'bench/results/peer.json') },
    'no-pin': { type: 'boolean', default: false },
    'from-source': { type: 'boolean', default: false },
  },
});

function nonNegative(name: string, raw: string | undefined): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number >= 0`);
  return value;
}

const load: Load = {
  connections: nonNegative('connections', flags.connections),
  duration: nonNegative('duration', flags.duration),
  amount: flags.amount === undefined ? null : nonNegative('amount', flags.amount),
};
const warmup = flags.amount === undefined ? nonNegative('warmup', flags.warmup) : 0;
const runs = Math.max(1, Math.floor(nonNegative('runs', flags.runs)));
const pinned = !flags['no-pin'] && canPin();
const countRelations = Math.floor(
  nonNegative(
    'count-relations',
    flags['count-relations'] ?? (process.env.NEO4J_URI ? '0' : '1530000'),
  ),
);
const countSamples = Math.max(1, Math.floor(nonNegative('count-samples', flags['count-samples'])));
const log = (line: string) => process.stderr.write(`${line}\n`);

type Side = 'ours' | 'theirs';
interface Answer {
  data: Record<string, unknown>;
  bytes: number;
}

async function post(url: string, query: string, timeoutMs = 60_000): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (!response.ok || body.errors || !body.data) {
    throw new Error(`answer ${response.status}: ${text.slice(0, 500)}`);
  }
  return { data: body.data, bytes: Buffer.byteLength(text) };
}

/** Both answers must describe the same entities, or the throughput of the two means nothing. */
async function checkEquivalent(op: PeerOperation, urls: Record<Side, string>) {
  const ours = await post(urls.ours, op.ours);
  const theirs = await post(urls.theirs, op.theirs);
  const a = JSON.stringify(op.describeOurs(ours.data));
  const b = JSON.stringify(op.describeTheirs(theirs.data));
  if (a !== b) {
    throw new Error(`"${op.name}": the answers differ\n  ours:   ${a}\n  theirs: ${b}`);
  }
  return { ours: ours.bytes, theirs: theirs.bytes, described: JSON.parse(a) as unknown };
}

function command(compiled: string, source: string): string[] {
  if (flags['from-source']) return [process.execPath, '--import', 'tsx', path.join(root, source)];
  const entry = path.join(root, compiled);
  if (!existsSync(entry)) throw new Error(`${compiled} is missing: run \`npm run bench:peer\``);
  return [process.execPath, entry];
}

async function seeded(db: BenchDatabase): Promise<void> {
  const seed = await loadSeed();
  if (db.local) {
    const loaded = await loadGraph(db, seed, { log: () => undefined });
    log(`neo4j: seeded ${loaded.entities} entities, ${loaded.relations} relations`);
    return;
  }
  const counts = await graphCounts(db);
  if (counts.entities !== seed.entities.length || counts.relations !== seed.relations.length) {
    throw new Error(
      `${db.uri} holds ${counts.entities} entities and ${counts.relations} relations, not the ` +
        `seed's: run \`npm run seed -- --reset\` first`,
    );
  }
}

interface SideSummary {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  failures: number;
  runs: number[];
  responseBytes: number;
  cypher: RequestCost | null;
}

function summarize(list: Measurement[], bytes: number, cypher: RequestCost | null): SideSummary {
  return {
    reqPerSec: median(list.map((m) => m.reqPerSec)),
    p50Ms: median(list.map((m) => m.p50Ms)),
    p99Ms: median(list.map((m) => m.p99Ms)),
    failures: list.reduce((n, m) => n + m.failures, 0),
    runs: list.map((m) => Math.round(m.reqPerSec)),
    responseBytes: bytes,
    cypher,
  };
}

/** Sequential requests, one at a time: p50 and p99 of each operation's latency. */
async function countLatencies(urls: Record<Side, string>, expected: number) {
  const rows = [];
  for (const op of countOperations) {
    const url = urls[op.server];
    for (let i = 0; i < 3; i++) await post(url, op.query, 600_000);
    const times: number[] = [];
    let totalCount = 0;
    for (let i = 0; i < countSamples; i++) {
      const started = performance.now();
      const { data } = await post(url, op.query, 600_000);
      times.push(performance.now() - started);
      totalCount = op.totalCount(data);
    }
    if (totalCount !== expected) {
      throw new Error(`${op.name}: totalCount ${totalCount}, expected ${expected}`);
    }
    times.sort((a, b) => a - b);
    const row = {
      name: op.name,
      totalCount,
      p50Ms: percentile(times, 50),
      p99Ms: percentile(times, 99),
    };
    log(`  ${row.name}: p50 ${row.p50Ms.toFixed(1)} ms, p99 ${row.p99Ms.toFixed(1)} ms`);
    rows.push(row);
  }
  return rows;
}

const fmt = (n: number) => (n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en-US'));

function formatRows(header: string[], lines: string[][]): string {
  const all = [header, ...lines];
  const widths = header.map((_, i) => Math.max(...all.map((l) => l[i]!.length)));
  const render = (line: string[]) =>
    line.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [render(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(render)].join(
    '\n',
  );
}

async function main(): Promise<void> {
  if (pinned) pinSelf(1);
  const db = await openBenchDatabase({
    ...(countRelations > 0 ? { pageCacheMb: 2048, heap: '4g' } : {}),
    core: pinned ? 0 : null,
    log,
  });
  const servers: ServerProcess[] = [];
  try {
    await seeded(db);
    // The in-process round-trip count reads the configuration from the environment.
    Object.assign(process.env, db.env);
    log(
      `bench:peer: ${runs} run(s) of ` +
        (load.amount === null ? `${load.duration}s` : `${load.amount} requests`) +
        ` at ${load.connections} connections, ${warmup}s warm-up, ` +
        (pinned
          ? `servers${db.local ? ' and Neo4j' : ''} on core 0, load generator on core 1`
          : 'not pinned'),
    );
    const project = await startServer({
      name: 'project server',
      command: command('dist/src/main.js', 'src/main.ts'),
      // The response cache off: @neo4j/graphql has none, so both sides execute every query (the
      // cache's own figures are in `npm run bench`).
      env: projectServerEnv({ ...db.env, RESPONSE_CACHE: 'off' }),
      core: pinned ? 0 : null,
    });
    servers.push(project);
    const peer = await startServer({
      name: '@neo4j/graphql server',
      command: command('dist/bench/peer/peerServer.js', 'bench/peer/peerServer.ts'),
      env: { ...process.env, ...db.env, NODE_ENV: 'production' },
      core: pinned ? 0 : null,
    });
    servers.push(peer);
    const urls: Record<Side, string> = { ours: project.url, theirs: peer.url };

    const only = flags.only === undefined ? null : new RegExp(flags.only, 'i');
    const active = peerOperations.filter((op) => only === null || only.test(op.name));
    const checks = new Map<string, Awaited<ReturnType<typeof checkEquivalent>>>();
    for (const op of active) checks.set(op.name, await checkEquivalent(op, urls));
    const ourCypher = await countRoundTrips(
      active.map((op) => ({ name: op.name, server: 'project' as const, query: op.ours })),
    );
    const theirCypher = await peerRoundTrips(
      db,
      active.map((op) => ({ name: op.name, query: op.theirs })),
    );

    const samples = new Map<string, Record<Side, Measurement[]>>(
      active.map((op) => [op.name, { ours: [], theirs: [] }]),
    );
    for (let run = 1; run <= runs; run++) {
      for (const op of active) {
        // Alternate which side goes first, so neither always meets the warmer machine.
        const order: Side[] = run % 2 === 1 ? ['ours', 'theirs'] : ['theirs', 'ours'];
        for (const side of order) {
          const query = side === 'ours' ? op.ours : op.theirs;
          if (warmup > 0)
            await measure(urls[side], query, { ...load, duration: warmup, amount: null });
          const m = await measure(urls[side], query, load);
          samples.get(op.name)![side].push(m);
          log(
            `  run ${run}/${runs} ${op.name} (${side}): ${Math.round(m.reqPerSec)} req/s, p99 ${m.p99Ms} ms`,
          );
        }
      }
    }

    const rows = active.map((op) => {
      const s = samples.get(op.name)!;
      const bytes = checks.get(op.name)!;
      const ours = summarize(s.ours, bytes.ours, ourCypher.get(op.name)?.cypher ?? null);
      const theirs = summarize(s.theirs, bytes.theirs, theirCypher.get(op.name) ?? null);
      return {
        name: op.name,
        operations: { ours: op.ours, theirs: op.theirs },
        answer: bytes.described,
        ours,
        theirs,
        ratio: ours.reqPerSec / theirs.reqPerSec,
      };
    });
    process.stdout.write(
      `${formatRows(
        [
          'operation',
          'ours req/s',
          'theirs req/s',
          'ours/theirs',
          'ours p50/p99',
          'theirs p50/p99',
          'Cypher round trips',
          'db hits ours/theirs',
          'failures ours/theirs',
        ],
        // Worst ratio first: the table leads with what most needs work.
        [...rows]
          .sort((a, b) => a.ratio - b.ratio)
          .map((r) => [
            r.name,
            fmt(r.ours.reqPerSec),
            fmt(r.theirs.reqPerSec),
            `${r.ratio.toFixed(2)}x`,
            `${fmt(r.ours.p50Ms)}/${fmt(r.ours.p99Ms)}`,
            `${fmt(r.theirs.p50Ms)}/${fmt(r.theirs.p99Ms)}`,
            `${r.ours.cypher?.roundTrips ?? '-'}/${r.theirs.cypher?.roundTrips ?? '-'}`,
            `${r.ours.cypher?.dbHits ?? '-'}/${r.theirs.cypher?.dbHits ?? '-'}`,
            `${r.ours.failures}/${r.theirs.failures}`,
          ]),
      )}\n`,
    );

    let counts = null;
    if (countRelations > 0) {
      log(
        `bench:peer: loading ${countRelations} synthetic relations for the totalCount comparison...`,
      );
      const graph = generateGraph(await loadSeed(), countRelations);
      const loaded = await loadGraph(db, graph, { log });
      log(
        `  loaded ${loaded.entities} entities, ${loaded.relations} relations in ${(loaded.ms / 1000).toFixed(0)} s`,
      );
      const latencies = await countLatencies(urls, loaded.entities);
      const ours = await countRoundTrips(
        countOperations
          .filter((op) => op.server === 'ours')
          .map((op) => ({ name: op.name, server: 'project' as const, query: op.query })),
      );
      const theirs = await peerRoundTrips(
        db,
        countOperations.filter((op) => op.server === 'theirs'),
      );
      counts = {
        relations: loaded.relations,
        entities: loaded.entities,
        loadMs: loaded.ms,
        samples: countSamples,
        rows: latencies.map((row) => ({
          ...row,
          query: countOperations.find((op) => op.name === row.name)!.query,
          cypher: ours.get(row.name)?.cypher ?? theirs.get(row.name) ?? null,
        })),
      };
      process.stdout.write(
        `\ntotalCount over ${loaded.entities.toLocaleString('en-US')} entities (sequential requests, ${countSamples} samples):\n`,
      );
      process.stdout.write(
        `${formatRows(
          ['operation', 'p50 ms', 'p99 ms', 'db hits', 'max rows'],
          counts.rows.map((r) => [
            r.name,
            fmt(r.p50Ms),
            fmt(r.p99Ms),
            String(r.cypher?.dbHits ?? '-'),
            String(r.cypher?.maxRows ?? '-'),
          ]),
        )}\n`,
      );
    }

    const ourCount = counts?.rows.find((r) => r.name.startsWith('ours: entitiesConnection ('));
    const targets = {
      atLeast1point2xTheirThroughputOnEveryOperation: rows.every((r) => r.ratio >= 1.2),
      totalCountUnder50MsOver1e6Nodes:
        ourCount && counts && counts.entities >= 1_000_000 ? ourCount.p50Ms < 50 : null,
    };
    const yes = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'met' : 'MISSED');
    process.stdout.write(
      `targets: at least 1.2x @neo4j/graphql's throughput on every operation: ${yes(targets.atLeast1point2xTheirThroughputOnEveryOperation)}; ` +
        `totalCount over >= 1e6 nodes under 50 ms: ${yes(targets.totalCountUnder50MsOver1e6Nodes)}\n`,
    );

    const report = {
      date: new Date().toISOString(),
      machine: {
        // Not availableParallelism(): the run has pinned itself to one core by now.
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? null,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        platform: `${process.platform} ${os.release()}`,
      },
      settings: {
        ...load,
        warmupSeconds: warmup,
        runs,
        pinned,
        neo4j: { local: db.local },
        fromSource: flags['from-source'],
      },
      rows,
      counts,
      targets,
    };
    await mkdir(path.dirname(flags.out), { recursive: true });
    await writeFile(flags.out, `${JSON.stringify(report, null, 2)}\n`);
    log(`bench:peer: wrote ${path.relative(process.cwd(), flags.out)}`);
    if (rows.some((r) => r.ours.failures + r.theirs.failures > 0)) {
      log('bench:peer: some requests failed (see the failures column)');
      process.exitCode = 1;
    }
  } finally {
    for (const server of servers.reverse()) await server.stop();
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:peer: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
