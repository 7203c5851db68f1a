// `npm run bench`: the project's server against a bare Apollo floor, one row per representative query.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measure, median, type Load, type Measurement } from './measure.js';
import {
  graphCounts,
  loadGraph,
  openBenchDatabase,
  type BenchDatabase,
} from './neo4j/benchDatabase.js';
import { benchQueries, type BenchQuery } from './queries.js';
import { countRoundTrips } from './roundTrips.js';
import { canPin, pinSelf, startServer, type ServerProcess } from './serverProcess.js';
import { formatCypherTable, formatTable, type Row } from './table.js';
import { loadSeed } from '../src/seed/loadSeed.js';

const root = path.resolve(import.meta.dirname, '..');

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '3' },
    runs: { type: 'string', default: '3' },
    amount: { type: 'string' },
    /** Only the rows whose name matches this pattern (the two { __typename } rows always run). */
    only: { type: 'string' },
    out: {
      type: 'string',
      default: path.join(
        root,
        `bench/results/${process.env.GRAPH_BACKEND === 'neo4j' ? 'latest-neo4j' : 'latest'}.json`,
      ),
    },
    'no-pin': { type: 'boolean', default: false },
    'from-source': { type: 'boolean', default: false },
  },
});

function positive(name: string, raw: string | undefined): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number >= 0`);
  return value;
}

const load: Load = {
  connections: positive('connections', flags.connections),
  duration: positive('duration', flags.duration),
  amount: flags.amount === undefined ? null : positive('amount', flags.amount),
};
const warmup = flags.amount === undefined ? positive('warmup', flags.warmup) : 0;
const runs = Math.max(1, Math.floor(positive('runs', flags.runs)));
const pinned = !flags['no-pin'] && canPin();

/** Query fields the SDL declares, so rows for fields not built yet are reported rather than failed. */
async function schemaText(): Promise<string> {
  const dir = path.join(root, 'schema');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.graphql'));
  return (await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')))).join('\n');
}

/** One request before the load: the row must answer with data and no errors, or its figures mean nothing. */
async function verify(url: string, row: BenchQuery): Promise<number> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: row.query }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { data?: unknown; errors?: { message: string }[] };
  if (!response.ok || body.errors || !body.data) {
    throw new Error(
      `"${row.name}" does not answer cleanly (${response.status}): ${text.slice(0, 500)}`,
    );
  }
  return Buffer.byteLength(text);
}

function projectCommand(): string[] {
  if (flags['from-source']) return [process.execPath, '--import', 'tsx', 'src/main.ts'];
  const entry = path.join(root, 'dist/src/main.js');
  if (!existsSync(entry)) throw new Error('dist/src/main.js is missing: run `npm run build` first');
  return [process.execPath, entry];
}

/**
 * The floor runs compiled, like the project: through tsx's loader it serves ~14 % fewer requests
 * (measured), which would flatter the ratio. With --from-source both run through tsx.
 */
function floorCommand(): string[] {
  if (flags['from-source']) {
    return [process.execPath, '--import', 'tsx', path.join(root, 'bench/floorServer.ts')];
  }
  const entry = path.join(root, 'dist/bench/floorServer.js');
  if (!existsSync(entry))
    throw new Error('dist/bench/floorServer.js is missing: run `npm run bench`');
  return [process.execPath, entry];
}

/**
 * The seeded Neo4j of a GRAPH_BACKEND=neo4j run: a local one started, seeded and pinned with the
 * servers, or NEO4J_URI, which must already hold the seed (`npm run seed -- --reset`).
 */
async function seededNeo4j(log: (line: string) => void): Promise<BenchDatabase> {
  const db = await openBenchDatabase({ core: pinned ? 0 : null, log });
  try {
    const seed = await loadSeed();
    if (db.local) {
      const loaded = await loadGraph(db, seed, { log: () => undefined });
      log(`neo4j: seeded ${loaded.entities} entities, ${loaded.relations} relations`);
    } else {
      const counts = await graphCounts(db);
      if (counts.entities !== seed.entities.length || counts.relations !== seed.relations.length) {
        throw new Error(
          `${db.uri} holds ${counts.entities} entities and ${counts.relations} relations, not the seed's ` +
            `${seed.entities.length} and ${seed.relations.length}: run \`npm run seed -- --reset\` first`,
        );
      }
    }
    // The in-process round-trip count reads the configuration from the environment.
    Object.assign(process.env, db.env);
    return db;
  } catch (error) {
    await db.stop();
    throw error;
  }
}

