// Load and fault test: mixed normal and hostile load, oversized bodies, a heavy client against its budget, slow connections, SIGTERM under load, and Neo4j killed and restarted under load.
//
//   npm run load:fault                       # 8 clients, 10 s per phase (about 90 s in all)
//   npm run load:fault -- --short            # 4 clients, 2 s per phase: the correctness check npm test runs
//   npm run load:fault -- --clients 16 --seconds 20 --only 'fair|slow'
//   npm run load:fault -- --only restart     # Neo4j SIGKILLed under load: a local Neo4j of its own (Java + Maven)
//   NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=… NEO4J_RESTART_COMMAND='docker compose restart neo4j' npm run load:fault
//
// Loopback only: it starts its own server on 127.0.0.1 and sends traffic nowhere else; clients that
// must be told apart use their own source addresses in 127.0.0.0/8. Every loop is bounded in time,
// and every request has a timeout. Exits 1 when a check fails. Each phase is one function, listed
// in `phases` at the end: a new phase is a function and a line there.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  flood,
  hold,
  percentileOf,
  post,
  settle,
  type Answer,
  type HeldConnection,
  type HeldKind,
} from '../test/helpers/loopbackClients.js';
import { percentile } from './measure.js';
import { freePort, missingTools, runSeed, startLocalNeo4j } from '../neo4j/local/localNeo4j.js';

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string' },
    seconds: { type: 'string' },
    'hostile-share': { type: 'string', default: '0.2' },
    short: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
/** The short form checks answers, codes and that nothing is lost; its latencies are reported, not judged. */
const short = args.short;
const clients = Math.min(
  Math.max(1, Number(args.clients ?? process.env.LOAD_CLIENTS ?? (short ? 4 : 8))),
  64,
);
const seconds = Math.min(
  Math.max(1, Number(args.seconds ?? process.env.LOAD_SECONDS ?? (short ? 2 : 10))),
  120,
);
const hostileShare = Math.min(Math.max(0, Number(args['hostile-share'])), 1);
const only = args.only === undefined ? null : new RegExp(args.only, 'i');
const requestTimeoutMs = 15_000;
/** The phases that measure something else turn the per-client budget off: their load is one client far past a fair share. */
const noBudget = { RATE_LIMIT_BUDGET: '0' };

// ---------------------------------------------------------------- the request mix

interface Kind {
  name: string;
  hostile: boolean;
  weight: number;
  body: () => string;
  headers?: Record<string, string>;
  /** For hostile kinds: the documented answer. Normal kinds must answer 200 with the reference data. */
  expect?: { status: number; code: string };
}

const json = { 'content-type': 'application/json' };
const op = (query: string, variables?: Record<string, unknown>) =>
  JSON.stringify({ query, variables });
const nest = (depth: number) => `${'relations { node { '.repeat(depth)}id${' } }'.repeat(depth)}`;

