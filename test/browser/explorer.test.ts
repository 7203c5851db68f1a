// The explorer and GraphiQL pages in headless Chromium (playwright-core), offline: only the server's origin is reachable.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import { readmeExamples } from '../../src/readmeExamples.js';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skipReason = existsSync(chromiumPath)
  ? null
  : `no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`;
// CI installs Chromium itself, so there a missing browser is a failure, not a skip.
if (skipReason && process.env.CI) throw new Error(`Browser tests cannot run in CI: ${skipReason}`);
if (skipReason) console.log(`Browser tests skipped: ${skipReason}`);

// Flags this machine's sandbox needs, and none of Chromium's own calls home.
const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

const artifacts = path.resolve('test-results/browser');
const hospital = 'hospital:wuhan-huoshenshan-hospital';
const ministry = 'government:ministry-of-civil-affairs';
const foxconn = 'company:foxconn';

/** What the page exposes for tests: Cytoscape's own element data, read in the browser. */
interface ExplorerHandle {
  cy: {
    nodes(selector?: string): { map<T>(f: (n: Element) => T): T[] };
    edges(selector?: string): { map<T>(f: (e: Element) => T): T[] };
    getElementById(id: string): Element & { empty(): boolean };
  };
  state: { pending: number; language: string; lastError: string | null };
}
interface Element {
  id(): string;
  data(key: string): unknown;
  style(key: string): string;
  hasClass(name: string): boolean;
}
type ExplorerWindow = { __explorer?: ExplorerHandle };

