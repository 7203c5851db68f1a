// `npm run bench:ingest`: how well and how fast a report is read into proposals, and how fast accepted proposals are committed. Prints the proposer's scores on the seed article (names withheld), the time of proposeFacts for a 10,000-character report over HTTP on the embedded backend, and the time to commit 100 accepted facts through the write API on the embedded backend and on a local Neo4j (--no-neo4j to skip it): one request per write, and one commitBatch (--batch-only: only that).
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { createBackend } from '../src/createBackend.js';
import { MemoryBackend } from '../src/graph/memory/MemoryBackend.js';
import type { GraphBackend } from '../src/graph/port.js';
import { scoreDeeds, scoreEntities, scoreQuantities } from '../src/ingest/measure.js';
import { readReport } from '../src/ingest/Proposer.js';
import { loadSeed } from '../src/seed/loadSeed.js';
import { createServer } from '../src/server.js';
import { missingTools, runSeed, startLocalNeo4j, freePort } from '../neo4j/local/localNeo4j.js';
import { median } from './measure.js';

const { values: flags } = parseArgs({
  options: {
    'no-neo4j': { type: 'boolean', default: false },
    // Only the one-batch commit (the one-write-at-a-time one takes a minute on a loaded Neo4j).
    'batch-only': { type: 'boolean', default: false },
    runs: { type: 'string', default: '7' },
  },
});
const runs = Number(flags.runs);
const secret = 'bench-curator-secret-0123456789';
const env = {
  LOG_LEVEL: 'silent',
  PORT: '0',
  API_KEYS: `curator@bench:${secret}`,
  WRITE_RATE_LIMIT: '100000',
  RATE_LIMIT_BUDGET: '0',
  RESPONSE_CACHE: 'off',
};

const seed = await loadSeed();
const article = seed.sources[0]!;

/** A 10,000-character report: the article's paragraphs, numbered, until the length is reached. */
function report(length: number): string {
  const parts: string[] = [];
  let total = 0;
  for (let round = 1; total < length; round++) {
    const part = `（${round}）${article.text}\n`;
    parts.push(part);
    total += part.length;
  }
  return parts.join('').slice(0, length);
}

async function serve(backend: GraphBackend, extra: Record<string, string> = {}) {
  const server = await createServer({ config: loadConfig({ ...env, ...extra }), backend });
  const url = await server.app.listen({ host: '127.0.0.1', port: 0 });
  const post = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    if (body.errors) throw new Error(body.errors[0]!.message);
    return body.data;
  };
  return { post, close: () => server.close() };
}

const PROPOSE = `query ($text: String!) { proposeFacts(text: $text) { entities { key } quantities { value } deeds { quote start end activity } } }`;

/** Commits a source and 100 relief actions (accepted deed proposals) one write each; the elapsed ms. */
async function commit100(
  post: (q: string, v: Record<string, unknown>) => Promise<unknown>,
  text: string,
) {
  const deeds = readReport(text).deeds.slice(0, 100);
  if (deeds.length < 100) throw new Error(`only ${deeds.length} deeds proposed`);
  const started = performance.now();
  await post(`mutation ($input: SourceInput!) { addSource(input: $input) { number } }`, {
    input: { id: 'bench-report', title: 'bench', text },
  });
  for (const [i, deed] of deeds.entries()) {
    await post(`mutation ($input: EntityInput!) { upsertEntity(input: $input) { number } }`, {
      input: {
        id: `action:bench-deed-${i}`,
        type: 'RELIEF_ACTION',
        name: `${deed.quote.slice(0, 30)}·${i}`,
        nameEn: `Proposed deed ${i}`,
        nameEnSource: 'DESCRIPTION',
        category: 'DONATIONS',
        activity: deed.activity,
        evidence: [{ source: 'bench-report', quote: deed.quote, start: deed.start, end: deed.end }],
      },
    });
  }
  return performance.now() - started;
}

const COMMIT_BATCH = `mutation ($input: BatchInput!) { commitBatch(input: $input) { number } }`;

/**
 * Commits 101 accepted facts in ONE commitBatch: a source, 40 relief actions (accepted deeds) and
 * 60 relations (PERFORMED from an association of the seed, TARGETED to 湖北 for half of them);
 * the elapsed ms of the one request.
 */