const kinds: Kind[] = [
  {
    name: 'search',
    hostile: false,
    weight: 4,
    body: () =>
      op('query Search($t: String!) { search(text: $t) { id name nameEn type } }', { t: '火神山' }),
  },
  {
    name: 'entity + relations',
    hostile: false,
    weight: 3,
    body: () =>
      op(`query Entity { entity(id: "association:china-electronics-chamber-of-commerce") {
        id name ... on Association { actions { id category quantities { value unit } targets { id name } } }
        relations(direction: OUT) { type node { id type } evidence { quote start end } } } }`),
  },
  {
    name: 'neighborhood depth 2',
    hostile: false,
    weight: 2,
    body: () =>
      op(`query Around { neighborhood(id: "hospital:wuhan-huoshenshan-hospital", depth: 2, limit: 100) {
        nodes { id type name } edges { type from to } } }`),
  },
  {
    name: 'shortestPath',
    hostile: false,
    weight: 1,
    body: () =>
      op(`query Path { shortestPath(from: "government:ministry-of-civil-affairs", to: "company:foxconn") {
        nodes { id } edges { type from to } } }`),
  },
  {
    name: 'associations list',
    hostile: false,
    weight: 1,
    body: () => op('query List { associations(first: 100) { id name scope } }'),
  },
  {
    name: 'hostile: 40 levels deep',
    hostile: true,
    weight: 2,
    body: () => op(`query Deep { entity(id: "region:wuhan") { ${nest(20)} } }`),
    expect: { status: 400, code: 'QUERY_TOO_DEEP' },
  },
  {
    name: 'hostile: 500 aliases',
    hostile: true,
    weight: 2,
    body: () =>
      op(
        `query Aliases { ${Array.from({ length: 500 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
      ),
    expect: { status: 400, code: 'TOO_MANY_ALIASES' },
  },
  {
    name: 'hostile: cost bomb',
    hostile: true,
    weight: 2,
    body: () => op(`query Bomb { search(text: "协会", first: 100) { ${nest(3)} } }`),
    expect: { status: 400, code: 'QUERY_TOO_COMPLEX' },
  },
  {
    name: 'hostile: malformed JSON',
    hostile: true,
    weight: 2,
    body: () => '{"query": "{ search(text: ',
    expect: { status: 400, code: 'FST_ERR_CTP_INVALID_JSON_BODY' },
  },
  {
    name: 'hostile: control characters',
    hostile: true,
    weight: 2,
    body: () => op('query Bad($t: String!) { search(text: $t) { id } }', { t: 'x\u0000\ud800' }),
    expect: { status: 200, code: 'BAD_USER_INPUT' },
  },
  {
    name: 'hostile: 2 MiB body',
    hostile: true,
    weight: 0.2,
    body: () => op(`{ __typename }${' '.repeat(2 * 1024 * 1024)}`),
    expect: { status: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' },
  },
];

/** Deterministic choice (mulberry32), so runs with the same arguments send the same mix. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function picker(share: number, seed: number): () => Kind {
  const next = random(seed);
  const normal = kinds.filter((k) => !k.hostile);
  const hostile = kinds.filter((k) => k.hostile);
  const weighted = (list: Kind[]) => {
    const total = list.reduce((s, k) => s + k.weight, 0);
    let r = next() * total;
    for (const k of list) if ((r -= k.weight) < 0) return k;
    return list[list.length - 1]!;
  };
  return () => (next() < share ? weighted(hostile) : weighted(normal));
}

// ---------------------------------------------------------------- the server under test

interface ServerUnderTest {
  url: string;
  child: ChildProcess;
  exit: Promise<number | null>;
  /** Parsed JSON log lines with these messages. */
  logs: Record<string, unknown>[];
}

async function startServer(env: Record<string, string>): Promise<ServerUnderTest> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${stderr}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        let entry: Record<string, unknown>;
        try {
          entry = JSON.parse(line) as Record<string, unknown>;
        } catch {
          continue;
        }
        // Only the lines the checks read are kept: a run logs one line per request.
        if (entry.msg !== 'request completed') logs.push(entry);
        const match = /GraphQL at (http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(String(entry.msg));
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      }
    });
    void exit.then((code) =>
      reject(new Error(`server exited during start-up (${code}):\n${stderr}`)),
    );
  });
  return { url, child, exit, logs };
}

async function stopServer(server: ServerUnderTest): Promise<number | null> {
  if (server.child.exitCode !== null) return server.child.exitCode;
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 20_000);
  const code = await server.exit;
  clearTimeout(timer);
  return code;
}

// ---------------------------------------------------------------- one request

type Verdict =
  | 'ok' // a normal query with the reference answer, or a hostile one with its documented answer
  | 'wrong' // any other answer: a failed check
  | 'refused' // no connection, or 503 while the server closes: never accepted
  | 'unavailable'; // a clear SERVICE_UNAVAILABLE / DEADLINE_EXCEEDED (database down)

interface Sample {
  /** When the request was sent (epoch ms); set by load(). */
  at?: number;
  kind: Kind;
  verdict: Verdict;
  status: number | null;
  ms: number;
  detail?: string;
}

async function call(url: string, kind: Kind, reference: Map<string, string>): Promise<Sample> {
  const started = performance.now();
  let status: number | null = null;
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: kind.headers ?? json,
      body: kind.body(),
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
    status = response.status;
    const text = await response.text();
    const ms = performance.now() - started;
    if (status === 503 && !text.includes('"errors"')) {
      return { kind, verdict: 'refused', status, ms };
    }
    const body = JSON.parse(text) as {
      data?: unknown;
      errors?: { message: string; extensions?: { code?: string } }[];
      code?: string;
    };
    const codes = body.errors?.map((e) => e.extensions?.code) ?? (body.code ? [body.code] : []);
    if (/stacktrace|\n\s+at |Neo4jError|ECONNREFUSED/.test(text)) {
      return { kind, verdict: 'wrong', status, ms, detail: 'internals in the response' };
    }
    if (codes.some((c) => c === 'SERVICE_UNAVAILABLE' || c === 'DEADLINE_EXCEEDED')) {
      return { kind, verdict: 'unavailable', status, ms, detail: codes.join(',') };
    }
    if (kind.expect) {
      const ok = status === kind.expect.status && codes.includes(kind.expect.code);
      return { kind, verdict: ok ? 'ok' : 'wrong', status, ms, detail: codes.join(',') };
    }
    const ok =
      status === 200 && !body.errors && JSON.stringify(body.data) === reference.get(kind.name);
    return {
      kind,
      verdict: ok ? 'ok' : 'wrong',
      status,
      ms,
      detail: codes.join(',') || text.slice(0, 200),
    };
  } catch (error) {
    const ms = performance.now() - started;
    // Connection refused or closed before any response: the server never took the request.
    if (status === null) return { kind, verdict: 'refused', status, ms, detail: String(error) };
    return { kind, verdict: 'wrong', status, ms, detail: `body cut off: ${String(error)}` };
  }
}

/** The answers of the normal queries on an idle server: under load they must be the same. */
async function referenceAnswers(url: string): Promise<Map<string, string>> {
  const answers = new Map<string, string>();
  for (const kind of kinds.filter((k) => !k.hostile)) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: json,
      body: kind.body(),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown };
    if (response.status !== 200 || body.errors) {
      throw new Error(`reference query "${kind.name}" failed: ${JSON.stringify(body)}`);
    }
    answers.set(kind.name, JSON.stringify(body.data));
  }
  return answers;
}

/** N clients, each sending one request after another until `until()` says stop. */
async function load(
  url: string,
  reference: Map<string, string>,
  options: { clients: number; share: number; until: () => boolean; stopOnRefusal?: boolean },
): Promise<Sample[]> {
  const samples: Sample[] = [];
  await Promise.all(
    Array.from({ length: options.clients }, async (_, i) => {
      const pick = picker(options.share, 1000 + i);
      while (!options.until()) {
        const at = Date.now();
        const sample = { ...(await call(url, pick(), reference)), at };
        samples.push(sample);
        if (options.stopOnRefusal && sample.verdict === 'refused' && sample.status === null) return;
      }
    }),
  );
  return samples;
}

// ---------------------------------------------------------------- reporting

function summarize(label: string, samples: Sample[], elapsedS: number) {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const count = (v: Verdict) => samples.filter((s) => s.verdict === v).length;
  return {
    label,
    requests: samples.length,
    ok: count('ok'),
    wrong: count('wrong'),
    refused: count('refused'),
    unavailable: count('unavailable'),
    p50: percentile(ms, 50),
    p99: percentile(ms, 99),
    rps: samples.length / elapsedS,
  };
}

const failures: string[] = [];
function check(condition: boolean, message: string): void {
  console.log(`  ${condition ? 'PASS' : 'FAIL'}  ${message}`);
  if (!condition) failures.push(message);
}

function printTable(rows: ReturnType<typeof summarize>[]): void {
  console.log(
    '| requests | count | ok | wrong | refused | unavailable | p50 ms | p99 ms | req/s |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.label} | ${r.requests} | ${r.ok} | ${r.wrong} | ${r.refused} | ${r.unavailable} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.rps.toFixed(0)} |`,
    );
  }
}

