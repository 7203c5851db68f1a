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
import {
  canPin,
  pinSelf,
  projectServerEnv,
  startServer,
  type ServerProcess,
} from './serverProcess.js';
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
    /** Which project servers to measure, comma-separated: compiled, graphql-js, cached (default: all). */
    servers: { type: 'string' },
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

/**
 * The project server in each configuration measured, all in the same run so ratios compare:
 * compiled execution without the response cache, graphql-js without it (the executor before
 * issue 12, kept as EXECUTOR=graphql-js), compiled execution with the cache (every repeated
 * request a hit), and compiled execution without the read planner (READ_PLANNER=off: one backend
 * call per nesting level, as before issue 22; not measured unless `--servers` names it).
 */
const variants = [
  { id: 'compiled', label: 'compiled', env: { EXECUTOR: 'jit', RESPONSE_CACHE: 'off' } },
  { id: 'graphql-js', label: 'graphql-js', env: { EXECUTOR: 'graphql-js', RESPONSE_CACHE: 'off' } },
  { id: 'cached', label: 'compiled + cache', env: { EXECUTOR: 'jit', RESPONSE_CACHE: 'on' } },
  {
    id: 'unplanned',
    label: 'compiled, planner off',
    env: { EXECUTOR: 'jit', RESPONSE_CACHE: 'off', READ_PLANNER: 'off' },
  },
] as const;
type VariantId = (typeof variants)[number]['id'];

/** One measured row: a query on one server. */
interface Target {
  name: string;
  query: BenchQuery;
  variant: VariantId | null;
}

const rowName = (variant: VariantId | null, q: BenchQuery) =>
  variant === null ? q.name : `[${variants.find((v) => v.id === variant)!.label}] ${q.name}`;

