// The explorer and GraphiQL pages in headless Chromium (playwright-core), offline: only the server's origin is reachable; a wide window and a phone.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import { loadExamples } from '../../src/examples.js';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { asCurator, writersEnv } from '../helpers/curation.js';

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
/** The claim 民政部 reported (广大协会商会…有效助力一线抗疫), which the first section's deeds exemplify. */
const claim = 'statement:front-line-assessment';
/** The meeting 民政部 reported (行业协会商会助力复工复产工作交流座谈会). */
const meeting = 'meeting:2020-02-21-symposium';
/** With the claims the donations and the financial support exemplify: actions with money among them. */
const frontLine = [
  claim,
  'statement:some-organised-donations',
  'statement:some-gave-financial-support',
];
const foxconn = 'company:foxconn';
const wide = { width: 1400, height: 900 };
const phone = { width: 390, height: 844 };

/** What the page exposes for tests: Cytoscape's own element data, read in the browser. */
interface ExplorerHandle {
  cy: {
    nodes(selector?: string): Collection;
    edges(selector?: string): Collection;
    getElementById(id: string): Element & { empty(): boolean; emit(event: string): void };
    zoom(): number;
    pan(): { x: number; y: number };
    width(): number;
    height(): number;
  };
  state: {
    pending: number;
    language: string;
    lastError: string | null;
    fold: boolean;
    focus: string[];
    selected: string | null;
    pathHighlight: boolean;
    live: boolean;
  };
  labelled(): string[];
  settled(): boolean;
}
interface Collection {
  map<T>(f: (e: Element) => T): T[];
  length: number;
}
interface Element {
  id(): string;
  data(key: string): unknown;
  style(key: string): string;
  hasClass(name: string): boolean;
  visible(): boolean;
  renderedPosition(): { x: number; y: number };
  renderedWidth(): number;
  renderedBoundingBox(options: object): { x1: number; x2: number; y1: number; y2: number };
  connectedEdges(selector?: string): Collection;
}
type ExplorerWindow = { __explorer?: ExplorerHandle };
/** The few browser globals the tests touch inside the page (this file compiles without the DOM library). */
interface PageGlobals {
  requestAnimationFrame(callback: () => void): void;
  getComputedStyle(element: unknown): { backgroundColor: string; touchAction: string };
  document: {
    activeElement: { id: string } | null;
    scrollingElement: { scrollHeight: number };
    elementFromPoint(x: number, y: number): { tagName: string } | null;
  };
  location: { hash: string };
  innerHeight: number;
  scrollY: number;
}