function firstWrong(samples: Sample[]): string {
  const wrong = samples.find((s) => s.verdict === 'wrong');
  return wrong ? ` (first: ${wrong.kind.name} → ${wrong.status} ${wrong.detail ?? ''})` : '';
}

async function metricLines(url: string, prefix = 'graphql_requests_total{'): Promise<string[]> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return text.split('\n').filter((l) => l.startsWith(prefix));
}

/** One series' value from /metrics, e.g. `http_refusals_total{reason="rate_limited"}`; 0 when absent. */
async function metricValue(url: string, series: string): Promise<number> {
  const line = (await metricLines(url, `${series} `))[0];
  return line ? Number(line.slice(series.length + 1)) : 0;
}

async function printRefusals(url: string): Promise<void> {
  console.log('\n/metrics refusals:');
  for (const line of await metricLines(url, 'http_refusals_total{')) console.log(`  ${line}`);
  console.log('');
}

/** Milliseconds to wait. */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const fmt = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(1) : '-');

/** A latency bound: in the full run a failed check; in the short form (a correctness check on a shared machine) only reported. */
function checkLatency(condition: boolean, message: string): void {
  if (short)
    console.log(
      `  ${condition ? 'INFO' : 'NOTE'}  ${message} (latency is reported, not judged, in --short)`,
    );
  else check(condition, message);
}

// ---------------------------------------------------------------- the three phases

async function mixedLoad(backendEnv: Record<string, string>): Promise<void> {
  console.log(`${clients} clients, ${seconds} s, ${hostileShare * 100}% hostile\n`);
  const server = await startServer({ ...backendEnv, ...noBudget });
  try {
    const reference = await referenceAnswers(server.url);
    const started = performance.now();
    const end = Date.now() + seconds * 1000;
    const samples = await load(server.url, reference, {
      clients,
      share: hostileShare,
      until: () => Date.now() >= end,
    });
    const elapsed = (performance.now() - started) / 1000;
    const normal = samples.filter((s) => !s.kind.hostile);
    const hostile = samples.filter((s) => s.kind.hostile);
    printTable([
      summarize('normal', normal, elapsed),
      summarize('hostile', hostile, elapsed),
      summarize('all', samples, elapsed),
    ]);
    console.log('\nper kind (p50 / p99 ms):');
    for (const kind of kinds) {
      const own = samples
        .filter((s) => s.kind === kind)
        .map((s) => s.ms)
        .sort((a, b) => a - b);
      if (own.length > 0) {
        console.log(
          `  ${kind.name.padEnd(28)} ${String(own.length).padStart(6)}  ${percentile(own, 50).toFixed(1)} / ${percentile(own, 99).toFixed(1)}`,
        );
      }
    }
    console.log('\n/metrics after the run:');
    for (const line of await metricLines(server.url)) console.log(`  ${line}`);
    console.log('');
    check(
      hostile.length > 0 || hostileShare === 0,
      `hostile requests were sent (${hostile.length})`,
    );
    check(
      normal.length > 0 && normal.every((s) => s.verdict === 'ok'),
      `every normal query answered correctly${firstWrong(normal)}`,
    );
    check(
      hostile.every((s) => s.verdict === 'ok'),
      `every hostile request got its documented 4xx or GraphQL error${firstWrong(hostile)}`,
    );
    check(
      samples.every((s) => s.status === null || s.status < 500),
      'no 5xx',
    );
  } finally {
    await stopServer(server);
  }
}