// A browser on a busy 2-core CI machine is slower than the API tests' 20 s budget allows.
describe.skipIf(skipReason !== null)(
  'explorer and GraphiQL in a browser',
  { timeout: 60_000 },
  () => {
    let server: TestServer;
    let context: BrowserContext;
    let page: Page;
    let userDataDir: string;
    /** Requests the pages tried to send anywhere but the server: must stay empty. */
    const offOrigin: string[] = [];

    beforeAll(async () => {
      // The page under test is the one in web/ now, not whatever an earlier build left.
      await build({ configFile: 'web/vite.config.ts', logLevel: 'warn' });
      server = await startTestServer(new MemoryBackend(await loadSeed()));
      await mkdir(artifacts, { recursive: true });
      userDataDir = await mkdtemp(path.join(tmpdir(), 'explorer-chromium-'));
      context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumFlags,
        viewport: { width: 1280, height: 800 },
      });
      const origin = new URL(server.url).origin;
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (new URL(url).origin === origin) return route.continue();
        offOrigin.push(url);
        return route.abort('internetdisconnected');
      });
      page = await context.newPage();
    }, 120_000);

    afterAll(async () => {
      await context?.close();
      await server?.stop();
      if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
    });

    /** Waits until the page has no request in flight, then reads the graph library's state. */
    async function idle(target: Page = page): Promise<void> {
      await target.waitForFunction(
        () => (globalThis as unknown as ExplorerWindow).__explorer?.state.pending === 0,
      );
    }

    async function nodeIds(selector = 'node'): Promise<string[]> {
      return page.evaluate(
        (sel) =>
          (globalThis as unknown as ExplorerWindow).__explorer!.cy.nodes(sel).map((n) => n.id()),
        selector,
      );
    }

    async function searchAndPick(text: string, option: string): Promise<void> {
      const input = page.getByRole('combobox');
      await input.fill(text);
      await page
        .getByRole('option', { name: new RegExp(option) })
        .first()
        .click();
      await idle();
    }

    it('searches 火神山 and draws the hospital and the associations that supported it', async () => {
      await page.goto(`${server.url}/explorer`);
      await idle();
      await searchAndPick('火神山', '火神山医院');

      const expected = await server.query<{
        entity: { supportedBy: { id: string; type: string }[] };
      }>(`{ entity(id: "${hospital}") { ... on Hospital { supportedBy { id type } } } }`);
      const supporters = expected.data!.entity.supportedBy.filter((s) => s.type === 'ASSOCIATION');
      expect(supporters.length).toBeGreaterThan(0);

      const drawn = await nodeIds();
      expect(drawn).toContain(hospital);
      for (const supporter of supporters) expect(drawn).toContain(supporter.id);

      // Each supporter is joined to the hospital through an action it performed that targeted it.
      const edges = await page.evaluate(() =>
        (globalThis as unknown as ExplorerWindow)
          .__explorer!.cy.edges()
          .map((e) => ({ type: e.data('type'), from: e.data('source'), to: e.data('target') })),
      );
      const targeting = new Set(
        edges.filter((e) => e.type === 'TARGETED' && e.to === hospital).map((e) => e.from),
      );
      for (const supporter of supporters) {
        const acts = edges.filter(
          (e) => e.from === supporter.id && ['PERFORMED', 'LED'].includes(e.type as string),
        );
        expect(acts.some((e) => targeting.has(e.to as string))).toBe(true);
      }

      // Styled by type: the hospital and an association differ in shape and colour, as the legend says.
      const looks = await page.evaluate(
        ([h, a]) => {
          const cy = (globalThis as unknown as ExplorerWindow).__explorer!.cy;
          const look = (id: string) => ({
            shape: cy.getElementById(id).style('shape'),
            color: cy.getElementById(id).style('background-color'),
            chosen: cy.getElementById(id).hasClass('chosen'),
          });
          return [look(h!), look(a!)];
        },
        [hospital, supporters[0]!.id],
      );
      expect(looks[0]).toEqual({ shape: 'hexagon', color: 'rgb(0,158,115)', chosen: true });
      expect(looks[1]).toMatchObject({ shape: 'ellipse', color: 'rgb(0,114,178)' });

      await expect.poll(() => page.locator('#panel h2').textContent()).toBe('武汉火神山医院');
      await page.screenshot({ path: `${artifacts}/explorer-huoshenshan.png` });
    });

    it('shows an evidence quote in its sentence and opens it highlighted in the article', async () => {
      const [source] = (
        await server.query<{ sources: { id: string; text: string }[] }>('{ sources { id text } }')
      ).data!.sources;
      const evidence = page.locator('#panel .evidence').first();
      const quote = await evidence.locator('mark').textContent();
      const href = await evidence.locator('a').getAttribute('href');
      const [, start, end] = /at=(\d+)-(\d+)/.exec(href!)!;
      expect(quote).toBe(source!.text.slice(Number(start), Number(end)));
      // The blockquote holds the whole sentence around the quote, not just the quote.
      const sentence = await evidence.locator('blockquote').textContent();
      expect(sentence!.length).toBeGreaterThan(quote!.length);
      expect(source!.text).toContain(sentence!.trim());

      await evidence.locator('a').click();
      const article = page.getByRole('dialog');
      await expect.poll(() => article.isVisible()).toBe(true);
      await idle();
      const focused = await article.locator('mark.focus').allTextContents();
      expect(focused.join('')).toBe(quote);
      // Every evidenced span is marked, not only the one opened.
      expect(await article.locator('mark:not(.focus)').count()).toBeGreaterThan(20);
      expect(await article.locator('#article-text').textContent()).toBe(source!.text);
      await page.screenshot({ path: `${artifacts}/explorer-article.png` });
      await page.keyboard.press('Escape');
      await expect.poll(() => article.isVisible()).toBe(false);
    });

    it('finds and highlights the shortest path from 民政部 to 富士康集团', async () => {
      await searchAndPick('民政部', '民政部');
      await page.locator('#panel').getByRole('button', { name: 'Path from here' }).click();
      await searchAndPick('富士康', '富士康');
      await page.locator('#panel').getByRole('button', { name: 'Path to here' }).click();
      await idle();

      const expected = (
        await server.query<{ shortestPath: { nodes: { id: string }[]; edges: { id: string }[] } }>(
          `{ shortestPath(from: "${ministry}", to: "${foxconn}", maxDepth: 10) { nodes { id } edges { id } } }`,
        )
      ).data!.shortestPath;
      expect((await nodeIds('.on-path')).sort()).toEqual(expected.nodes.map((n) => n.id).sort());
      const pathEdges = await page.evaluate(() =>
        (globalThis as unknown as ExplorerWindow)
          .__explorer!.cy.edges('.on-path')
          .map((e) => e.id()),
      );
      expect(pathEdges.sort()).toEqual(expected.edges.map((e) => e.id).sort());
      await expect
        .poll(() => page.locator('#panel h2').textContent())
        .toBe(`${expected.edges.length} hops`);
      await page.screenshot({ path: `${artifacts}/explorer-path.png` });
    });

    it('switches the graph to English labels', async () => {
      const nameEn = (
        await server.query<{ entity: { nameEn: string } }>(
          `{ entity(id: "${foxconn}") { nameEn } }`,
        )
      ).data!.entity.nameEn;
      const label = () =>
        page.evaluate(
          (id) =>
            (globalThis as unknown as ExplorerWindow)
              .__explorer!.cy.getElementById(id)
              .data('label'),
          foxconn,
        );
      expect(await label()).toBe('富士康集团');
      await page.getByRole('button', { name: 'EN labels' }).click();
      expect(await label()).toBe(nameEn);
      await page.screenshot({ path: `${artifacts}/explorer-english.png` });
    });

    it('stays usable on a narrow window: the panel moves below the graph', async () => {
      await page.setViewportSize({ width: 600, height: 900 });
      const graphBox = await page.locator('#graph').boundingBox();
      const panelBox = await page.locator('#panel').boundingBox();
      expect(panelBox!.y).toBeGreaterThanOrEqual(graphBox!.y + graphBox!.height);
      expect(panelBox!.width).toBeGreaterThan(500);
      await page.screenshot({ path: `${artifacts}/explorer-narrow.png`, fullPage: true });
      await page.setViewportSize({ width: 1280, height: 800 });
    });

    it('says so when the server cannot be reached, and when nothing matches', async () => {
      const down = await context.newPage();
      await down.route('**/graphql', (route) => route.abort('connectionrefused'));
      await down.goto(`${server.url}/explorer`);
      await idle(down);
      await expect.poll(() => down.locator('#status').textContent()).toMatch(/cannot be reached/);
      expect(await down.getByRole('button', { name: 'Retry' }).isVisible()).toBe(true);
      await down.close();

      await page.getByRole('combobox').fill('没有这个名字');
      await expect
        .poll(() => page.locator('#search-results').textContent())
        .toMatch(/No entity matches/);
    });

    it('serves GraphiQL offline with one tab per README example, and runs the first', async () => {
      const graphiql = await context.newPage();
      await graphiql.goto(`${server.url}/graphiql`);
      const run = graphiql.locator('.graphiql-execute-button');
      await run.waitFor({ timeout: 30_000 });
      // GraphiQL names each tab after its operation, which the README names after its heading.
      await expect
        .poll(() => graphiql.locator('.graphiql-tab-button').allTextContents())
        .toEqual(readmeExamples().map((example) => example.operationName));
      await expect
        .poll(() => graphiql.locator('.graphiql-query-editor').textContent())
        .toContain('WhoSupportedHuoshenshanHospital');
      const answer = graphiql.waitForResponse(
        (response) => response.url().endsWith('/graphql') && response.request().method() === 'POST',
      );
      await run.click();
      const body = (await (await answer).json()) as { data?: { search: { name: string }[] } };
      expect(body.data!.search[0]!.name).toBe('武汉火神山医院');
      await expect
        .poll(() => graphiql.locator('.graphiql-response').textContent(), { timeout: 15_000 })
        .toContain('武汉火神山医院');
      await graphiql.screenshot({ path: `${artifacts}/graphiql.png` });
      await graphiql.close();
    });

    it("shows the schema's descriptions in GraphiQL's docs pane (Query.associations)", async () => {
      const graphiql = await context.newPage();
      await graphiql.setViewportSize({ width: 1400, height: 1000 });
      await graphiql.goto(`${server.url}/graphiql`);
      await graphiql.getByRole('button', { name: 'Show Documentation Explorer' }).click();
      const docs = graphiql.locator('.graphiql-doc-explorer');
      // The pane opens on the schema's own description, then follows Query -> associations.
      await expect.poll(() => docs.textContent(), { timeout: 30_000 }).toContain('relief graph');
      await docs
        .locator('a', { hasText: /^Query$/ })
        .first()
        .click();
      await docs
        .locator('a', { hasText: /^associations$/ })
        .first()
        .click();
      await graphiql.getByRole('button', { name: 'Show Deprecated Arguments' }).click();
      const text = await docs.textContent();
      expect(text).toContain(
        'Associations, chambers of commerce and federations; by id unless sorted',
      );
      expect(text).toContain(
        'At most this many, 0 to 1000 (default 100); otherwise BAD_USER_INPUT',
      );
      expect(text).toContain('Use where: { scope: LOCAL }');
      // Beside it, the README's Filters example (which asks `associations`) and its answer.
      // The tabs are draggable (reorderable), which takes Playwright's pointer click for a drag;
      // a plain click event selects the tab.
      await graphiql
        .locator('.graphiql-tab-button', { hasText: /^Filters$/ })
        .dispatchEvent('click');
      await expect
        .poll(() => graphiql.locator('.graphiql-query-editor').textContent())
        .toMatch(/query\sFilters/);
      await graphiql.locator('.graphiql-execute-button').click();
      await expect
        .poll(() => graphiql.locator('.graphiql-response').textContent(), { timeout: 15_000 })
        .toContain('中国建筑材料联合会');
      await graphiql.screenshot({ path: `${artifacts}/graphiql-docs-associations.png` });
      await graphiql.close();
    });

    it('sent no request anywhere but the server', () => {
      expect(offOrigin).toEqual([]);
    });
  },
);