async function commitBatch100(
  post: (q: string, v: Record<string, unknown>) => Promise<unknown>,
  text: string,
) {
  const deeds = readReport(text).deeds.slice(0, 40);
  const actors = seed.entities.filter((e) => e.type === 'ASSOCIATION').slice(0, 20);
  const source = 'bench-batch-report';
  const evidenceOf = (deed: (typeof deeds)[number]) => [
    { source, quote: deed.quote, start: deed.start, end: deed.end },
  ];
  const input = {
    sources: [{ source: { id: source, title: 'bench batch', text } }],
    entities: deeds.map((deed, i) => ({
      entity: {
        id: `action:bench-batch-deed-${i}`,
        type: 'RELIEF_ACTION',
        name: `${deed.quote.slice(0, 30)}·b${i}`,
        nameEn: `Proposed deed ${i} (batch)`,
        nameEnSource: 'DESCRIPTION',
        category: 'DONATIONS',
        activity: deed.activity,
        evidence: evidenceOf(deed),
      },
    })),
    relations: [
      ...deeds.map((deed, i) => ({
        relation: {
          type: 'PERFORMED',
          from: actors[i % actors.length]!.id,
          to: `action:bench-batch-deed-${i}`,
          evidence: evidenceOf(deed),
        },
      })),
      ...deeds.slice(0, 20).map((deed, i) => ({
        relation: {
          type: 'TARGETED',
          from: `action:bench-batch-deed-${i}`,
          to: 'region:hubei',
          evidence: evidenceOf(deed),
        },
      })),
    ],
  };
  const writes = 1 + input.entities.length + input.relations.length;
  const started = performance.now();
  const answer = (await post(COMMIT_BATCH, { input })) as { commitBatch: unknown[] };
  if (answer.commitBatch.length !== writes) throw new Error('the batch was not committed whole');
  return { ms: performance.now() - started, writes };
}

async function timeBatch(
  name: string,
  post: (q: string, v: Record<string, unknown>) => Promise<unknown>,
) {
  const { ms, writes } = await commitBatch100(post, text);
  console.log(`${name}, one commitBatch of ${writes} writes: ${ms.toFixed(0)} ms`);
}

const entities = scoreEntities(article, seed.entities);
const quantities = scoreQuantities(article, [...seed.entities, ...seed.relations]);
const deeds = scoreDeeds(article, seed.entities, seed.relations);
console.log("## Scores on the seed article (the seed's names withheld)\n");
console.log('| what | found | recall | precision |');
console.log('| --- | ---: | ---: | ---: |');
console.log(
  `| named entities | ${entities.found} | ${entities.recalled}/${entities.expected} (${(entities.recall * 100).toFixed(1)} %) | ${entities.correct}/${entities.found} (${(entities.precision * 100).toFixed(1)} %) |`,
);
console.log(
  `| numbers (value, unit, qualifier) | ${quantities.found} | ${quantities.recalled}/${quantities.expected} (${(quantities.recall * 100).toFixed(1)} %) | |`,
);
console.log(
  `| deeds (actor, activity, numbers) | ${deeds.found} | ${deeds.recalled}/${deeds.expected} (${(deeds.recall * 100).toFixed(1)} %) | |`,
);

const text = report(10_000);
const memory = await serve(new MemoryBackend(seed));
const times: number[] = [];
for (let i = 0; i < runs + 1; i++) {
  const started = performance.now();
  await memory.post(PROPOSE, { text });
  times.push(performance.now() - started);
}
console.log(`\n## proposeFacts, ${text.length} characters, embedded backend, over HTTP\n`);
console.log(
  `first (segmenter's dictionary loaded): ${times[0]!.toFixed(0)} ms; then median of ${runs}: ${median(times.slice(1)).toFixed(0)} ms`,
);

console.log(
  '\n## Committing 100 accepted facts: a source and 100 relief actions one write each, or a source, 40 actions and 60 relations in one commitBatch\n',
);
if (!flags['batch-only']) {
  const ms = await commit100(memory.post, text);
  console.log(`embedded, one request per write: ${ms.toFixed(0)} ms`);
}
await timeBatch('embedded', memory.post);
await memory.close();

const missing = flags['no-neo4j'] ? '--no-neo4j' : missingTools();
if (missing) {
  console.log(`Neo4j: skipped (${missing})`);
} else {
  const port = await freePort();
  const neo4j = await startLocalNeo4j({
    ports: [port],
    home: `/tmp/relief-bench-ingest-${process.pid}`,
  });
  try {
    await runSeed(neo4j.uris[0]!);
    const backend = await createBackend(
      loadConfig({ ...env, GRAPH_BACKEND: 'neo4j', NEO4J_URI: neo4j.uris[0]! }),
    );
    const server = await serve(backend, { GRAPH_BACKEND: 'neo4j', NEO4J_URI: neo4j.uris[0]! });
    if (!flags['batch-only']) {
      const ms = await commit100(server.post, text);
      console.log(`Neo4j, one request per write: ${ms.toFixed(0)} ms`);
    }
    await timeBatch('Neo4j', server.post);
    await server.close();
  } finally {
    await neo4j.stop();
  }
}