async function main(): Promise<void> {
  if (pinned) pinSelf(1);
  const backend = process.env.GRAPH_BACKEND ?? 'memory';
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const neo4jDb = backend === 'neo4j' ? await seededNeo4j(log) : null;
  const chosen = variants.filter((v) =>
    flags.servers === undefined ? v.id !== 'unplanned' : flags.servers.split(',').includes(v.id),
  );
  log(
    `bench: backend ${backend}, servers ${chosen.map((v) => v.id).join(', ')}, ${runs} run(s) of ` +
      (load.amount === null ? `${load.duration}s` : `${load.amount} requests`) +
      ` at ${load.connections} connections, ${warmup}s warm-up per row, ` +
      (pinned
        ? `servers${neo4jDb?.local ? ' and Neo4j' : ''} on core 0, load generator on core 1`
        : 'not pinned'),
  );

  const servers: ServerProcess[] = [];
  try {
    const projects = new Map<VariantId, ServerProcess>();
    for (const variant of chosen) {
      const project = await startServer({
        name: `project server (${variant.id})`,
        command: projectCommand(),
        env: projectServerEnv({ ...neo4jDb?.env, ...variant.env }),
        core: pinned ? 0 : null,
        // The request log goes to a pipe, as it would to a log shipper: its cost is in the figures.
        pipeStdout: true,
      });
      servers.push(project);
      projects.set(variant.id, project);
    }
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
    const targets: Target[] = [
      { name: benchQueries[0]!.name, query: benchQueries[0]!, variant: null },
      ...chosen.flatMap((v) =>
        active
          .filter((q) => q.server === 'project')
          .map((q) => ({ name: rowName(v.id, q), query: q, variant: v.id })),
      ),
    ];
    const urlOf = (t: Target) => (t.variant === null ? floor.url : projects.get(t.variant)!.url);
    const bytes = new Map<string, number>();
    for (const t of targets) bytes.set(t.name, await verify(urlOf(t), t.query));
    const roundTrips = await countRoundTrips(active.filter((q) => q.server === 'project'));

    const samples = new Map<string, Measurement[]>(targets.map((t) => [t.name, []]));
    const cpuSamples = new Map<string, (number | null)[]>(targets.map((t) => [t.name, []]));
    for (let run = 1; run <= runs; run++) {
      for (const t of targets) {
        if (warmup > 0)
          await measure(urlOf(t), t.query.query, { ...load, duration: warmup, amount: null });
        const server = t.variant === null ? floor : projects.get(t.variant)!;
        const cpuBefore = server.cpuSeconds();
        const m = await measure(urlOf(t), t.query.query, load);
        const cpuAfter = server.cpuSeconds();
        const cpuUs =
          cpuBefore === null || cpuAfter === null || m.requests === 0
            ? null
            : ((cpuAfter - cpuBefore) * 1e6) / m.requests;
        samples.get(t.name)!.push(m);
        cpuSamples.get(t.name)!.push(cpuUs);
        log(
          `  run ${run}/${runs} ${t.name}: ${Math.round(m.reqPerSec)} req/s, p99 ${m.p99Ms} ms` +
            (cpuUs === null ? '' : `, ${Math.round(cpuUs)} µs CPU per request`),
        );
      }
    }

    const summary = (name: string) => {
      const list = samples.get(name)!;
      const cpu = cpuSamples.get(name)!.filter((x): x is number => x !== null);
      return {
        reqPerSec: median(list.map((m) => m.reqPerSec)),
        cpuUsPerRequest: cpu.length === 0 ? null : median(cpu),
        p50Ms: median(list.map((m) => m.p50Ms)),
        p99Ms: median(list.map((m) => m.p99Ms)),
        failures: list.reduce((n, m) => n + m.failures, 0),
      };
    };
    const rps = (name: string) => (samples.has(name) ? summary(name).reqPerSec : null);
    // Requests per CPU second of the server: the CPU figures' counterpart of req/s.
    const perCpu = (name: string) => {
      const us = samples.has(name) ? summary(name).cpuUsPerRequest : null;
      return us === null || us <= 0 ? null : 1e6 / us;
    };
    const floorRps = rps(benchQueries[0]!.name)!;
    const floorPerCpu = perCpu(benchQueries[0]!.name);
    const typenameOf = (variant: VariantId) => rps(rowName(variant, benchQueries[1]!));
    const typenamePerCpu = (variant: VariantId) => perCpu(rowName(variant, benchQueries[1]!));
    const ratioOf = (a: number | null, b: number | null) =>
      a === null || b === null ? null : a / b;
    const rows: Row[] = [];
    const rowFor = (variant: VariantId | null, q: BenchQuery): Row => {
      const name = rowName(variant, q);
      if (!samples.has(name)) {
        return { name, missing: inSchema(q) ? 'not run (--only)' : 'n/a (not in schema yet)' };
      }
      const s = summary(name);
      const plain =
        variant === null || variant === 'graphql-js' ? null : rps(rowName('graphql-js', q));
      const own = variant === null ? null : typenameOf(variant);
      const mine = perCpu(name);
      return {
        name,
        ...s,
        responseBytes: bytes.get(name)!,
        // A cache hit calls no backend; the floor has none.
        backendCalls:
          variant === null
            ? null
            : variant === 'cached'
              ? { total: 0, calls: {} }
              : (roundTrips.get(q.name) ?? null),
        runs: samples.get(name)!.map((m) => Math.round(m.reqPerSec)),
        toFloor: s.reqPerSec / floorRps,
        toOwnTypename: own === null ? null : s.reqPerSec / own,
        toPlain: plain === null ? null : s.reqPerSec / plain,
        cpu: {
          toFloor: ratioOf(mine, floorPerCpu),
          toOwnTypename: variant === null ? null : ratioOf(mine, typenamePerCpu(variant)),
          toPlain:
            variant === null || variant === 'graphql-js'
              ? null
              : ratioOf(mine, perCpu(rowName('graphql-js', q))),
        },
      };
    };
    rows.push(rowFor(null, benchQueries[0]!));
    for (const v of chosen) {
      for (const q of benchQueries.filter((b) => b.server === 'project'))
        rows.push(rowFor(v.id, q));
    }

    const measuredRows = (variant: VariantId) =>
      rows.filter(
        (r): r is Extract<Row, { reqPerSec: number }> =>
          !('missing' in r) &&
          r.name.startsWith(`[${variants.find((v) => v.id === variant)!.label}] `),
      );
    const queryRows = (variant: VariantId) => measuredRows(variant).slice(1);
    const heavy = benchQueries.find((q) => q.name.startsWith('relationships, 3 levels'))!;
    const compiledTypename = typenameOf('compiled');
    const heavyCompiled = rps(rowName('compiled', heavy));
    const heavyPlain = rps(rowName('graphql-js', heavy));
    const allOf = (
      list: Extract<Row, { reqPerSec: number }>[],
      test: (r: Extract<Row, { reqPerSec: number }>) => boolean,
    ) => (list.length === 0 ? null : list.every(test));
    const targetResults = {
      typenameAtLeast95PctOfFloor:
        compiledTypename === null ? null : compiledTypename / floorRps >= 0.95,
      cacheOffHeavyRowAtLeast3xPlain:
        heavyCompiled === null || heavyPlain === null ? null : heavyCompiled / heavyPlain >= 3,
      cacheOffQueriesAtLeast60PctOfOwnTypename: allOf(
        queryRows('compiled'),
        (r) => r.toOwnTypename! >= 0.6,
      ),
      cacheOnRepeatedAtLeast90PctOfFloor: allOf(measuredRows('cached'), (r) => r.toFloor >= 0.9),
    };
    // The same targets judged on requests per CPU second of the server.
    const heavyCpu = ratioOf(
      perCpu(rowName('compiled', heavy)),
      perCpu(rowName('graphql-js', heavy)),
    );
    const typenameCpu = ratioOf(typenamePerCpu('compiled'), floorPerCpu);
    const cpuTargetResults = {
      typenameAtLeast95PctOfFloor: typenameCpu === null ? null : typenameCpu >= 0.95,
      cacheOffHeavyRowAtLeast3xPlain: heavyCpu === null ? null : heavyCpu >= 3,
      cacheOffQueriesAtLeast60PctOfOwnTypename: allOf(
        queryRows('compiled'),
        (r) => (r.cpu.toOwnTypename ?? 0) >= 0.6,
      ),
      cacheOnRepeatedAtLeast90PctOfFloor: allOf(
        measuredRows('cached'),
        (r) => (r.cpu.toFloor ?? 0) >= 0.9,
      ),
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
      `targets: { __typename } (compiled, no cache) at ${ratio(compiledTypename, floorRps)} of the floor (>= 95%: ${yes(targetResults.typenameAtLeast95PctOfFloor)}); ` +
        `cache off: ${heavy.name} at ${heavyCompiled && heavyPlain ? `${(heavyCompiled / heavyPlain).toFixed(2)}x` : '-'} graphql-js (>= 3x: ${yes(targetResults.cacheOffHeavyRowAtLeast3xPlain)}), ` +
        `every query >= 60% of own { __typename }: ${yes(targetResults.cacheOffQueriesAtLeast60PctOfOwnTypename)}; ` +
        `cache on: every repeated query >= 90% of the floor: ${yes(targetResults.cacheOnRepeatedAtLeast90PctOfFloor)}\n`,
    );
    process.stdout.write(
      `targets by CPU time per request: { __typename } at ${typenameCpu === null ? '-' : `${(typenameCpu * 100).toFixed(0)}%`} of the floor (${yes(cpuTargetResults.typenameAtLeast95PctOfFloor)}); ` +
        `heavy row ${heavyCpu === null ? '-' : `${heavyCpu.toFixed(2)}x`} graphql-js (${yes(cpuTargetResults.cacheOffHeavyRowAtLeast3xPlain)}); ` +
        `every query >= 60% of own: ${yes(cpuTargetResults.cacheOffQueriesAtLeast60PctOfOwnTypename)}; ` +
        `cache on >= 90% of the floor: ${yes(cpuTargetResults.cacheOnRepeatedAtLeast90PctOfFloor)}\n`,
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
        loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
      },
      settings: {
        backend,
        neo4j: neo4jDb ? { local: neo4jDb.local, pinned: neo4jDb.local && pinned } : null,
        servers: chosen.map((v) => ({ id: v.id, env: v.env })),
        ...load,
        warmupSeconds: warmup,
        runs,
        pinned,
        fromSource: flags['from-source'],
      },
      rows,
      targets: targetResults,
      cpuTargets: cpuTargetResults,
      // Lines each project server wrote to its stdout pipe: one per request, so none was dropped.
      logLines: Object.fromEntries([...projects].map(([id, p]) => [id, p.logLines()])),
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

const ratio = (x: number | null, of: number) =>
  x === null ? '-' : `${((x / of) * 100).toFixed(0)}%`;
const yes = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'met' : 'MISSED');

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