// A browser on a busy 2-core CI machine is slower than the API tests' 20 s budget allows.
describe.skipIf(skipReason !== null)(
  'explorer and GraphiQL in a browser',
  { timeout: 60_000 },
  () => {
    let server: TestServer;
    let browser: Browser;
    const contexts: BrowserContext[] = [];
    /** Requests the pages tried to send anywhere but the server: must stay empty. */
    const offOrigin: string[] = [];
    /** Errors the pages wrote to their console: must stay empty. */
    const consoleErrors: string[] = [];

    /** The page under test, built in Vite's test mode: its test hook (window.__explorer) is on. */
    let explorerDir: string;

    beforeAll(async () => {
      // The page under test is the one in web/ now, not whatever an earlier build left.
      explorerDir = await mkdtemp(path.join(tmpdir(), 'relief-explorer-'));
      await build({
        configFile: 'web/vite.config.ts',
        mode: 'test',
        logLevel: 'warn',
        build: { outDir: explorerDir, emptyOutDir: true },
      });
      server = await startTestServer(new MemoryBackend(await loadSeed()), writersEnv, {
        explorerDir,
      });
      await mkdir(artifacts, { recursive: true });
      browser = await chromium.launch({
        executablePath: chromiumPath,
        headless: true,
        args: chromiumFlags,
      });
    }, 120_000);

    afterAll(async () => {
      for (const context of contexts) await context.close();
      await browser?.close();
      await server?.stop();
      if (explorerDir) await rm(explorerDir, { recursive: true, force: true });
    });

    /** A fresh page of its own context: the wide window or a phone (touch, mobile viewport). */
    async function newPage(size: typeof wide, options: { touch?: boolean } = {}): Promise<Page> {
      const context = await browser.newContext({
        viewport: size,
        hasTouch: options.touch ?? false,
        isMobile: options.touch ?? false,
        acceptDownloads: true,
      });
      contexts.push(context);
      const origin = new URL(server.url).origin;
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (new URL(url).origin === origin || url.startsWith('blob:')) return route.continue();
        offOrigin.push(url);
        return route.abort('internetdisconnected');
      });
      const page = await context.newPage();
      page.on('console', (message) => {
        // The page that is told the server is down logs the refused request: that one is expected.
        if (message.type() === 'error' && !/ERR_CONNECTION_REFUSED/.test(message.text()))
          consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(String(error)));
      return page;
    }

    /** Whether the page draws the node or edge with this id. */
    function drawnOn(target: Page, id: string): Promise<boolean> {
      return target.evaluate(
        (eid) =>
          !(globalThis as unknown as ExplorerWindow).__explorer!.cy.getElementById(eid).empty(),
        id,
      );
    }

    /** A curator's write through the API, which must succeed. */
    async function curate(query: string, variables: Record<string, unknown>): Promise<void> {
      const result = await server.query(query, variables, asCurator);
      expect(result.errors, query).toBeUndefined();
    }

    /** Adds a source of one sentence and the TARGETED relation `from` -> `to` quoting `quote` in it. */
    async function addTargeted(
      source: string,
      text: string,
      from: string,
      to: string,
      quote: string,
    ) {
      await curate(`mutation ($input: SourceInput!) { addSource(input: $input) { number } }`, {
        input: { id: source, title: '通知', text },
      });
      await curate(`mutation ($input: RelationInput!) { addRelation(input: $input) { number } }`, {
        input: { type: 'TARGETED', from, to, evidence: [{ source, quote }] },
      });
    }

    /** Waits until the page has no request in flight and no animation running. */
    async function idle(target: Page): Promise<void> {
      await target.waitForFunction(() => {
        const handle = (globalThis as unknown as ExplorerWindow).__explorer;
        return handle?.settled() === true;
      });
      // Labels are placed on the next animation frame.
      for (let frame = 0; frame < 2; frame++) {
        await target.evaluate(
          () =>
            new Promise<void>((resolve) =>
              (globalThis as unknown as PageGlobals).requestAnimationFrame(resolve),
            ),
        );
      }
    }

    async function nodeIds(target: Page, selector = 'node'): Promise<string[]> {
      return target.evaluate(
        (sel) =>
          (globalThis as unknown as ExplorerWindow).__explorer!.cy.nodes(sel).map((n) => n.id()),
        selector,
      );
    }

    async function visibleNodeIds(target: Page): Promise<string[]> {
      return target.evaluate(() =>
        (globalThis as unknown as ExplorerWindow)
          .__explorer!.cy.nodes(':visible')
          .map((n) => n.id())
          .sort(),
      );
    }

    async function searchAndPick(target: Page, text: string, option: string): Promise<void> {
      const input = target.getByRole('combobox');
      await input.fill(text);
      await target
        .getByRole('option', { name: new RegExp(option) })
        .first()
        .click();
      await idle(target);
    }

    /** Taps a node or edge as Cytoscape sees it (returning nothing: the element itself is huge). */
    async function tap(target: Page, id: string): Promise<void> {
      await target.evaluate((eid) => {
        (globalThis as unknown as ExplorerWindow).__explorer!.cy.getElementById(eid).emit('tap');
      }, id);
      await idle(target);
    }

    /** Where a node is on the page, for clicking or tapping it. */
    async function nodePoint(target: Page, id: string): Promise<{ x: number; y: number }> {
      const box = (await target.locator('#graph').boundingBox())!;
      const at = await target.evaluate(
        (nid) =>
          (globalThis as unknown as ExplorerWindow)
            .__explorer!.cy.getElementById(nid)
            .renderedPosition(),
        id,
      );
      return { x: box.x + at.x, y: box.y + at.y };
    }

    /** The view's geometry: every visible node's rendered box, the canvas, and the labels drawn. */
    async function geometry(target: Page) {
      return target.evaluate(() => {
        const handle = (globalThis as unknown as ExplorerWindow).__explorer!;
        const cy = handle.cy;
        const labelled = new Set(handle.labelled());
        return {
          width: cy.width(),
          height: cy.height(),
          zoom: cy.zoom(),
          nodes: cy.nodes(':visible').map((n) => ({
            id: n.id(),
            x: n.renderedPosition().x,
            y: n.renderedPosition().y,
            size: n.renderedWidth(),
            degree: n.connectedEdges(':visible').length,
            keyHub: n.hasClass('key-hub'),
            labelled: labelled.has(n.id()),
            fontPx: parseFloat(n.style('font-size')) * cy.zoom(),
            label: labelled.has(n.id())
              ? n.renderedBoundingBox({
                  includeNodes: false,
                  includeEdges: false,
                  includeLabels: true,
                })
              : null,
          })),
        };
      });
    }

    /** What differs between the two screens: the input, the minimum sizes and the view's limit. */
    const screens = [
      {
        name: 'a wide window (1400×900)',
        size: wide,
        touch: false,
        sizes: { labelPx: 12, hubLabelPx: 13, focusLabelPx: 15, minNodePx: 12 },
        limit: 150,
        shot: (name: string) => `${artifacts}/explorer-${name}.png`,
      },
      {
        name: 'a phone (390×844, touch)',
        size: phone,
        touch: true,
        sizes: { labelPx: 13, hubLabelPx: 14, focusLabelPx: 16, minNodePx: 20 },
        limit: 80,
        shot: (name: string) => `${artifacts}/explorer-${name}-phone.png`,
      },
    ];

    describe.each(screens)('$name', ({ size, touch, sizes, limit, shot }) => {
      let page: Page;

      beforeAll(async () => {
        page = await newPage(size, { touch });
        await page.goto(`${server.url}/explorer`);
        await idle(page);
      });

      /** A click with the mouse, or a tap with a finger on the phone. */
      async function press(id: string): Promise<void> {
        const point = await nodePoint(page, id);
        if (touch) await page.touchscreen.tap(point.x, point.y);
        else await page.mouse.click(point.x, point.y);
      }

      /** The first of these nodes that nothing covers (the status line, the sheet): a finger can reach it. */
      async function reachable(ids: string[]): Promise<string> {
        for (const id of ids) {
          const point = await nodePoint(page, id);
          const hit = await page.evaluate(
            ([x, y]) =>
              (globalThis as unknown as PageGlobals).document.elementFromPoint(x!, y!)?.tagName,
            [point.x, point.y],
          );
          if (hit === 'CANVAS') return id;
        }
        throw new Error(`none of ${ids.length} nodes is uncovered`);
      }

      /** On the phone, folds the details sheet away (which fits the view to the whole canvas again). */
      async function foldSheet(): Promise<void> {
        const handle = page.locator('#sheet-handle');
        if (!touch || (await handle.getAttribute('aria-expanded')) !== 'true') return;
        await handle.click();
        await idle(page);
      }

      /** The legend and filters: beside the graph, or inside the phone's sheet, folded at first. */
      async function openLegend(): Promise<void> {
        if (touch && (await page.locator('#sheet-handle').getAttribute('aria-expanded')) !== 'true')
          await page.locator('#sheet-handle').click();
        const open = await page
          .locator('#filters')
          .evaluate((d) => (d as unknown as { open: boolean }).open);
        if (!open) await page.locator('#filters > summary').click();
        await idle(page);
      }

      /** Visible nodes whose centre is outside the canvas. */
      async function outOfView(): Promise<string[]> {
        const view = await geometry(page);
        return view.nodes
          .filter((n) => n.x < 0 || n.x > view.width || n.y < 0 || n.y > view.height)
          .map((n) => n.id);
      }

      async function setSlider(id: 'amount-min' | 'amount-max', stop: number): Promise<void> {
        await page.locator(`#${id}`).fill(String(stop));
        await page.locator(`#${id}`).dispatchEvent('change');
        await idle(page);
      }

      it('searches 火神山 and draws the hospital and the associations that supported it', async () => {
        await searchAndPick(page, '火神山', '火神山医院');

        const expected = await server.query<{
          entity: { supportedBy: { id: string; type: string }[] };
        }>(`{ entity(id: "${hospital}") { ... on Hospital { supportedBy { id type } } } }`);
        const supporters = expected.data!.entity.supportedBy.filter(
          (s) => s.type === 'ASSOCIATION',
        );
        expect(supporters.length).toBeGreaterThan(0);

        const drawn = await nodeIds(page);
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
          const acts = edges.filter((e) => e.from === supporter.id && e.type === 'PERFORMED');
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
        await page.screenshot({ path: shot('huoshenshan') });
      });

      it('shows each quote once, in its sentence, and the article marks the selection’s facts strongly and the rest faintly', async () => {
        const [source] = (
          await server.query<{ sources: { id: string; text: string }[] }>('{ sources { id text } }')
        ).data!.sources;
        // No sentence twice in any evidence list of the panel.
        const lists = await page
          .locator('#panel .evidence-list')
          .evaluateAll((uls) =>
            uls.map((ul) =>
              [...ul.querySelectorAll('blockquote')].map((quote) => quote.textContent),
            ),
          );
        expect(lists.length).toBeGreaterThan(0);
        for (const sentences of lists) expect(new Set(sentences).size).toBe(sentences.length);

        const evidence = page.locator('#panel .evidence').first();
        const quote = await evidence.locator('mark').first().textContent();
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
        await idle(page);
        const focused = await article.locator('mark.focus').allTextContents();
        expect(focused.join('')).toBe(quote);
        // The hospital's facts are marked strongly, the others faintly; a legend says which is which.
        const own = await article.locator('mark.own').count();
        const other = await article.locator('mark.other').count();
        expect(own).toBeGreaterThan(0);
        expect(other).toBeGreaterThan(own);
        expect(await article.locator('mark.own').first().getAttribute('data-entity')).toBe(
          hospital,
        );
        const colour = (selector: string) =>
          article
            .locator(selector)
            .first()
            .evaluate(
              (m) => (globalThis as unknown as PageGlobals).getComputedStyle(m).backgroundColor,
            );
        expect(await colour('mark.own:not(.focus)')).not.toBe(
          await colour('mark.other:not(.focus)'),
        );
        await expect
          .poll(() => page.locator('#article-legend').textContent())
          .toMatch(/facts about\s+武汉火神山医院/);
        expect(await page.locator('#article-legend').isVisible()).toBe(true);
        expect(await article.locator('#article-text').textContent()).toBe(source!.text);
        await page.screenshot({ path: shot('article') });
        await page.keyboard.press('Escape');
        await expect.poll(() => article.isVisible()).toBe(false);
      });

      it('draws 民政部’s neighbourhood as a readable overview: the canvas’s shape, fitted, the focus and its hubs labelled without overlap', async () => {
        await page.getByRole('button', { name: 'Clear', exact: true }).click();
        expect(await page.getByRole('combobox').inputValue()).toBe('');
        // The ministry itself: the meeting and the claim it reported, and the bureau it includes.
        await searchAndPick(page, '民政部', '民政部');
        const own = (
          await server.query<{ neighborhood: { nodes: { id: string }[] } }>(
            `{ neighborhood(id: "${ministry}") { nodes { id } } }`,
          )
        ).data!.neighborhood.nodes.map((n) => n.id);
        expect((await nodeIds(page)).sort()).toEqual([...own].sort());
        expect(own).toEqual(expect.arrayContaining([claim, meeting]));
        const labelled = await page.evaluate(() =>
          (globalThis as unknown as ExplorerWindow).__explorer!.labelled(),
        );
        expect(labelled).toContain(ministry);
        expect(await outOfView()).toEqual([]);
        if (touch) {
          // A picture this small fits whole above the details sheet.
          const sheetTop = (await page.locator('#side').boundingBox())!.y;
          for (const id of own) expect((await nodePoint(page, id)).y, id).toBeLessThan(sheetTop);
        }
        // Then what the claim and the meeting lead to, opened one after the other as a reader does.
        await foldSheet();
        await press(await reachable([claim]));
        await idle(page);
        await foldSheet();
        await press(await reachable([meeting]));
        await idle(page);
        await foldSheet();
        expect(page.url()).toContain(`expand=${claim},${meeting}`);

        const view = await geometry(page);
        expect(view.nodes.length).toBeGreaterThan(60);
        if (view.nodes.length > limit) {
          // More than this screen keeps readable: the page offers to group, and the offer can be put away.
          await expect
            .poll(() => page.locator('#status').textContent())
            .toMatch(`more than the ${limit}`);
          await page.getByRole('button', { name: 'Dismiss' }).click();
        }
        // The loading line is gone once loaded, and an empty line takes no room.
        expect(await page.locator('#status').isVisible()).toBe(false);
        // Every node inside the canvas, and the drawing as wide and as tall as the canvas allows.
        expect(await outOfView()).toEqual([]);
        const xs = view.nodes.map((n) => n.x);
        const ys = view.nodes.map((n) => n.y);
        expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(view.width * 0.7);
        expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(view.height * 0.7);
        // Its hubs: the three best connected entities on screen.
        const hubs = view.nodes.filter((n) => n.keyHub);
        expect(hubs.length).toBe(3);
        const others = view.nodes.filter((n) => !n.keyHub).map((n) => n.degree);
        for (const hub of hubs) expect(hub.degree).toBeGreaterThanOrEqual(Math.max(...others));
        // The focus and its hubs keep readable labels at the fit zoom; every label drawn is readable.
        const focus = view.nodes.find((n) => n.id === ministry)!;
        for (const node of [focus, ...hubs])
          expect(node.labelled, `${node.id} labelled`).toBe(true);
        for (const node of view.nodes.filter((n) => n.labelled))
          expect(node.fontPx).toBeGreaterThanOrEqual(sizes.labelPx - 0.1);
        for (const hub of hubs) expect(hub.fontPx).toBeGreaterThanOrEqual(sizes.hubLabelPx - 0.1);
        expect(focus.fontPx).toBeGreaterThanOrEqual(sizes.focusLabelPx - 0.1);
        // Nodes large enough to see, and on a phone to tap.
        for (const node of view.nodes)
          expect(node.size).toBeGreaterThanOrEqual(sizes.minNodePx - 0.5);
        // Labels drawn do not overlap one another.
        const boxes = view.nodes.filter((n) => n.label).map((n) => n.label!);
        expect(boxes.length).toBeGreaterThan(touch ? 6 : 15);
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i]!, boxes[j]!];
            const overlap =
              Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 2 &&
              Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 2;
            expect(overlap).toBe(false);
          }
        }
        await page.screenshot({ path: shot('overview') });
      });

      it('labels names on up to two lines, and shows the full name on hover and in the panel', async () => {
        const labels = await page.evaluate(() =>
          (globalThis as unknown as ExplorerWindow).__explorer!.cy.nodes().map((n) => ({
            id: n.id(),
            name: n.data('name') as string,
            label: n.data('label') as string,
          })),
        );
        for (const { id, name, label } of labels) {
          expect(label.split('\n').length, id).toBeLessThanOrEqual(2);
          // Cut only when the name is longer than two lines, and then at two full lines.
          const kept = label.replace(/\n/g, '').replace(/…$/, '');
          expect(kept.length, `${id}: ${label}`).toBeGreaterThanOrEqual(Math.min(name.length, 20));
          expect(label.endsWith('…'), id).toBe(kept.length < name.length);
        }
        const name = labels.find((l) => l.id === claim)!.name;
        expect(labels.find((l) => l.id === claim)!.label.endsWith('…')).toBe(true);
        const target = await reachable([claim]);
        if (!touch) {
          // A mouse over the node shows its full name.
          const at = await nodePoint(page, target);
          await page.mouse.move(at.x, at.y);
          await expect.poll(() => page.locator('#tooltip').isVisible()).toBe(true);
          expect(await page.locator('#tooltip strong').textContent()).toBe(name);
          await page.mouse.move(5, 5);
        }
        await press(target);
        await idle(page);
        await expect.poll(() => page.locator('#panel h2').textContent()).toBe(name);
        await foldSheet();
      });

      it('keeps every node in view after an expansion and after a collapse', async () => {
        const before = await nodeIds(page);
        // Associations whose own neighbourhood holds someone not drawn yet.
        const growing: string[] = [];
        for (const id of before.filter((b) => b.startsWith('association:'))) {
          const around = await server.query<{ neighborhood: { nodes: { id: string }[] } }>(
            `{ neighborhood(id: "${id}") { nodes { id } } }`,
          );
          if (around.data!.neighborhood.nodes.some((n) => !before.includes(n.id))) growing.push(id);
        }
        const association = await reachable(growing);
        // Times the view's moves: an animated re-fit moves it frame by frame over its 300 ms, a jump
        // once (a busy machine draws few frames, so the span is what counts).
        await page.evaluate(() => {
          const cy = (globalThis as unknown as ExplorerWindow).__explorer!.cy as unknown as {
            on(event: string, handler: () => void): void;
          };
          const moves: number[] = [];
          (globalThis as unknown as { viewportMoves: number[] }).viewportMoves = moves;
          cy.on('viewport', () => moves.push(performance.now()));
        });
        await press(association);
        await idle(page);
        const moves = await page.evaluate(
          () => (globalThis as unknown as { viewportMoves: number[] }).viewportMoves,
        );
        expect(moves.length).toBeGreaterThanOrEqual(2);
        expect(moves.at(-1)! - moves[0]!).toBeGreaterThan(150);
        const expanded = await nodeIds(page);
        expect(expanded.length).toBeGreaterThan(before.length);
        // The phone's offer to group, put away once, does not come back with each expansion.
        if (touch) expect(await page.locator('#status').isVisible()).toBe(false);
        if (touch) {
          // The details slide up over the graph; the selection stays in sight above them.
          const sheetTop = (await page.locator('#side').boundingBox())!.y;
          const at = await nodePoint(page, association);
          expect(at.y).toBeGreaterThan((await page.locator('#graph').boundingBox())!.y);
          expect(at.y).toBeLessThan(sheetTop);
          await foldSheet();
        }
        expect(await outOfView()).toEqual([]);
        // Collapsed with the key on a keyboard, with the panel's button on a phone.
        if (touch) {
          await page.locator('#sheet-handle').click();
          await page.locator('#panel').getByRole('button', { name: 'Collapse' }).click();
          await idle(page);
          await foldSheet();
        } else {
          await page.keyboard.press('c');
          await idle(page);
        }
        expect((await nodeIds(page)).length).toBeLessThan(expanded.length);
        expect(await outOfView()).toEqual([]);
      });

      it('takes the keyboard when clicked, and counts a double click only on one node', async () => {
        const ids = await nodeIds(page, '[type = "ASSOCIATION"]');
        await press(await reachable(ids));
        expect(
          await page.evaluate(
            () => (globalThis as unknown as PageGlobals).document.activeElement?.id,
          ),
        ).toBe('graph');
        await idle(page);
        if (!touch) {
          const zoom = await page.evaluate(() =>
            (globalThis as unknown as ExplorerWindow).__explorer!.cy.zoom(),
          );
          await page.keyboard.press('+');
          await expect
            .poll(() =>
              page.evaluate(() => (globalThis as unknown as ExplorerWindow).__explorer!.cy.zoom()),
            )
            .toBeGreaterThan(zoom * 1.1);
          await page.keyboard.press('f');
          await idle(page);
        }
        await foldSheet();

        // Two quick clicks (taps) on different nodes: two selections, nothing collapsed.
        const a = await reachable(ids);
        const b = await reachable(ids.filter((id) => id !== a));
        const count = (await nodeIds(page)).length;
        const p1 = await nodePoint(page, a);
        const p2 = await nodePoint(page, b);
        if (touch) {
          await page.touchscreen.tap(p1.x, p1.y);
          await page.touchscreen.tap(p2.x, p2.y);
        } else {
          await page.mouse.click(p1.x, p1.y);
          await page.mouse.click(p2.x, p2.y);
        }
        await idle(page);
        expect(await page.locator('#status').textContent()).not.toMatch(/Collapsed/);
        expect((await nodeIds(page)).length).toBeGreaterThanOrEqual(count);
        expect(
          await page.evaluate(
            () => (globalThis as unknown as ExplorerWindow).__explorer!.state.selected,
          ),
        ).toBe(b);
        // A double click (tap) on one node collapses it.
        await foldSheet();
        const p3 = await nodePoint(page, await reachable([b]));
        if (touch) {
          await page.touchscreen.tap(p3.x, p3.y);
          await page.touchscreen.tap(p3.x, p3.y);
        } else await page.mouse.dblclick(p3.x, p3.y);
        await idle(page);
        expect(await page.locator('#status').textContent()).toMatch(
          /Collapsed|Nothing to collapse/,
        );
      });

      it('opens an entity to the same neighbourhood from search, an example, a link and the article', async () => {
        await page.getByRole('button', { name: 'Clear', exact: true }).click();
        await searchAndPick(page, '火神山', '火神山医院');
        const fromSearch = (await nodeIds(page)).sort();
        expect(fromSearch.length).toBeGreaterThan(10);
        await page.getByRole('button', { name: 'Clear', exact: true }).click();
        await page.getByRole('button', { name: '火神山医院' }).click();
        await idle(page);
        expect((await nodeIds(page)).sort()).toEqual(fromSearch);

        const linked = await newPage(size, { touch });
        await linked.goto(`${server.url}/explorer?focus=${hospital}`);
        await idle(linked);
        expect((await nodeIds(linked)).sort()).toEqual(fromSearch);
        await linked.close();

        // From a highlight in the article, onto an empty graph: the same picture as from search.
        const [source] = (await server.query<{ sources: { id: string }[] }>('{ sources { id } }'))
          .data!.sources;
        await page.getByRole('button', { name: 'Clear', exact: true }).click();
        await page.evaluate((id) => {
          (globalThis as unknown as PageGlobals).location.hash = `#article=${id}`;
        }, source!.id);
        await idle(page);
        const marked = await page
          .locator('#article-text mark[data-entity^="association:"]')
          .evaluateAll((marks) => marks.map((m) => m.getAttribute('data-entity')!));
        const association = marked[0]!;
        await page.locator(`#article-text mark[data-entity="${association}"]`).first().click();
        await idle(page);
        expect(await page.getByRole('dialog').isVisible()).toBe(false);
        const fromArticle = (await nodeIds(page)).sort();
        // Its neighbourhood reaches through its relief actions to what they targeted.
        expect(await nodeIds(page, '[type = "RELIEF_ACTION"]')).not.toEqual([]);
        const name = (
          await server.query<{ entity: { name: string } }>(
            `{ entity(id: "${association}") { name } }`,
          )
        ).data!.entity.name;
        await page.getByRole('button', { name: 'Clear', exact: true }).click();
        await searchAndPick(page, name, name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        expect((await nodeIds(page)).sort()).toEqual(fromArticle);
      });

      it('finds the path from 民政部 to 富士康集团, and a new selection lifts its highlight', async () => {
        await page.getByRole('button', { name: 'Clear', exact: true }).click();
        await searchAndPick(page, '民政部', '民政部');
        await page.locator('#panel').getByRole('button', { name: 'Path from here' }).click();
        await searchAndPick(page, '富士康', '富士康');
        await page.locator('#panel').getByRole('button', { name: 'Path to here' }).click();
        await idle(page);

        const expected = (
          await server.query<{
            shortestPath: { nodes: { id: string }[]; edges: { id: string }[] };
          }>(
            `{ shortestPath(from: "${ministry}", to: "${foxconn}", maxDepth: 10) { nodes { id } edges { id } } }`,
          )
        ).data!.shortestPath;
        expect((await nodeIds(page, '.on-path')).sort()).toEqual(
          expected.nodes.map((n) => n.id).sort(),
        );
        const pathEdges = await page.evaluate(() =>
          (globalThis as unknown as ExplorerWindow)
            .__explorer!.cy.edges('.on-path')
            .map((e) => e.id()),
        );
        expect(pathEdges.sort()).toEqual(expected.edges.map((e) => e.id).sort());
        await expect
          .poll(() => page.locator('#panel h2').textContent())
          .toBe(`${expected.edges.length} hops`);
        expect((await nodeIds(page, '.faded')).length).toBeGreaterThan(0);
        const highlight = page.getByRole('button', { name: 'Highlight path' });
        expect(await highlight.isVisible()).toBe(true);
        expect(await highlight.getAttribute('aria-pressed')).toBe('true');
        await page.screenshot({ path: shot('path') });

        // Picking another entity lifts the fading; the toggle brings it back.
        await searchAndPick(page, '火神山', '火神山医院');
        expect(await nodeIds(page, '.faded')).toEqual([]);
        expect(await highlight.getAttribute('aria-pressed')).toBe('false');
        expect((await nodeIds(page, '.on-path')).length).toBe(expected.nodes.length);
        await highlight.click();
        expect((await nodeIds(page, '.faded')).length).toBeGreaterThan(0);
      });

      it('reopens the same view from its URL: focus, expansions, selection, fold, filters and path', async () => {
        // Fold and filter the current view, then send the link to a fresh page.
        await page.getByRole('button', { name: 'Actors → targets', exact: true }).click();
        await idle(page);
        await openLegend();
        await setSlider('amount-min', 2);
        const url = page.url();
        expect(url).toContain('fold=1');
        expect(url).toContain('min=2');
        expect(url).toContain(`path=${ministry}~${foxconn}`);
        expect(url).toContain(`sel=${hospital}`);
        const original = await visibleNodeIds(page);

        const copy = await newPage(size, { touch });
        await copy.goto(url);
        await idle(copy);
        expect(await visibleNodeIds(copy)).toEqual(original);
        const stateOf = (target: Page) =>
          target.evaluate(() => {
            const state = (globalThis as unknown as ExplorerWindow).__explorer!.state;
            return {
              fold: state.fold,
              focus: state.focus,
              selected: state.selected,
              highlight: state.pathHighlight,
            };
          });
        expect(await stateOf(copy)).toEqual(await stateOf(page));
        expect((await nodeIds(copy, '.on-path')).length).toBeGreaterThan(0);
        await expect.poll(() => copy.locator('#panel h2').textContent()).toBe('武汉火神山医院');
        expect(copy.url()).toBe(url);
        await copy.close();
        await page.getByRole('button', { name: 'Actors → targets', exact: true }).click();
        await setSlider('amount-min', 0);
      });

      it('folds relief actions into actor → target edges for the hospitals, labelled and filterable', async () => {
        await page.goto(`${server.url}/explorer`);
        await idle(page);
        await page.getByRole('button', { name: /Who supported the hospitals/ }).click();
        await idle(page);
        expect(
          await page
            .getByRole('button', { name: 'Actors → targets', exact: true })
            .getAttribute('aria-pressed'),
        ).toBe('true');
        // No action node is shown; every supporter of 火神山 has a direct edge to it.
        expect(await nodeIds(page, '[type = "RELIEF_ACTION"]:visible')).toEqual([]);
        const supporters = (
          await server.query<{ entity: { supportedBy: { id: string }[] } }>(
            `{ entity(id: "${hospital}") { ... on Hospital { supportedBy { id } } } }`,
          )
        ).data!.entity.supportedBy.map((s) => s.id);
        const folded = await page.evaluate(() =>
          (globalThis as unknown as ExplorerWindow)
            .__explorer!.cy.edges('.folded:visible')
            .map((e) => ({
              id: e.id(),
              from: e.data('source') as string,
              to: e.data('target') as string,
              label: e.data('label') as string,
            })),
        );
        for (const supporter of supporters)
          expect(folded.some((e) => e.from === supporter && e.to === hospital)).toBe(true);
        // Labelled with the category, named from the schema's description (援建疫区医院).
        expect(
          folded.filter((e) => e.to === hospital).every((e) => e.label.includes('援建疫区医院')),
        ).toBe(true);
        // Actors sit left of what they supported.
        const view = await geometry(page);
        const x = new Map(view.nodes.map((n) => [n.id, n.x]));
        expect(folded.every((e) => x.get(e.from)! < x.get(e.to)!)).toBe(true);
        expect(await outOfView()).toEqual([]);
        // No entity left as an unconnected dot.
        const dots = await page.evaluate(() =>
          (globalThis as unknown as ExplorerWindow)
            .__explorer!.cy.nodes(':visible')
            .map((n) => ({ id: n.id(), edges: n.connectedEdges(':visible').length }))
            .filter((n) => n.edges === 0),
        );
        expect(dots).toEqual([]);
        await page.screenshot({ path: shot('actors-targets') });

        // The folded edge opens the actions behind it, with their quotes.
        const edge = folded.find((e) => e.to === hospital)!;
        await tap(page, edge.id);
        await expect
          .poll(() => page.locator('#panel .type-badge').first().textContent())
          .toMatch(/Actor → target/);
        expect(await page.locator('#panel .evidence mark').count()).toBeGreaterThan(0);
        await page.locator('#panel .relations .entity-link').first().click();
        await idle(page);
        await expect
          .poll(() => page.locator('#panel .type-badge').first().textContent())
          .toMatch(/Relief action/);

        // Unticking the category leaves nothing folded.
        await openLegend();
        await page.locator('#category-filters input').first().uncheck();
        await idle(page);
        expect(
          await page.evaluate(
            () =>
              (globalThis as unknown as ExplorerWindow).__explorer!.cy.edges('.folded:visible')
                .length,
          ),
        ).toBe(0);
        await page.locator('#category-filters input').first().check();
        await idle(page);
      });

      it('filters relief actions by money, and unticking them in the legend folds rather than leaving dots', async () => {
        await page.goto(`${server.url}/explorer?focus=${frontLine.join(',')}`);
        await idle(page);
        await openLegend();
        const money = async () =>
          page.evaluate(() =>
            (globalThis as unknown as ExplorerWindow)
              .__explorer!.cy.nodes('[type = "RELIEF_ACTION"]:visible')
              .map((n) =>
                Math.max(
                  0,
                  ...((n.data('quantities') as { unit: string; value: number }[]) ?? [])
                    .filter((q) => q.unit === 'CNY')
                    .map((q) => q.value),
                ),
              ),
          );
        const all = await money();
        // From 1亿 (stop 5): only actions of at least 100 million CNY remain.
        await setSlider('amount-min', 5);
        expect(await page.locator('#amount-min-value').textContent()).toBe('1亿元');
        const rich = await money();
        expect(rich.length).toBeGreaterThan(0);
        expect(rich.length).toBeLessThan(all.length);
        expect(rich.every((value) => value >= 1e8)).toBe(true);
        // Up to 1亿 (the upper slider at stop 5): only the smaller ones and those without money.
        await setSlider('amount-min', 0);
        await setSlider('amount-max', 5);
        const modest = await money();
        expect(modest.length).toBeGreaterThan(0);
        expect(modest.length).toBeLessThan(all.length);
        expect(modest.every((value) => value <= 1e8)).toBe(true);
        await setSlider(
          'amount-max',
          Number(await page.locator('#amount-max').getAttribute('max')),
        );
        expect(await money()).toEqual(all);

        await page.locator('#type-filters input[value="RELIEF_ACTION"]').uncheck();
        await idle(page);
        expect(
          await page.evaluate(
            () => (globalThis as unknown as ExplorerWindow).__explorer!.state.fold,
          ),
        ).toBe(true);
        const dots = await page.evaluate(() =>
          (globalThis as unknown as ExplorerWindow)
            .__explorer!.cy.nodes(':visible')
            .map((n) => ({ id: n.id(), edges: n.connectedEdges(':visible').length }))
            .filter((n) => n.edges === 0),
        );
        expect(dots.filter((d) => !frontLine.includes(d.id))).toEqual([]);
        // A folded edge names the money of the actions behind it, and only then.
        const folded = await page.evaluate(() => {
          const cy = (globalThis as unknown as ExplorerWindow).__explorer!.cy;
          return cy.edges('.folded:visible').map((e) => ({
            label: e.data('label') as string,
            money: (e.data('actions') as string[]).some((id) =>
              ((cy.getElementById(id).data('quantities') as { unit: string }[]) ?? []).some(
                (q) => q.unit === 'CNY',
              ),
            ),
          }));
        });
        expect(folded.filter((e) => e.money).length).toBeGreaterThan(0);
        for (const edge of folded) expect(/元/.test(edge.label), edge.label).toBe(edge.money);
        await page.locator('#type-filters input[value="RELIEF_ACTION"]').check();
        await idle(page);
      });

      it('groups the relief actions by category: one node each, listing its actions', async () => {
        await page.goto(`${server.url}/explorer?focus=${claim}`);
        await idle(page);
        await openLegend();
        const before = (await visibleNodeIds(page)).length;
        await page.locator('#group-actions').check();
        await idle(page);
        const groups = await page.evaluate(() =>
          (globalThis as unknown as ExplorerWindow)
            .__explorer!.cy.nodes('.group:visible')
            .map((n) => ({
              id: n.id(),
              members: n.data('members') as string[],
              edges: n.connectedEdges(':visible').length,
            })),
        );
        expect(groups.length).toBeGreaterThan(3);
        expect((await visibleNodeIds(page)).length).toBeLessThan(before);
        const shown = new Set(await visibleNodeIds(page));
        for (const group of groups) {
          expect(group.members.length).toBeGreaterThanOrEqual(2);
          expect(group.edges).toBeGreaterThan(0);
          for (const member of group.members) expect(shown.has(member)).toBe(false);
        }
        expect(page.url()).toContain('group=1');
        await tap(page, groups[0]!.id);
        await expect
          .poll(() => page.locator('#panel .relations .entity-link').count())
          .toBe(groups[0]!.members.length);
        await page.locator('#panel').getByRole('button', { name: 'Ungroup' }).click();
        await idle(page);
        expect(await nodeIds(page, '.group')).toEqual([]);
        expect((await visibleNodeIds(page)).length).toBe(before);
      });

      it('filters relief actions by activity, described by the schema', async () => {
        const description = (
          await server.query<{ action: { fields: { name: string; description: string }[] } }>(
            '{ action: __type(name: "ReliefAction") { fields { name description } } }',
          )
        ).data!.action.fields.find((f) => f.name === 'activity')!.description;
        const activitiesShown = () =>
          page.evaluate(() =>
            (globalThis as unknown as ExplorerWindow)
              .__explorer!.cy.nodes('[type = "RELIEF_ACTION"]:visible')
              .map((n) => n.data('activity') as string),
          );
        await openLegend();
        const drawn = new Set(await activitiesShown());
        expect(drawn.size).toBeGreaterThan(3);
        const inputs = page.locator('#activity-filters input');
        await expect.poll(() => inputs.count()).toBe(drawn.size);
        expect(await page.locator('#activity-filters .filter-title').getAttribute('title')).toBe(
          description,
        );
        await page.locator('#activity-filters input[value="PRODUCTION"]').uncheck();
        await idle(page);
        const activities = await activitiesShown();
        expect(activities.length).toBeGreaterThan(0);
        expect(activities).not.toContain('PRODUCTION');
        expect(page.url()).toContain('hideact=PRODUCTION');
        await page.locator('#activity-filters input[value="PRODUCTION"]').check();
        await idle(page);
      });

      it('shows the schema’s descriptions as tooltips in the legend and the panel', async () => {
        const docs = (
          await server.query<{
            action: { description: string };
            category: { enumValues: { name: string; description: string | null }[] };
          }>(
            '{ action: __type(name: "ReliefAction") { description } category: __type(name: "ReliefCategory") { enumValues { name description } } }',
          )
        ).data!;
        expect(
          await page
            .locator('#type-filters label', { hasText: 'Relief action' })
            .getAttribute('title'),
        ).toBe(docs.action.description);
        const medical = docs.category.enumValues.find((v) => v.name === 'MEDICAL_SUPPLIES')!;
        expect(
          await page
            .locator('#category-filters label', { hasText: '保障医疗用品' })
            .getAttribute('title'),
        ).toBe(medical.description);
        const action = (await nodeIds(page, '[type = "RELIEF_ACTION"]'))[0]!;
        await tap(page, action);
        await idle(page);
        await expect
          .poll(() => page.locator('#panel .type-badge .described').getAttribute('title'))
          .toBe(docs.action.description);
      });

      it('exports the view as PNG and SVG, and its facts with quotes as CSV', async () => {
        const save = async (name: string) => {
          await page.locator('#menu summary').click();
          const [file] = await Promise.all([
            page.waitForEvent('download'),
            page.getByRole('button', { name }).click(),
          ]);
          return readFile((await file.path())!);
        };
        const png = await save('Export picture (PNG)');
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        const svg = (await save('Export picture (SVG)')).toString();
        expect(svg).toContain('<svg');
        expect(svg).toContain('民政部');
        const csv = (await save('Export facts and quotes (CSV)')).toString();
        const [header, ...rows] = csv
          .replace(/^\ufeff/, '')
          .trim()
          .split('\r\n');
        expect(header).toContain('quote');
        expect(rows.length).toBeGreaterThan(20);
        expect(csv).toContain('民政部网站发布的消息显示');
      });

      it('switches the graph to English labels, wrapped on two lines at most', async () => {
        const nameEn = (
          await server.query<{ entity: { nameEn: string } }>(
            `{ entity(id: "${ministry}") { nameEn } }`,
          )
        ).data!.entity.nameEn;
        const label = () =>
          page.evaluate(
            (id) =>
              (globalThis as unknown as ExplorerWindow)
                .__explorer!.cy.getElementById(id)
                .data('label') as string,
            ministry,
          );
        expect(await label()).toBe('民政部');
        await page.getByRole('button', { name: 'EN labels' }).click();
        expect((await label()).replace('\n', ' ')).toBe(nameEn);
        const labels = await page.evaluate(() =>
          (globalThis as unknown as ExplorerWindow)
            .__explorer!.cy.nodes()
            .map((n) => n.data('label') as string),
        );
        expect(labels.every((l) => l.split('\n').length <= 2)).toBe(true);
        await page.screenshot({ path: shot('english') });
        await page.getByRole('button', { name: '中文标签' }).click();
      });

      it('says so when the server cannot be reached, and when nothing matches', async () => {
        const down = await newPage(size, { touch });
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
        // Clear empties the search box too, and an empty status line takes no room.
        await page.getByRole('combobox').press('Escape');
        await page.getByRole('button', { name: 'Clear', exact: true }).click();
        expect(await page.getByRole('combobox').inputValue()).toBe('');
        expect(await page.locator('#status').isVisible()).toBe(false);
      });
    });

    describe('a phone (390×844, touch): its own layout', () => {
      let page: Page;

      beforeAll(async () => {
        page = await newPage(phone, { touch: true });
        await page.goto(`${server.url}/explorer?focus=${ministry}&expand=${claim},${meeting}`);
        await idle(page);
      });

      it('keeps the header short, the legend folded and the graph filling the screen', async () => {
        const graphBox = (await page.locator('#graph').boundingBox())!;
        expect(graphBox.y).toBeLessThanOrEqual(100);
        expect(graphBox.height).toBeGreaterThan(600);
        expect(
          await page.locator('#filters').evaluate((d) => (d as unknown as { open: boolean }).open),
        ).toBe(false);
        // Nothing picked, so the sheet is folded to its handle at the bottom.
        expect(await page.locator('#sheet-handle').getAttribute('aria-expanded')).toBe('false');
        expect((await page.locator('#sheet-handle').boundingBox())!.y).toBeGreaterThan(
          phone.height - 60,
        );
        // The page itself does not scroll: a drag on the graph pans the graph.
        const scroll = await page.evaluate(
          () =>
            (globalThis as unknown as PageGlobals).document.scrollingElement.scrollHeight -
            (globalThis as unknown as PageGlobals).innerHeight,
        );
        expect(scroll).toBeLessThanOrEqual(1);
        expect(
          await page
            .locator('#graph')
            .evaluate(
              (g) => (globalThis as unknown as PageGlobals).getComputedStyle(g).touchAction,
            ),
        ).toBe('none');
        // 96 entities are more than a phone keeps readable: the page offers to group, and the offer can be put away.
        await expect.poll(() => page.locator('#status').textContent()).toMatch(/more than the 80/);
        await page.getByRole('button', { name: 'Dismiss' }).click();
        expect(await page.locator('#status').isVisible()).toBe(false);
      });

      it('pans the graph, not the page, when a finger drags across it', async () => {
        const pan = () =>
          page.evaluate(() => {
            const handle = (globalThis as unknown as ExplorerWindow).__explorer!;
            return { ...handle.cy.pan(), scroll: (globalThis as unknown as PageGlobals).scrollY };
          });
        const before = await pan();
        // A spot of bare canvas (a drag that starts on a node moves the node instead).
        const box = (await page.locator('#graph').boundingBox())!;
        const nodes = (await geometry(page)).nodes;
        let spot: { x: number; y: number } | null = null;
        for (let gy = 0.3; gy < 0.95 && !spot; gy += 0.05)
          for (let gx = 0.1; gx < 0.95 && !spot; gx += 0.05) {
            const at = { x: box.width * gx, y: box.height * gy };
            if (nodes.every((n) => Math.hypot(n.x - at.x, n.y - at.y) > n.size / 2 + 30)) spot = at;
          }
        expect(spot).not.toBeNull();
        const x = box.x + spot!.x;
        const y = box.y + spot!.y;
        // Playwright's touchscreen only taps; a drag is sent as raw touch events.
        const cdp = await page.context().newCDPSession(page);
        const touch = (
          type: 'touchStart' | 'touchMove' | 'touchEnd',
          points: { x: number; y: number }[],
        ) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
        await touch('touchStart', [{ x, y }]);
        for (let step = 1; step <= 10; step++) await touch('touchMove', [{ x, y: y - 12 * step }]);
        await touch('touchEnd', []);
        await cdp.detach();
        await idle(page);
        const after = await pan();
        expect(after.y).toBeLessThan(before.y - 60);
        expect(after.scroll).toBe(before.scroll);
        expect((await page.locator('#graph').boundingBox())!.y).toBe(box.y);
      });

      it('shows the details in a bottom sheet over the graph after a tap', async () => {
        const sheet = page.locator('#panel h2');
        const ids = await nodeIds(page, '[type = "ASSOCIATION"]');
        let tapped = '';
        let point = { x: 0, y: 0 };
        // A node nothing covers (the status line, the sheet's handle).
        for (const id of ids) {
          point = await nodePoint(page, id);
          const hit = await page.evaluate(
            ([x, y]) =>
              (globalThis as unknown as PageGlobals).document.elementFromPoint(x!, y!)?.tagName,
            [point.x, point.y],
          );
          if (hit === 'CANVAS') {
            tapped = id;
            break;
          }
        }
        expect(tapped).not.toBe('');
        const name = await page.evaluate(
          (id) =>
            (globalThis as unknown as ExplorerWindow)
              .__explorer!.cy.getElementById(id)
              .data('name') as string,
          tapped,
        );
        await page.touchscreen.tap(point.x, point.y);
        await idle(page);
        await expect.poll(() => sheet.textContent()).toBe(name);
        // The expansion the tap brought does not bring back the offer put away.
        expect(await page.locator('#status').isVisible()).toBe(false);
        const box = (await sheet.boundingBox())!;
        expect(box.y).toBeGreaterThan(0);
        expect(box.y + box.height).toBeLessThanOrEqual(phone.height);
        expect(await page.locator('#sheet-handle').getAttribute('aria-expanded')).toBe('true');
        // The sheet lies over the graph, which keeps its size; the selection stays in sight above it.
        expect((await page.locator('#graph').boundingBox())!.height).toBeGreaterThan(600);
        const sheetTop = (await page.locator('#side').boundingBox())!.y;
        const selectedAt = await nodePoint(page, tapped);
        expect(selectedAt.y).toBeGreaterThan((await page.locator('#graph').boundingBox())!.y);
        expect(selectedAt.y).toBeLessThan(sheetTop);
        expect(page.url()).toContain(`sel=${tapped}`);
        await page.screenshot({ path: `${artifacts}/explorer-sheet-phone.png` });
        await page.locator('#sheet-handle').click();
        expect(await page.locator('#sheet-handle').getAttribute('aria-expanded')).toBe('false');
      });
    });

    it('serves GraphiQL offline with one tab per example of examples/, and runs the first', async () => {
      const graphiql = await newPage(wide);
      await graphiql.goto(`${server.url}/graphiql`);
      const run = graphiql.locator('.graphiql-execute-button');
      await run.waitFor({ timeout: 30_000 });
      // GraphiQL names each tab after its operation, which each example names after its title.
      await expect
        .poll(() => graphiql.locator('.graphiql-tab-button').allTextContents())
        .toEqual(loadExamples().map((example) => example.operationName));
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
      // An example with variables (examples/03-everything-around-an-entity.json) opens with them
      // in its tab, and Run sends them.
      const withVariables = loadExamples().find((example) => example.variables)!;
      await graphiql
        .locator('.graphiql-tab-button', {
          hasText: new RegExp(`^${withVariables.operationName}$`),
        })
        .dispatchEvent('click');
      await expect
        .poll(() => graphiql.locator('.graphiql-query-editor').textContent())
        .toContain(withVariables.operationName!);
      let sent: Record<string, unknown> | null = null;
      // Right after a tab switch GraphiQL can drop a click on Run: click until it is sent.
      for (let attempt = 0; attempt < 5 && !sent; attempt++) {
        const request = graphiql.waitForRequest(
          (candidate) =>
            candidate.url().endsWith('/graphql') &&
            (candidate.postData() ?? '').includes(withVariables.operationName!),
          { timeout: 5_000 },
        );
        await run.click();
        sent = await request.then(
          (candidate) =>
            (candidate.postDataJSON() as { variables: Record<string, unknown> }).variables,
          () => null,
        );
      }
      expect(sent).toEqual(withVariables.variables);
      await graphiql.close();
    });

    it('lets a curator write from GraphiQL with the key in its Headers pane', async () => {
      const graphiql = await newPage(wide);
      await graphiql.goto(`${server.url}/graphiql`);
      const run = graphiql.locator('.graphiql-execute-button');
      await run.waitFor({ timeout: 30_000 });
      /** Replaces an editor's text as a person would: select all, then type (inserted at once). */
      const typeInto = async (editor: string, text: string) => {
        await graphiql.locator(editor).first().click();
        await graphiql.keyboard.press('ControlOrMeta+A');
        await graphiql.keyboard.press('Delete');
        await graphiql.keyboard.insertText(text);
      };
      await graphiql.locator('.graphiql-tab-add').click();
      await typeInto(
        '.graphiql-query-editor',
        'mutation AddNotice { addSource(input: { id: "graphiql-notice", title: "通知", ' +
          'text: "行业协会组织企业全力生产医疗物资。" }) { number factId author } }',
      );
      await graphiql.getByRole('button', { name: 'Headers' }).click();
      await typeInto(
        '.graphiql-editor-tool .graphiql-editor:visible',
        JSON.stringify({ Authorization: asCurator.authorization }),
      );
      let body: { data?: { addSource?: { factId: string; author: string } } } = {};
      // GraphiQL can drop a click on Run right after an editor change: click until it is sent.
      for (let attempt = 0; attempt < 5 && !body.data; attempt++) {
        const answer = graphiql.waitForResponse(
          (response) =>
            response.url().endsWith('/graphql') &&
            (response.request().postData() ?? '').includes('AddNotice'),
          { timeout: 5_000 },
        );
        await run.click();
        body = await answer.then(
          async (response) => (await response.json()) as typeof body,
          () => ({}),
        );
      }
      expect(body.data?.addSource).toMatchObject({
        factId: 'graphiql-notice',
        author: 'key:curator',
      });
      // Written for real: the server now holds the source.
      const sources = await server.query<{ sources: { id: string }[] }>('{ sources { id } }');
      expect(sources.data!.sources.map((source) => source.id)).toContain('graphiql-notice');
      await graphiql.close();
    });

    it("shows the schema's descriptions in GraphiQL's docs pane (Query.associations)", async () => {
      const graphiql = await newPage(wide);
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
      // Beside it, the Filters example (examples/11-filters.graphql, which asks `associations`) and its answer.
      // The tabs are draggable (reorderable), which takes Playwright's pointer click for a drag;
      // a plain click event selects the tab.
      await graphiql
        .locator('.graphiql-tab-button', { hasText: /^Filters$/ })
        .dispatchEvent('click');
      await expect
        .poll(() => graphiql.locator('.graphiql-query-editor').textContent())
        .toMatch(/query\sFilters/);
      // Right after a tab switch GraphiQL can drop a click on Run (the editor is still being
      // swapped), so Run is clicked until the operation reaches the server.
      let sent = false;
      for (let attempt = 0; attempt < 5 && !sent; attempt++) {
        const answer = graphiql.waitForResponse(
          (response) =>
            response.url().endsWith('/graphql') &&
            (response.request().postData() ?? '').includes('Filters'),
          { timeout: 5_000 },
        );
        await graphiql.locator('.graphiql-execute-button').click();
        sent = await answer.then(
          () => true,
          () => false,
        );
      }
      expect(sent).toBe(true);
      await expect
        .poll(() => graphiql.locator('.graphiql-response').textContent(), { timeout: 15_000 })
        .toContain('中国建筑材料联合会');
      await graphiql.screenshot({ path: `${artifacts}/graphiql-docs-associations.png` });
      await graphiql.close();
    });

    it('shows a relation a curator adds through the API without a reload, and drops it when retracted', async () => {
      const live = await newPage(wide);
      await live.goto(`${server.url}/explorer?focus=${hospital}`);
      await idle(live);
      await live.waitForFunction(
        () => (globalThis as unknown as ExplorerWindow).__explorer!.state.live,
      );
      const action = 'action:medical-supplies-production';
      const relation = `${action}|TARGETED|${hospital}`;
      const drawn = (id: string) => drawnOn(live, id);
      expect(await drawn(relation)).toBe(false);
      expect(await drawn(action)).toBe(false);
      // The page has subscribed once the socket is up; the server registers it a moment later.
      await new Promise((resolve) => setTimeout(resolve, 500));
      await addTargeted(
        'live-notice',
        '行业协会组织企业全力生产医疗物资,优先供应武汉火神山医院。',
        action,
        hospital,
        '优先供应武汉火神山医院',
      );
      await expect.poll(() => drawn(relation), { timeout: 15_000 }).toBe(true);
      // The other end, which was not drawn, came with it.
      expect(await drawn(action)).toBe(true);
      await idle(live);
      await live.screenshot({ path: `${artifacts}/explorer-live-update.png` });
      const history = await server.query<{ history: { version: number } }>(
        `query ($id: ID!) { history(id: $id) { version } }`,
        { id: relation },
      );
      await curate(
        `mutation ($id: ID!, $base: Int!) { retract(id: $id, reason: "test", baseVersion: $base) { number } }`,
        { id: relation, base: history.data!.history.version },
      );
      await expect.poll(() => drawn(relation), { timeout: 15_000 }).toBe(false);
      await live.close();
    });

    it('replays, after its connection comes back, a relation committed while it was down', async () => {
      const page = await newPage(wide);
      // The page's WebSocket goes through the test, which can drop it and refuse new ones.
      let down = false;
      const sockets: { close: () => Promise<void> }[] = [];
      await page.routeWebSocket(/\/graphql$/, (socket) => {
        if (down) return void socket.close({ code: 1001, reason: 'the test keeps it down' });
        const upstream = socket.connectToServer();
        sockets.push({
          close: async () => {
            await socket.close({ code: 1001, reason: 'the test drops it' });
            await upstream.close();
          },
        });
      });
      const action = 'action:medical-supplies-production';
      const target = 'hospital:wuhan-leishenshan-hospital';
      const relation = `${action}|TARGETED|${target}`;
      await page.goto(`${server.url}/explorer?focus=${action}`);
      await idle(page);
      await page.waitForFunction(
        () => (globalThis as unknown as ExplorerWindow).__explorer!.state.live,
      );
      const drawn = (id: string) => drawnOn(page, id);
      expect(await drawn(relation)).toBe(false);
      down = true;
      for (const socket of sockets.splice(0)) await socket.close();
      await addTargeted(
        'offline-notice',
        '行业协会组织企业全力生产医疗物资,优先供应武汉雷神山医院。',
        action,
        target,
        '优先供应武汉雷神山医院',
      );
      // Committed while the page could not hear of it: nothing drawn until it reconnects.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(await drawn(relation)).toBe(false);
      down = false;
      await expect.poll(() => drawn(relation), { timeout: 20_000 }).toBe(true);
      expect(await drawn(target)).toBe(true);
      await page.close();
    });

    it('lists the sources in the legend, hides what only a hidden source cites, and colours by source', async () => {
      // A second report (test data) that grounds a new chamber and its donation to a seed hospital.
      const report = 'explorer-second-report';
      const text = '测试街道商会向武汉火神山医院捐赠口罩一批。';
      const chamber = 'association:explorer-test-street-chamber';
      const donation = 'action:explorer-test-mask-donation';
      await curate(`mutation ($input: SourceInput!) { addSource(input: $input) { number } }`, {
        input: { id: report, title: '第二份报告', date: '2020-04-16', text },
      });
      const upsert = `mutation ($input: EntityInput!) { upsertEntity(input: $input) { number } }`;
      await curate(upsert, {
        input: {
          id: chamber,
          type: 'ASSOCIATION',
          name: '测试街道商会',
          nameEn: 'Test Street Chamber of Commerce',
          nameEnSource: 'TRANSLATION',
          scope: 'LOCAL',
          evidence: [{ source: report, quote: '测试街道商会' }],
        },
      });
      await curate(upsert, {
        input: {
          id: donation,
          type: 'RELIEF_ACTION',
          name: '向武汉火神山医院捐赠口罩一批',
          nameEn: 'Donated a batch of masks to Wuhan Huoshenshan Hospital',
          nameEnSource: 'DESCRIPTION',
          category: 'MEDICAL_SUPPLIES',
          activity: 'DONATION',
          evidence: [{ source: report, quote: '向武汉火神山医院捐赠口罩一批' }],
        },
      });
      const relate = `mutation ($input: RelationInput!) { addRelation(input: $input) { number } }`;
      await curate(relate, {
        input: {
          type: 'PERFORMED',
          from: chamber,
          to: donation,
          evidence: [{ source: report, quote: text.slice(0, -1) }],
        },
      });
      await curate(relate, {
        input: {
          type: 'TARGETED',
          from: donation,
          to: hospital,
          evidence: [{ source: report, quote: '向武汉火神山医院捐赠口罩一批' }],
        },
      });
      const known = await server.query<{ sources: { id: string }[] }>('{ sources { id } }');
      const sourceIds = known.data!.sources.map((s) => s.id).sort();
      expect(sourceIds).toContain(report);

      const page = await newPage(wide);
      await page.goto(`${server.url}/explorer?focus=${donation},${hospital}`);
      await idle(page);
      const drawn = await nodeIds(page);
      expect(drawn).toEqual(expect.arrayContaining([donation, chamber, hospital]));
      if ((await page.locator('#filters').getAttribute('open')) === null)
        await page.locator('#filters > summary').click();

      // One line per source of the server, in id order, each with how many drawn entities cite it.
      const lines = page.locator('#source-filters input[data-filter="source"]');
      expect(
        await lines.evaluateAll((inputs) =>
          inputs.map((i) => (i as unknown as { value: string }).value),
        ),
      ).toEqual(sourceIds);
      const drawnCount = async (source: string) =>
        page
          .locator(`#source-filters label:has(input[value="${source}"]) .muted`)
          .last()
          .textContent();
      expect(await drawnCount(report)).toBe('2');
      const seedSource = (
        await server.query<{ entity: { sources: { id: string }[] } }>(
          `{ entity(id: "${hospital}") { sources { id } } }`,
        )
      ).data!.entity.sources.map((s) => s.id);
      expect(seedSource).toHaveLength(1);
      expect(seedSource).not.toContain(report);
      // Every other drawn entity is the seed's (the hospital and the actions that supported it).
      expect(await drawnCount(seedSource[0]!)).toBe(String(drawn.length - 2));

      // Hiding the second report hides what only it cites; the hospital and the seed's stay.
      await page.locator(`#source-filters input[value="${report}"]`).uncheck();
      await idle(page);
      const shown = await visibleNodeIds(page);
      expect(shown).toContain(hospital);
      expect(shown).not.toContain(donation);
      expect(shown).not.toContain(chamber);
      expect(page.url()).toContain(`hidesrc=${report}`);
      await page.locator(`#source-filters input[value="${report}"]`).check();
      await idle(page);
      expect(await visibleNodeIds(page)).toEqual(expect.arrayContaining([donation, chamber]));

      // Coloured by source: each entity ringed, each relationship drawn, in its source's colour.
      await page.locator('#colour-by-source').check();
      await idle(page);
      const colours = await page.evaluate(
        (ids) => {
          const cy = (globalThis as unknown as ExplorerWindow).__explorer!.cy;
          return ids.map((id) => {
            const element = cy.getElementById(id) as unknown as {
              isNode(): boolean;
              style(name: string): string;
            };
            return element.isNode() ? element.style('border-color') : element.style('line-color');
          });
        },
        // The two in focus keep the focus ring; the others show their source.
        [
          chamber,
          drawn.find((id) => ![donation, chamber, hospital].includes(id))!,
          `${chamber}|PERFORMED|${donation}`,
        ],
      );
      const swatch = async (source: string) =>
        page.locator(`#source-filters label:has(input[value="${source}"]) .swatch`).evaluate(
          (element) =>
            (
              globalThis as unknown as {
                getComputedStyle(e: unknown): { backgroundColor: string };
              }
            ).getComputedStyle(element).backgroundColor,
        );
      // Cytoscape writes rgb(r,g,b), the browser rgb(r, g, b).
      const [reportColour, seedColour] = [await swatch(report), await swatch(seedSource[0]!)].map(
        (c) => c.replace(/\s/g, ''),
      );
      expect(reportColour).not.toBe(seedColour);
      expect(colours.map((c) => c.replace(/\s/g, ''))).toEqual([
        reportColour,
        seedColour,
        reportColour,
      ]);
      expect(page.url()).toContain('bysrc=1');
      await page.close();
    });

    it('sent no request anywhere but the server, and logged no error', () => {
      expect(offOrigin).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  },
);