async function sigtermUnderLoad(backendEnv: Record<string, string>): Promise<void> {
  const before = Math.min(3, seconds);
  console.log(`${clients} clients of normal queries, signal after ${before} s\n`);
  const server = await startServer({ ...backendEnv, ...noBudget });
  const reference = await referenceAnswers(server.url);
  const hardStop = Date.now() + 30_000;
  const started = performance.now();
  const samplesP = load(server.url, reference, {
    clients,
    share: 0,
    until: () => Date.now() >= hardStop,
    stopOnRefusal: true,
  });
  await new Promise((resolve) => setTimeout(resolve, before * 1000));
  const signalled = performance.now();
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 20_000);
  const code = await server.exit;
  clearTimeout(timer);
  const exitedAfterMs = performance.now() - signalled;
  const samples = await samplesP;
  printTable([summarize('normal', samples, (performance.now() - started) / 1000)]);
  const closed = server.logs.find((l) => l.msg === 'server closed') as
    { requests: { accepted: number; completed: number; aborted: number } } | undefined;
  // The reference queries were answered too, before the load began.
  const answered =
    samples.filter((s) => s.status !== null && s.status !== 503).length + reference.size;
  console.log(
    `\nexit code ${code} ${exitedAfterMs.toFixed(0)} ms after SIGTERM; server counted ${JSON.stringify(closed?.requests)}; ` +
      `clients got ${answered} answers, ${samples.filter((s) => s.verdict === 'refused').length} refusals (503 or no connection)\n`,
  );
  check(code === 0, 'the process exits 0');
  check(
    samples.every((s) => s.verdict === 'ok' || s.verdict === 'refused'),
    `every answer was complete and correct${firstWrong(samples)}`,
  );
  check(
    closed !== undefined && closed.requests.accepted === closed.requests.completed,
    'every request the server accepted was answered (accepted = completed)',
  );
  check(
    closed !== undefined && answered === closed.requests.completed,
    'clients received exactly the answers the server sent',
  );
}

/**
 * How Neo4j goes down and comes back: NEO4J_RESTART_COMMAND against the server at NEO4J_URI
 * (e.g. `docker compose restart neo4j`), or, without NEO4J_URI, a local Neo4j this phase starts
 * itself (neo4j/local/), kills with SIGKILL and starts again on the same store and port.
 */