async function main(): Promise<void> {
  if (pinned) pinSelf(1);
  const backend = process.env.GRAPH_BACKEND ?? 'memory';
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const neo4jDb = backend === 'neo4j' ? await seededNeo4j(log) : null;
  log(
    `bench: backend ${backend}, ${runs} run(s) of ` +
      (load.amount === null ? `${load.duration}s` : `${load.amount} requests`) +
      ` at ${load.connections} connections, ${warmup}s warm-up per row, ` +
      (pinned
        ? `servers${neo4jDb?.local ? ' and Neo4j' : ''} on core 0, load generator on core 1`
        : 'not pinned'),
  );

  const servers: ServerProcess[] = [];
  try {
    const project = await startServer({
      name: 'project server',
      command: projectCommand(),
      env: {
        ...process.env,
        ...neo4jDb?.env,
        NODE_ENV: process.env.NODE_ENV ?? 'production',
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      },
      core: pinned ? 0 : null,
    });
    servers.push(project);
    const floor = await startServer({
      name: 'floor server',
      command: floorCommand(),
      env: { ...process.env, NODE_ENV: 'production' },
      core: pinned ? 0 : null,
    });
    servers.push(floor);

    const sdl = await schemaText();
    const only = flags.only === undefined ? null : new RegExp(flags.only, 'i');
    const inSchema = (q: BenchQuery) =>
      !q.requiresField || new RegExp(`\\b${q.requiresField}\\s*[(:]`).test(sdl);
    const selected = (q: BenchQuery, i: number) => i < 2 || only === null || only.test(q.name);
    const active = benchQueries.filter((q, i) => inSchema(q) && selected(q, i));
    const urlOf = (q: BenchQuery) => (q.server === 'floor' ? floor.url : project.url);
    const bytes = new Map<string, number>();
    for (const q of active) bytes.set(q.name, await verify(urlOf(q), q));
    const roundTrips = await countRoundTrips(active.filter((q) => q.server === 'project'));

    const samples = new Map<string, Measurement[]>(active.map((q) => [q.name, []]));
    for (let run = 1; run <= runs; run++) {
      for (const q of active) {
        if (warmup > 0)
          await measure(urlOf(q), q.query, { ...load, duration: warmup, amount: null });
        const m = await measure(urlOf(q), q.query, load);
        samples.get(q.name)!.push(m);
        log(`  run ${run}/${runs} ${q.name}: ${Math.round(m.reqPerSec)} req/s, p99 ${m.p99Ms} ms`);
      }
    }

    const summary = (name: string) => {
      const list = samples.get(name)!;
      return {
        reqPerSec: median(list.map((m) => m.reqPerSec)),
        p50Ms: median(list.map((m) => m.p50Ms)),
        p99Ms: median(list.map((m) => m.p99Ms)),
        failures: list.reduce((n, m) => n + m.failures, 0),
      };
    };
    const floorRps = summary(benchQueries[0]!.name).reqPerSec;
    const ownRps = summary(benchQueries[1]!.name).reqPerSec;
    const rows: Row[] = benchQueries.map((q) => {
      if (!samples.has(q.name)) {
        return {
          name: q.name,
          missing: inSchema(q) ? 'not run (--only)' : 'n/a (not in schema yet)',
        };
      }
      const s = summary(q.name);
      return {
        name: q.name,
        ...s,
        responseBytes: bytes.get(q.name)!,
        backendCalls: roundTrips.get(q.name) ?? null,
        runs: samples.get(q.name)!.map((m) => Math.round(m.reqPerSec)),
        toFloor: s.reqPerSec / floorRps,
        toOwnTypename: q.server === 'project' ? s.reqPerSec / ownRps : null,
      };
    });

    const queryRows = rows.slice(2).filter((r) => !('missing' in r));
    const targets = {
      typenameAtLeast90PctOfFloor: ownRps / floorRps >= 0.9,
      // null when no query row ran (--only), rather than a vacuous "met".
      queriesAtLeast50PctOfOwnTypename:
        queryRows.length === 0
          ? null
          : queryRows.every((r) => 'toOwnTypename' in r && r.toOwnTypename! >= 0.5),
    };
    process.stdout.write(`${formatTable(rows)}\n`);
    const cypherRows = [...roundTrips].flatMap(([name, r]) =>
      r.cypher ? [{ name, ...r.cypher }] : [],
    );
    if (cypherRows.length > 0) {
      process.stdout.write(`\nNeo4j's cost per request (PROFILE of each statement sent):\n`);
      process.stdout.write(`${formatCypherTable(cypherRows)}\n`);
    }
    process.stdout.write(
      `targets: { __typename } at ${pct(ownRps / floorRps)} of the floor (>= 90%: ${yes(targets.typenameAtLeast90PctOfFloor)}); ` +
        `every query >= 50% of own { __typename }: ${yes(targets.queriesAtLeast50PctOfOwnTypename)}\n`,
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
        backend,
        neo4j: neo4jDb ? { local: neo4jDb.local, pinned: neo4jDb.local && pinned } : null,
        ...load,
        warmupSeconds: warmup,
        runs,
        pinned,
        fromSource: flags['from-source'],
      },
      rows,
      targets,
    };
    await mkdir(path.dirname(flags.out), { recursive: true });
    await writeFile(flags.out, `${JSON.stringify(report, null, 2)}\n`);
    log(`bench: wrote ${path.relative(process.cwd(), flags.out)}`);
    if (rows.some((r) => 'failures' in r && r.failures > 0)) {
      log('bench: some requests failed (see the failures column)');
      process.exitCode = 1;
    }
  } finally {
    for (const server of servers.reverse()) await server.stop();
    await neo4jDb?.stop();
  }
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
const yes = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'met' : 'MISSED');

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
