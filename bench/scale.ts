// `npm run bench:scale`: load time, memory and query latency at 1e3..1e6 relations, on the embedded backend or (GRAPH_BACKEND=neo4j) on Neo4j.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const backend = process.env.GRAPH_BACKEND === 'neo4j' ? 'neo4j' : 'memory';
const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000,1000000' },
    samples: { type: 'string', default: '200' },
    out: {
      type: 'string',
      default: path.join(
        root,
        `bench/results/${backend === 'neo4j' ? 'scale-neo4j' : 'scale'}.json`,
      ),
    },
  },
});
const sizes = flags.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes: positive integers');

interface QueryResult {
  name: string;
  httpP50Ms: number;
  httpP99Ms: number;
  portP50Ms: number;
  portP99Ms: number;
  /** On Neo4j: PROFILE of the first sample's statements. */
  cypher?: { roundTrips: number; dbHits: number; maxRows: number };
}
interface SizeResult {
  relations: number;
  entities: number;
  generateMs: number;
  loadMs: number;
  /** Null on Neo4j, where the graph is in the database. */
  heapMiB: number | null;
  rssMiB: number;
  queries: QueryResult[];
}

/** Each size in a fresh process, so memory figures and JIT state are its own. */
function runSize(relations: number): Promise<SizeResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--expose-gc',
        '--max-old-space-size=16384',
        '--import',
        'tsx',
        path.join(root, 'bench/scale/scaleWorker.ts'),
        '--relations',
        String(relations),
        '--samples',
        flags.samples,
        '--backend',
        backend,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`size ${relations} failed (exit ${code})`));
      resolve(JSON.parse(out.trim().split('\n').pop()!) as SizeResult);
    });
  });
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));

function table(results: SizeResult[]): string {
  const lines: string[][] = [
    [
      'relations',
      'entities',
      'generate s',
      'load s',
      'heap MiB',
      'query',
      'http p50',
      'http p99',
      'port p50',
      'port p99',
      'db hits',
    ],
  ];
  for (const r of results) {
    r.queries.forEach((q, i) => {
      const head =
        i === 0
          ? [
              r.relations.toExponential(0),
              String(r.entities),
              (r.generateMs / 1000).toFixed(1),
              (r.loadMs / 1000).toFixed(1),
              r.heapMiB === null ? '-' : r.heapMiB.toFixed(0),
            ]
          : ['', '', '', '', ''];
      lines.push([
        ...head,
        q.name,
        fmt(q.httpP50Ms),
        fmt(q.httpP99Ms),
        fmt(q.portP50Ms),
        fmt(q.portP99Ms),
        q.cypher ? String(q.cypher.dbHits) : '-',
      ]);
    });
  }
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  return lines
    .map((l) =>
      l.map((c, i) => (i === 5 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '),
    )
    .join('\n');
}

/** p50 at the largest size over p50 at 1e4, per query: the growth the target bounds (< 3x). */
function growth(results: SizeResult[]) {
  const from = results.find((r) => r.relations === 10_000);
  const to = results.find((r) => r.relations === 1_000_000);
  if (!from || !to) return null;
  return from.queries.map((q, i) => ({
    name: q.name,
    http: to.queries[i]!.httpP50Ms / q.httpP50Ms,
    port: to.queries[i]!.portP50Ms / q.portP50Ms,
  }));
}

async function main(): Promise<void> {
  const results: SizeResult[] = [];
  for (const size of sizes) {
    process.stderr.write(`bench:scale: ${size} relations on ${backend}...\n`);
    results.push(await runSize(size));
  }
  process.stdout.write(`${table(results)}\n`);
  const ratios = growth(results);
  if (ratios) {
    process.stdout.write('\np50 growth from 1e4 to 1e6 relations (target < 3x):\n');
    for (const r of ratios) {
      process.stdout.write(
        `  ${r.name.padEnd(30)} http ${r.http.toFixed(2)}x  port ${r.port.toFixed(2)}x\n`,
      );
    }
  }
  const report = {
    date: new Date().toISOString(),
    backend,
    machine: {
      cpus: os.availableParallelism(),
      node: process.version,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    },
    samples: Number(flags.samples),
    sizes: results,
    growth1e4to1e6: ratios,
  };
  await mkdir(path.dirname(flags.out), { recursive: true });
  await writeFile(flags.out, `${JSON.stringify(report, null, 2)}\n`);
  process.stderr.write(`bench:scale: wrote ${path.relative(process.cwd(), flags.out)}\n`);
}

main().catch((error: unknown) => {
  console.error(`bench:scale: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