interface Outage {
  uri: string;
  /** Takes the database down and brings it back; resolves once it accepts connections again. */
  bounce(whileDown: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

async function externalOutage(uri: string, command: string): Promise<Outage> {
  return {
    uri,
    async bounce(whileDown) {
      console.log(`  running: ${command}`);
      const restart = spawn(command, { shell: true, stdio: 'inherit' });
      const exited = new Promise((resolve) => restart.once('exit', resolve));
      await whileDown();
      await exited;
    },
    close: async () => undefined,
  };
}

async function localOutage(): Promise<Outage> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'relief-neo4j-fault-'));
  const port = await freePort();
  const start = () => startLocalNeo4j({ ports: [port], home });
  let neo4j = await start();
  const uri = neo4j.uris[0]!;
  await runSeed(uri);
  return {
    uri,
    async bounce(whileDown) {
      console.log(`  SIGKILL to the local Neo4j (pid ${neo4j.process.pid})`);
      neo4j.process.kill('SIGKILL');
      await new Promise((resolve) => neo4j.process.once('exit', resolve));
      await whileDown();
      console.log('  starting the local Neo4j again on the same store and port');
      neo4j = await start();
    },
    async close() {
      await neo4j.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

async function databaseRestart(): Promise<void> {
  let outage: Outage;
  if (process.env.NEO4J_URI) {
    const command = process.env.NEO4J_RESTART_COMMAND;
    if (!command) {
      console.log(
        '  SKIPPED: NEO4J_URI is set but NEO4J_RESTART_COMMAND is not (e.g. "docker compose restart neo4j"); ' +
          'without NEO4J_URI this phase starts a local Neo4j of its own',
      );
      return;
    }
    outage = await externalOutage(process.env.NEO4J_URI, command);
  } else {
    const problem = missingTools();
    if (problem) {
      check(!process.env.CI, `the Neo4j restart phase runs (under CI it must): ${problem}`);
      console.log(`  SKIPPED: ${problem}`);
      return;
    }
    outage = await localOutage();
  }
  const requestBudgetMs = 5000;
  const server = await startServer({
    GRAPH_BACKEND: 'neo4j',
    NEO4J_URI: outage.uri,
    REQUEST_TIMEOUT_MS: String(requestBudgetMs),
    // Every request goes to the database: cached answers would hide the outage being tested.
    RESPONSE_CACHE: 'off',
    ...noBudget,
  });
  try {
    const reference = await referenceAnswers(server.url);
    let stop = false;
    const samplesP = load(server.url, reference, { clients, share: 0, until: () => stop });
    await new Promise((resolve) => setTimeout(resolve, short ? 1000 : 2000));
    const downAt = Date.now();
    const probes: { ready: number; health: string }[] = [];
    let upAt = 0;
    await outage.bounce(async () => {
      // While it is down: readiness says so, and /health says why.
      const downFor = short ? 3000 : seconds * 1000;
      while (Date.now() - downAt < downFor) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        const ready = await fetch(`${server.url}/ready`, { signal: AbortSignal.timeout(10_000) });
        const health = await fetch(`${server.url}/health`, { signal: AbortSignal.timeout(10_000) });
        probes.push({ ready: ready.status, health: await health.text() });
      }
    });
    upAt = Date.now();
    console.log(`  Neo4j accepts connections again ${upAt - downAt} ms after it went down`);
    // Recovery: the API, never restarted, answers normal queries correctly again.
    const recoveryDeadline = Date.now() + 60_000;
    let recoveredAt: number | null = null;
    // Recovered means every query shape answers correctly again: the restarted database plans
    // each statement afresh, and a shape not yet planned can still be slow.
    const pending = new Set(kinds.filter((k) => !k.hostile));
    while (Date.now() < recoveryDeadline && pending.size > 0) {
      for (const kind of [...pending]) {
        if ((await call(server.url, kind, reference)).verdict === 'ok') pending.delete(kind);
      }
      if (pending.size > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (pending.size === 0) recoveredAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, short ? 2000 : 3000));
    stop = true;
    const samples = await samplesP;
    const elapsed = (Date.now() - downAt) / 1000;
    printTable([summarize('normal', samples, elapsed)]);
    const byOutcome = new Map<string, number>();
    for (const sample of samples) {
      const key = `${sample.status ?? 'no answer'} ${sample.verdict === 'ok' ? 'ok' : (sample.detail ?? sample.verdict)}`;
      byOutcome.set(key, (byOutcome.get(key) ?? 0) + 1);
    }
    console.log(`\n  outcomes: ${[...byOutcome].map(([k, n]) => `${k}: ${n}`).join(' · ')}`);
    const slowest = Math.max(...samples.map((s) => s.ms));
    console.log(
      `  slowest answer ${slowest.toFixed(0)} ms (request budget ${requestBudgetMs} ms); ` +
        `recovered ${recoveredAt ? `${recoveredAt - upAt} ms after Neo4j was back` : 'NOT within 60 s'}`,
    );
    check(
      probes.length > 0 && probes.every((p) => p.ready === 503),
      '/ready answered 503 while Neo4j was down',
    );
    check(
      probes.every(
        (p) => /"ok":false/.test(p.health) && /unavailable|refused|connect/i.test(p.health),
      ),
      `/health said why while Neo4j was down${probes[0] ? ` (${probes[0].health.slice(0, 160)})` : ''}`,
    );
    check(
      samples.some((s) => s.verdict === 'unavailable'),
      'requests during the outage were answered SERVICE_UNAVAILABLE',
    );
    check(
      samples.every((s) => s.verdict !== 'wrong' && s.status !== 500),
      `every answer was correct data or a clear SERVICE_UNAVAILABLE / DEADLINE_EXCEEDED, never a 500${firstWrong(samples)}`,
    );
    // The deadline is a timer in the API's event loop; on a loaded 2-core machine where a JVM is
    // starting, timers run late, so "hung" means well past the budget, not a few ticks.
    check(
      slowest < requestBudgetMs * 2,
      `no request hung past its deadline (slowest ${slowest.toFixed(0)} ms)`,
    );
    // Like the other latencies, the time to recover is judged in the full run only: in --short,
    // on two cores shared with the rest of the suite, cold statement planning alone can take 10 s.
    check(
      recoveredAt !== null && (short || recoveredAt - upAt < 10_000),
      `the API recovered${short ? '' : ' within 10 s of Neo4j coming back'}, without a restart of its own`,
    );
    const after = samples.filter((s) => recoveredAt !== null && s.at! >= recoveredAt);
    check(
      after.length > 0 && after.every((s) => s.verdict === 'ok'),
      `after recovery every normal query is answered correctly (${after.length} sent)` +
        (after.find((s) => s.verdict !== 'ok')?.detail ?? ''),
    );
  } finally {
    await stopServer(server);
    await outage.close();
  }
}

async function oversizedBodies(backendEnv: Record<string, string>): Promise<void> {
  const each = short ? 3 : 10;
  console.log(
    `${clients} senders at once × ${each} bodies of 2 MiB (limit 1 MiB) per way of sending; every one must get 413\n`,
  );
  const server = await startServer({ ...backendEnv, ...noBudget });
  const keepAlive = new http.Agent({ keepAlive: true, maxSockets: clients });
  try {
    const body = op(`{ __typename }${' '.repeat(2 * 1024 * 1024)}`);
    const viaFetch = async (): Promise<Answer> => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: json,
        body,
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
      return { status: response.status, headers: {}, text: await response.text() };
    };
    const slow = { chunkBytes: 64 * 1024, pauseMs: 2 };
    const ways: { name: string; send: () => Promise<Answer> }[] = [
      { name: 'fetch (undici), keep-alive', send: viaFetch },
      { name: 'fresh connection, at once', send: () => post(server.url, body) },
      { name: 'fresh connection, slow sender', send: () => post(server.url, body, slow) },
      {
        name: 'keep-alive, slow sender',
        send: () => post(server.url, body, { agent: keepAlive, ...slow }),
      },
      {
        name: 'keep-alive, chunked, slow',
        send: () => post(server.url, body, { agent: keepAlive, chunked: true, ...slow }),
      },
    ];
    console.log('| way of sending | requests | 413 | no answer | other | p50 ms | p99 ms |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    let total = 0;
    const failures: string[] = [];
    for (const way of ways) {
      const ms: number[] = [];
      const counts = { refused: 0, noAnswer: 0, other: 0 };
      await Promise.all(
        Array.from({ length: clients }, async () => {
          for (let i = 0; i < each; i++) {
            const started = performance.now();
            try {
              const answer = await way.send();
              ms.push(performance.now() - started);
              const ok =
                answer.status === 413 && answer.text.includes('"FST_ERR_CTP_BODY_TOO_LARGE"');
              if (ok) counts.refused += 1;
              else {
                counts.other += 1;
                failures.push(`${way.name}: ${answer.status} ${answer.text.slice(0, 100)}`);
              }
            } catch (error) {
              counts.noAnswer += 1;
              failures.push(`${way.name}: no answer (${String(error)})`);
            }
          }
        }),
      );
      total += clients * each;
      console.log(
        `| ${way.name} | ${clients * each} | ${counts.refused} | ${counts.noAnswer} | ${counts.other} | ${fmt(percentileOf(ms, 50))} | ${fmt(percentileOf(ms, 99))} |`,
      );
    }
    const next = await post(server.url, op('{ __typename }'), { agent: keepAlive });
    await printRefusals(server.url);
    check(
      failures.length === 0,
      `every oversized body got 413 FST_ERR_CTP_BODY_TOO_LARGE (${total} sent)${failures.length ? ` (first: ${failures[0]})` : ''}`,
    );
    check(next.status === 200, 'a keep-alive connection that sent one serves the next request');
    check(
      (await metricValue(server.url, 'http_refusals_total{reason="body_too_large"}')) === total,
      '/metrics counts each as body_too_large',
    );
  } finally {
    keepAlive.destroy();
    await stopServer(server);
  }
}

/** A client on one keep-alive connection from `from`, a normal query, then `pauseMs`, and again, for `ms`: its latencies and any wrong answers. */
async function steadyClient(
  url: string,
  from: string,
  reference: Map<string, string>,
  ms: number,
  pauseMs: number,
): Promise<{ ms: number[]; wrong: string[] }> {
  const normal = kinds.filter((k) => !k.hostile);
  const latencies: number[] = [];
  const wrong: string[] = [];
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const end = Date.now() + ms;
  for (let i = 0; Date.now() < end; i++) {
    const kind = normal[i % normal.length]!;
    const started = performance.now();
    try {
      const answer = await post(url, kind.body(), { from, agent });
      latencies.push(performance.now() - started);
      const data = (JSON.parse(answer.text) as { data?: unknown }).data;
      if (answer.status !== 200 || JSON.stringify(data) !== reference.get(kind.name)) {
        wrong.push(`${kind.name} → ${answer.status} ${answer.text.slice(0, 100)}`);
      }
    } catch (error) {
      wrong.push(`${kind.name} → no answer (${String(error)})`);
    }
    await sleep(pauseMs);
  }
  agent.destroy();
  return { ms: latencies, wrong };
}

async function fairShare(backendEnv: Record<string, string>): Promise<void> {
  // A scaled-down budget, so the phase sees many windows: 4 heavy operations per client per second.
  const budget = 5_000_000;
  const windowMs = 1000;
  const heavyQuery = op(
    `query Heavy { search(text: "协会", first: 100) { relations { node { relations { id } } } } }`,
  );
  const perWindow = Math.floor(budget / (1_020_101 + 10_000));
  console.log(
    `budget ${budget.toLocaleString('en')} per ${windowMs} ms per client (${perWindow} heavy operations of cost 1,020,101); ` +
      `a heavy client (127.0.0.2, ${clients} connections, no pause) against a well-behaved one (127.0.0.3, a normal query every 10 ms), ${seconds} s each\n`,
  );
  const server = await startServer({
    ...backendEnv,
    RATE_LIMIT_BUDGET: String(budget),
    RATE_LIMIT_WINDOW_MS: String(windowMs),
  });
  try {
    const reference = await referenceAnswers(server.url);
    const alone = await steadyClient(server.url, '127.0.0.3', reference, seconds * 1000, 10);
    // The heavy client runs in its own process, so its work does not share the well-behaved one's.
    const started = Date.now();
    const flooding = flood(server.url, '127.0.0.2', heavyQuery, clients, seconds * 1000);
    const during = await steadyClient(server.url, '127.0.0.3', reference, seconds * 1000, 10);
    const heavy = await flooding;
    const elapsedS = (Date.now() - started) / 1000;
    const heavyTotal = Object.values(heavy).reduce((a, b) => a + b, 0);
    console.log('| client | requests | answered | 429 | wrong or no answer | p50 ms | p99 ms |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const [label, run] of [
      ['well-behaved, alone', alone],
      ['well-behaved, heavy one throttled', during],
    ] as const) {
      console.log(
        `| ${label} | ${run.ms.length + run.wrong.length} | ${run.ms.length - run.wrong.length} | 0 | ${run.wrong.length} | ${fmt(percentileOf(run.ms, 50))} | ${fmt(percentileOf(run.ms, 99))} |`,
      );
    }
    const heavyWrong = heavyTotal - (heavy['200'] ?? 0) - (heavy['429'] ?? 0);
    console.log(
      `| heavy | ${heavyTotal} | ${heavy['200'] ?? 0} | ${heavy['429'] ?? 0} | ${heavyWrong} | - | - |`,
    );
    const served = await metricValue(
      server.url,
      'graphql_requests_total{operation="Heavy",outcome="ok",code="OK"}',
    );
    const refusals = await metricValue(server.url, 'http_refusals_total{reason="rate_limited"}');
    await printRefusals(server.url);
    check(
      alone.wrong.length === 0 && during.wrong.length === 0 && during.ms.length > 0,
      `every request of the well-behaved client answered correctly, none refused${during.wrong[0] ? ` (first: ${during.wrong[0]})` : ''}`,
    );
    check((heavy['429'] ?? 0) > 0, 'the heavy client was throttled (429)');
    check(
      heavyWrong === 0,
      `every heavy answer was its data or a 429 with Retry-After and RATE_LIMITED (${JSON.stringify(heavy)})`,
    );
    const windows = Math.ceil(elapsedS / (windowMs / 1000)) + 1;
    check(
      (heavy['200'] ?? 0) <= perWindow * windows,
      `the heavy client ran at most its budget: ${heavy['200'] ?? 0} operations ≤ ${perWindow} × ${windows} windows`,
    );
    check(
      served === (heavy['200'] ?? 0) && refusals === (heavy['429'] ?? 0),
      `nothing lost: the server ran exactly the operations it answered (${served}) and refused the others before execution (${refusals})`,
    );
    const [aloneP50, duringP50] = [percentileOf(alone.ms, 50), percentileOf(during.ms, 50)];
    checkLatency(
      duringP50 <= aloneP50 * 3 + 10,
      `the well-behaved client kept its latency: p50 ${fmt(duringP50)} ms while the other was throttled, ${fmt(aloneP50)} ms alone (bound: 3 × alone + 10 ms)`,
    );
  } finally {
    await stopServer(server);
  }
}

