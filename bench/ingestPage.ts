// `npm run bench:ingest-page`: the review page (/explorer/ingest) in headless Chromium on the embedded backend, timed as a curator uses it: the seed article pasted into a graph that holds nothing yet, its proposals shown, every new entity given an English name, everything accepted, then committed through the write path. Prints the time to propose and draw, the writes and the time to commit them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { MemoryBackend } from '../src/graph/memory/MemoryBackend.js';
import { loadSeed } from '../src/seed/loadSeed.js';
import { curatorSecret, writersEnv } from '../test/helpers/curation.js';
import { startTestServer } from '../test/helpers/testServer.js';

/** The few DOM shapes read inside the page (this file compiles without the DOM library). */
interface PageDocument {
  querySelectorAll(selector: string): Iterable<{
    value: string;
    dispatchEvent(event: unknown): void;
  }>;
}
declare const document: PageDocument;
declare const Event: new (type: string) => unknown;

const seed = await loadSeed();
const article = seed.sources[0]!;
const explorerDir = await mkdtemp(path.join(tmpdir(), 'relief-ingest-page-'));
await build({
  configFile: 'web/vite.config.ts',
  logLevel: 'warn',
  build: { outDir: explorerDir, emptyOutDir: true },
});
// An empty graph: every name the article gives is new, every deed is proposed as new.
const server = await startTestServer(
  new MemoryBackend({ ...seed, sources: [], entities: [], relations: [] }),
  { ...writersEnv, WRITE_RATE_LIMIT: '100000' },
  { explorerDir },
);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  // The segmenter's dictionary loads on the first call: loaded here, so the page is timed warm.
  const propose = 'query ($text: String!) { proposeFacts(text: $text) { sha256 } }';
  await server.query(propose, { text: article.text });
  const warm = performance.now();
  await server.query(propose, { text: article.text });
  const alone = performance.now() - warm;
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${server.url}/explorer/ingest`);
  await page.fill('#report-input', article.text);
  await page.fill('#report-id', 'bench-article');
  let started = performance.now();
  await page.click('#propose');
  await page.waitForSelector('#review:not([hidden])');
  const proposed = performance.now() - started;
  await page.evaluate(() => {
    let i = 0;
    for (const input of document.querySelectorAll('#entity-list .name-en')) {
      input.value = `Entity ${++i}`;
      input.dispatchEvent(new Event('input'));
    }
  });
  const summary = await page.locator('#plan-summary').textContent();
  await page.fill('#curator-key', curatorSecret);
  started = performance.now();
  await page.click('#commit');
  await page.locator('#commit-result p').first().waitFor();
  const committed = performance.now() - started;
  console.log(`## The review page, embedded backend (${article.text.length} characters)\n`);
  console.log(`proposeFacts alone, over HTTP: ${alone.toFixed(0)} ms`);
  console.log(`proposeFacts and the page drawn: ${proposed.toFixed(0)} ms`);
  console.log(summary);
  console.log(
    `commit: ${committed.toFixed(0)} ms: ${await page.locator('#commit-result').textContent()}`,
  );
} finally {
  await browser.close();
  await server.stop();
  await rm(explorerDir, { recursive: true, force: true });
}
