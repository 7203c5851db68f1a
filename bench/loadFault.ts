// Load and fault test, run on demand: mixed normal and hostile load, SIGTERM under load, and (with NEO4J_URI) a database restart under load.
//
//   npm run load:fault                       # 8 clients, 10 s of mixed load, then SIGTERM under load
//   npm run load:fault -- --clients 16 --seconds 20
//   NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=… NEO4J_RESTART_COMMAND='docker compose restart neo4j' npm run load:fault
//
// Loopback only: it starts its own server on 127.0.0.1 and sends traffic nowhere else. Every loop is
// bounded in time, and every request has a timeout. Exits 1 when a check fails.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { percentile } from './measure.js';

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: process.env.LOAD_CLIENTS ?? '8' },
    seconds: { type: 'string', default: process.env.LOAD_SECONDS ?? '10' },
    'hostile-share': { type: 'string', default: '0.2' },
  },
});
const clients = Math.min(Math.max(1, Number(args.clients)), 64);
const seconds = Math.min(Math.max(1, Number(args.seconds)), 120);
const hostileShare = Math.min(Math.max(0, Number(args['hostile-share'])), 1);
const requestTimeoutMs = 15_000;

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
        const sample = await call(url, pick(), reference);
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

async function metricLines(url: string): Promise<string[]> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return text.split('\n').filter((l) => l.startsWith('graphql_requests_total{'));
}

// ---------------------------------------------------------------- the three phases

async function mixedLoad(backendEnv: Record<string, string>): Promise<void> {
  console.log(
    `\n## 1. Mixed load: ${clients} clients, ${seconds} s, ${hostileShare * 100}% hostile\n`,
  );
  const server = await startServer(backendEnv);
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
  console.log(
    `\n## 2. SIGTERM under load: ${clients} clients of normal queries, signal after ${before} s\n`,
  );
  const server = await startServer(backendEnv);
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

async function databaseRestart(): Promise<void> {
  console.log('\n## 3. Neo4j restart under load\n');
  const restart = process.env.NEO4J_RESTART_COMMAND;
  if (!process.env.NEO4J_URI || !restart) {
    console.log(
      `  SKIPPED: ${!process.env.NEO4J_URI ? 'NEO4J_URI is not set' : 'NEO4J_RESTART_COMMAND is not set'} ` +
        '(set NEO4J_URI, NEO4J_PASSWORD and NEO4J_RESTART_COMMAND, e.g. "docker compose restart neo4j", to run it)',
    );
    return;
  }
  const server = await startServer({ GRAPH_BACKEND: 'neo4j' });
  try {
    const reference = await referenceAnswers(server.url);
    let stop = false;
    const samplesP = load(server.url, reference, { clients, share: 0, until: () => stop });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    console.log(`  running: ${restart}`);
    const restartStarted = Date.now();
    const result = spawnSync(restart, { shell: true, stdio: 'inherit', timeout: 120_000 });
    console.log(
      `  restart command exited ${result.status} after ${Date.now() - restartStarted} ms`,
    );
    // Recovery: the API, never restarted, answers normal queries correctly again.
    const recoveryDeadline = Date.now() + 120_000;
    let recoveredAt: number | null = null;
    while (Date.now() < recoveryDeadline) {
      const probe = await call(server.url, kinds[0]!, reference);
      if (probe.verdict === 'ok') {
        recoveredAt = Date.now();
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const afterRecovery = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    stop = true;
    const samples = await samplesP;
    const elapsed = (Date.now() - restartStarted) / 1000;
    printTable([summarize('normal', samples, elapsed)]);
    const tail = samples.filter((s) => s.verdict !== 'refused').slice(-Math.max(10, clients * 5));
    console.log(
      `\n  recovered ${recoveredAt ? `${recoveredAt - restartStarted} ms after the restart began` : 'NOT within 120 s'}`,
    );
    check(recoveredAt !== null, 'the API recovers without a restart of its own');
    check(
      samples.every((s) => s.verdict !== 'wrong'),
      `while the database was down every answer was a clear SERVICE_UNAVAILABLE or DEADLINE_EXCEEDED${firstWrong(samples)}`,
    );
    check(
      tail.every((s) => s.verdict === 'ok'),
      `after recovery (${afterRecovery}) every normal query is answered correctly`,
    );
  } finally {
    await stopServer(server);
  }
}

async function main(): Promise<void> {
  console.log(
    `# Load and fault test · ${new Date().toISOString()} · Node ${process.version} · ` +
      `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'} · ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
  );
  // Phases 1 and 2 run on the backend GRAPH_BACKEND names (memory unless neo4j with a URI).
  const backendEnv: Record<string, string> =
    process.env.NEO4J_URI && process.env.GRAPH_BACKEND === 'neo4j'
      ? { GRAPH_BACKEND: 'neo4j' }
      : {};
  await mixedLoad(backendEnv);
  await sigtermUnderLoad(backendEnv);
  await databaseRestart();
  console.log(
    failures.length === 0 ? '\nAll checks passed.' : `\n${failures.length} check(s) failed.`,
  );
  process.exitCode = failures.length === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