async function slowConnections(backendEnv: Record<string, string>): Promise<void> {
  // Timeouts short enough to watch them fire, long enough that the slow connections outlive the measurement.
  const headersTimeoutMs = (seconds + 2) * 1000;
  const bodyTimeoutMs = headersTimeoutMs + 2000;
  const perClientCap = 128;
  const held: [string, HeldKind, number][] = [
    ['127.0.1.1', 'idle', 100],
    ['127.0.1.2', 'slow headers', 100],
    ['127.0.1.3', 'slow body', 100],
    // One client opening more than its cap: the rest are closed at once.
    ['127.0.1.4', 'idle', 200],
  ];
  const opened = held.reduce((sum, [, , count]) => sum + count, 0);
  const expectedHeld = held.reduce((sum, [, , count]) => sum + Math.min(count, perClientCap), 0);
  console.log(
    `${opened} slow or idle connections from 4 addresses (idle, a header line or a body byte every 500 ms; cap ${perClientCap} per address), ` +
      `headers timeout ${headersTimeoutMs} ms, body ${bodyTimeoutMs} ms; a normal client (127.0.0.1) ${seconds} s alone, then ${seconds} s while they are held\n`,
  );
  const server = await startServer({
    ...backendEnv,
    ...noBudget,
    HEADERS_TIMEOUT_MS: String(headersTimeoutMs),
    BODY_TIMEOUT_MS: String(bodyTimeoutMs),
    MAX_CONNECTIONS_PER_CLIENT: String(perClientCap),
  });
  const connections: HeldConnection[] = [];
  try {
    const reference = await referenceAnswers(server.url);
    const alone = await steadyClient(server.url, '127.0.0.1', reference, seconds * 1000, 0);
    const openedAt = Date.now();
    for (const [from, kind, count] of held) {
      for (let i = 0; i < count; i++) connections.push(hold(server.url, from, kind));
    }
    // Until the server has taken them all and closed those past the cap (at once, but this is a busy machine).
    const settledBy = Date.now() + 3000;
    while (
      connections.filter((c) => !c.isOpen()).length < opened - expectedHeld &&
      Date.now() < settledBy
    ) {
      await settle(100);
    }
    await settle(200);
    const heldOpen = connections.filter((c) => c.isOpen()).length;
    const during = await steadyClient(
      server.url,
      '127.0.0.1',
      reference,
      Math.min(seconds * 1000, headersTimeoutMs - (Date.now() - openedAt) - 1000),
      0,
    );
    const stillOpen = connections.filter((c) => c.isOpen()).length;
    const closed = await Promise.race([
      Promise.all(connections.map((c) => c.closed)),
      sleep(bodyTimeoutMs + 5000).then(() => null),
    ]);
    console.log('| normal client | requests | wrong or no answer | p50 ms | p99 ms |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const [label, run] of [
      ['alone', alone],
      [`${heldOpen} slow connections held`, during],
    ] as const) {
      console.log(
        `| ${label} | ${run.ms.length} | ${run.wrong.length} | ${fmt(percentileOf(run.ms, 50))} | ${fmt(percentileOf(run.ms, 99))} |`,
      );
    }
    const timedOut = (closed ?? []).filter((c) => /^HTTP\/1\.1 408 /.test(c.answer)).length;
    const late = (closed ?? []).filter(
      (c, i) =>
        c.afterMs >
        (connections[i]!.kind === 'slow body' ? bodyTimeoutMs : headersTimeoutMs) + 2000,
    ).length;
    const timeouts = await metricValue(server.url, 'http_refusals_total{reason="request_timeout"}');
    const capped = await metricValue(server.url, 'http_refusals_total{reason="connection_limit"}');
    await printRefusals(server.url);
    check(
      alone.wrong.length === 0 && during.wrong.length === 0 && during.ms.length > 0,
      `every normal request answered correctly while the slow connections were held${during.wrong[0] ? ` (first: ${during.wrong[0]})` : ''}`,
    );
    check(
      heldOpen === expectedHeld && stillOpen === expectedHeld,
      `${expectedHeld} slow connections held open during the measurement (${heldOpen} at its start, ${stillOpen} at its end), ${opened - expectedHeld} past the per-client cap closed at once`,
    );
    check(
      closed !== null && late === 0 && timedOut === expectedHeld,
      `the server closed every slow connection at its timeout with 408 (${timedOut} of ${expectedHeld}, ${late} late)`,
    );
    check(
      timeouts === expectedHeld && capped === opened - expectedHeld,
      `/metrics counts them: request_timeout ${timeouts}, connection_limit ${capped}`,
    );
    const [aloneP50, duringP50] = [percentileOf(alone.ms, 50), percentileOf(during.ms, 50)];
    checkLatency(
      duringP50 <= aloneP50 * 3 + 10,
      `the normal client kept its latency: p50 ${fmt(duringP50)} ms with the slow connections held, ${fmt(aloneP50)} ms alone (bound: 3 × alone + 10 ms)`,
    );
  } finally {
    for (const c of connections) c.close();
    await stopServer(server);
  }
}

// ---------------------------------------------------------------- the run

interface Phase {
  title: string;
  run: (backendEnv: Record<string, string>) => Promise<void>;
}

const phases: Phase[] = [
  { title: 'Mixed load', run: mixedLoad },
  { title: 'Oversized bodies', run: oversizedBodies },
  { title: 'Fair share: a heavy client against its budget', run: fairShare },
  { title: 'Slow and idle connections', run: slowConnections },
  { title: 'SIGTERM under load', run: sigtermUnderLoad },
  { title: 'Neo4j restart under load', run: databaseRestart },
];

async function main(): Promise<void> {
  console.log(
    `# Load and fault test${short ? ' (short)' : ''} · ${new Date().toISOString()} · Node ${process.version} · ` +
      `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'} · ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
  );
  // The phases run on the backend GRAPH_BACKEND names (memory unless neo4j with a URI).
  const backendEnv: Record<string, string> =
    process.env.NEO4J_URI && process.env.GRAPH_BACKEND === 'neo4j'
      ? { GRAPH_BACKEND: 'neo4j' }
      : {};
  for (const [i, phase] of phases.entries()) {
    if (only && !only.test(phase.title)) continue;
    console.log(`\n## ${i + 1}. ${phase.title}\n`);
    const started = performance.now();
    await phase.run(backendEnv);
    console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  console.log(
    failures.length === 0 ? '\nAll checks passed.' : `\n${failures.length} check(s) failed.`,
  );
  process.exitCode = failures.length === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
