// The review page of a new report (/explorer/ingest) in headless Chromium, through the real server on the embedded backend: proposals marked in the text, rejected, edited and committed through the write path, a wrong key refused with nothing written, hostile reports shown as text, and the server's limits applied.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { asCurator, curatorSecret, writersEnv } from '../helpers/curation.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skipReason = existsSync(chromiumPath) ? null : `no Chromium at ${chromiumPath}`;
if (skipReason && process.env.CI) throw new Error(`Browser tests cannot run in CI: ${skipReason}`);

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

/** Three deeds: two by associations new to the graph, one by 中国医疗物资协会, which the seed holds. */
const report =
  '浙江省服装行业协会向武汉火神山医院捐款300万元。杭州市纺织商会向湖北捐赠口罩约5万只。中国医疗物资协会组织会员企业向武汉捐赠防护服2000套。';
const sourceId = 'zj-textile-notice-2020-03-01';

/** The page's globals a test reads (this file compiles without the DOM library). */
type PageWindow = {
  __pwned?: number;
  sessionStorage: { getItem(key: string): string | null };
};

describe.skipIf(skipReason !== null)('the review page of a new report', { timeout: 90_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  let explorerDir: string;
  const contexts: BrowserContext[] = [];
  const offOrigin: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    // A build of its own: the explorer's browser tests build dist/web at the same time.
    explorerDir = await mkdtemp(path.join(tmpdir(), 'relief-ingest-explorer-'));
    await build({
      configFile: 'web/vite.config.ts',
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

  /** The review page in a fresh context (its own sessionStorage), offline but for the server. */
  async function openPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    contexts.push(context);
    const origin = new URL(server.url).origin;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      offOrigin.push(url);
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      // A refused write is a 200 with errors; only a failed load or a script error is logged.
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    await page.goto(`${server.url}/explorer/ingest`);
    return page;
  }

  async function propose(page: Page, text: string, fields: { id?: string; title?: string } = {}) {
    await page.fill('#report-input', text);
    if (fields.id) await page.fill('#report-id', fields.id);
    if (fields.title) await page.fill('#report-title', fields.title);
    await page.click('#propose');
  }

  /** The card of the entity proposal whose name is exactly `name`. */
  function entityCard(page: Page, name: string) {
    return page
      .locator('#entity-list li')
      .filter({ has: page.locator('.name', { hasText: new RegExp(`^${name}$`) }) });
  }

  async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const answer = await server.query<T>(query, variables);
    expect(answer.errors, query).toBeUndefined();
    return answer.data!;
  }

  const cursor = async () =>
    (await graphql<{ changesCursor: string }>('{ changesCursor }')).changesCursor;

  it('marks every proposal in the text, then commits the accepted ones as reviewed: a deed rejected, others edited', async () => {
    const page = await openPage();
    await propose(page, report, { id: sourceId, title: '浙江纺织服装行业抗疫通报' });
    await expect.poll(() => page.locator('#review').isVisible()).toBe(true);

    // Entities, deeds and numbers are all marked in the text, and each deed has its card.
    const text = page.locator('#report-text');
    expect(await text.textContent()).toBe(report);
    const marked = await text
      .locator('mark[data-ref]')
      .evaluateAll((marks) =>
        marks.map((mark) => (mark as unknown as { dataset: { ref: string } }).dataset.ref),
      );
    const cards = await page
      .locator('#entity-list li, #deed-list li')
      .evaluateAll((items) =>
        items.map((item) => (item as unknown as { dataset: { ref: string } }).dataset.ref),
      );
    expect(new Set(marked)).toEqual(new Set(cards));
    expect(await text.locator('mark.quantity', { hasText: '300万元' }).count()).toBe(1);
    expect(await text.locator('mark.deed').count()).toBeGreaterThan(0);
    expect(await page.locator('#deed-list li').count()).toBe(3);
    await expect
      .poll(() => entityCard(page, '武汉火神山医院').locator('.linked').textContent())
      .toContain('hospital:wuhan-huoshenshan-hospital');

    // Reject the third deed and the two bare regions; the rejected deed's marks say so.
    await page.click('#card-deed-3 .reject');
    expect(await text.locator('mark.rejected[data-ref="deed-3"]').count()).toBeGreaterThan(0);
    await entityCard(page, '浙江省').locator('.reject').click();
    await entityCard(page, '杭州市').locator('.reject').click();

    // Committing now is refused before any write: two new associations have no English name.
    const before = await cursor();
    await page.fill('#curator-key', curatorSecret);
    await page.click('#commit');
    await expect
      .poll(() => page.locator('#commit-result').textContent())
      .toContain('Nothing was written');
    expect(
      await entityCard(page, '浙江省服装行业协会').locator('.card-status').textContent(),
    ).toContain('English name');
    expect(await cursor()).toBe(before);
    // The key was asked for once and is kept for this tab.
    expect(await page.locator('#key-ask').isVisible()).toBe(false);
    expect(
      await page.evaluate(() =>
        (globalThis as unknown as PageWindow).sessionStorage.getItem('relief-graph.curator-key'),
      ),
    ).toBe(curatorSecret);

    // Edit: English names; deed 1's kind; deed 2's span (to take in its actor), its number's
    // item and its target (an endpoint).
    await entityCard(page, '浙江省服装行业协会')
      .locator('.name-en')
      .fill('Zhejiang Garment Industry Association');
    await entityCard(page, '杭州市纺织商会')
      .locator('.name-en')
      .fill('Hangzhou Textile Chamber of Commerce');
    await page.selectOption('#card-deed-1 .activity', 'FINANCING');
    await page.locator('#card-deed-2 .card-fields input[type="number"]').first().fill('25');
    expect(await page.locator('#card-deed-2 .quote').textContent()).toBe(
      '杭州市纺织商会向湖北捐赠口罩约5万只',
    );
    await page.locator('#card-deed-2 .quantity-row .item').fill('口罩');
    await page.fill('#card-deed-2 .target', 'REGION:湖北');

    await page.click('#commit');
    await expect.poll(() => page.locator('#commit-result').textContent()).toContain('Committed');
    await page.screenshot({ path: `${artifacts}/ingest-review.png`, fullPage: true });

    // One batch, one revision per write: the source, the entities (new, linked, the actions), then the relations.
    const { changes } = await graphql<{
      changes: { revisions: { factId: string }[] };
    }>('query ($after: String) { changes(after: $after) { revisions { factId } } }', {
      after: before,
    });
    expect(changes.revisions.map((r) => r.factId)).toEqual([
      sourceId,
      'association:zhejiang-garment-industry-association',
      'association:hangzhou-textile-chamber-of-commerce',
      // The entities the graph held gain the report's quote.
      'hospital:wuhan-huoshenshan-hospital',
      'region:hubei',
      'association:china-medical-supplies-association',
      'region:wuhan',
      `action:${sourceId}-1`,
      `action:${sourceId}-2`,
      `association:zhejiang-garment-industry-association|PERFORMED|action:${sourceId}-1`,
      `association:hangzhou-textile-chamber-of-commerce|PERFORMED|action:${sourceId}-2`,
      `action:${sourceId}-2|TARGETED|region:hubei`,
    ]);

    const action = `
      query ($id: ID!) { fact(id: $id) { entity { id name ... on ReliefAction {
        activity quantities { value unit item text }
        evidence { quote start end source { id } } } } } }`;
    type ActionFact = {
      fact: {
        entity: {
          name: string;
          activity: string;
          quantities: { value: number; unit: string; item: string | null }[];
          evidence: { quote: string; start: number; end: number; source: { id: string } }[];
        };
      } | null;
    };
    const first = await graphql<ActionFact>(action, { id: `action:${sourceId}-1` });
    expect(first.fact?.entity.activity).toBe('FINANCING');
    expect(first.fact?.entity.quantities).toEqual([
      { value: 3_000_000, unit: 'CNY', item: null, text: '300万元' },
    ]);
    const second = await graphql<ActionFact>(action, { id: `action:${sourceId}-2` });
    expect(second.fact?.entity.evidence).toEqual([
      {
        quote: '杭州市纺织商会向湖北捐赠口罩约5万只',
        start: 25,
        end: 43,
        source: { id: sourceId },
      },
    ]);
    expect(second.fact?.entity.quantities).toEqual([
      { value: 50_000, unit: '只', item: '口罩', text: '约5万只' },
    ]);

    const edge = 'query ($id: ID!) { fact(id: $id) { edge { id evidence { quote } } } }';
    type EdgeFact = { fact: { edge: { id: string; evidence: { quote: string }[] } } | null };
    const hangzhou = 'association:hangzhou-textile-chamber-of-commerce';
    const performed = await graphql<EdgeFact>(edge, {
      id: `${hangzhou}|PERFORMED|action:${sourceId}-2`,
    });
    expect(performed.fact?.edge.evidence[0]?.quote).toBe('杭州市纺织商会向湖北捐赠口罩约5万只');
    const targeted = await graphql<EdgeFact>(edge, {
      id: `action:${sourceId}-2|TARGETED|region:hubei`,
    });
    expect(targeted.fact?.edge.id).toBe(`action:${sourceId}-2|TARGETED|region:hubei`);
    const association = await graphql<{
      fact: { entity: { name: string; evidence: { quote: string; source: { id: string } }[] } };
    }>('query ($id: ID!) { fact(id: $id) { entity { name evidence { quote source { id } } } } }', {
      id: 'association:zhejiang-garment-industry-association',
    });
    expect(association.fact.entity.evidence).toEqual([
      { quote: '浙江省服装行业协会', source: { id: sourceId } },
    ]);

    // The rejected deed and the rejected regions are not in the graph.
    expect((await graphql<ActionFact>(action, { id: `action:${sourceId}-3` })).fact).toBeNull();
    const { search } = await graphql<{ search: { name: string }[] }>(
      '{ search(text: "浙江省", first: 50) { name } }',
    );
    expect(search.map((hit) => hit.name)).not.toContain('浙江省');

    // Committed cards are locked, and the commit button is spent.
    expect(await page.locator('#card-deed-1').getAttribute('class')).toContain('committed');
    expect(await page.locator('#commit').isDisabled()).toBe(true);
  });

  it('refuses a wrong key with an error, forgets it, and writes nothing', async () => {
    const page = await openPage();
    await propose(page, '宁波市服装协会向湖北捐赠口罩约3万只。', {
      id: 'nb-notice-2020-03-02',
      title: '宁波通报',
    });
    await expect.poll(() => page.locator('#review').isVisible()).toBe(true);
    await entityCard(page, '宁波市服装协会').locator('.name-en').fill('Ningbo Garment Association');
    await entityCard(page, '宁波市').locator('.reject').click();
    const before = await cursor();
    await page.fill('#curator-key', 'not-a-curator-key-0123456789');
    await page.click('#commit');
    await expect
      .poll(() => page.locator('#commit-result').textContent())
      .toMatch(/UNAUTHENTICATED.*Nothing was written/s);
    expect(await cursor()).toBe(before);
    expect(
      (await graphql<{ fact: unknown }>('{ fact(id: "nb-notice-2020-03-02") { id } }')).fact,
    ).toBeNull();
    // The refused key is forgotten and asked for again.
    expect(await page.locator('#key-ask').isVisible()).toBe(true);
    expect(
      await page.evaluate(() =>
        (globalThis as unknown as PageWindow).sessionStorage.getItem('relief-graph.curator-key'),
      ),
    ).toBeNull();
  });

  it('shows a report’s markup as text, never as HTML: no element is made from it and no script runs', async () => {
    const page = await openPage();
    const hostile =
      '温州市鞋革协会向湖北捐赠口罩1万只<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>。';
    await propose(page, hostile);
    await expect.poll(() => page.locator('#review').isVisible()).toBe(true);
    const text = page.locator('#report-text');
    expect(await text.textContent()).toBe(hostile);
    expect(await text.locator('img, script').count()).toBe(0);
    expect(await page.locator('#deed-list').locator('img, script').count()).toBe(0);

    // An uploaded HTML report is read as its text: scripts dropped, and again nothing made from it.
    const html =
      '<p>温州市鞋革协会向武汉捐赠手套2万副。</p><script>window.__pwned=3</script><img src=x onerror="window.__pwned=4">';
    await page.setInputFiles('#report-file', {
      name: 'report.html',
      mimeType: 'text/html',
      buffer: Buffer.from(html),
    });
    await expect.poll(() => page.locator('#report-input').inputValue()).toBe(html);
    await page.click('#propose');
    await expect.poll(() => text.textContent()).toContain('温州市鞋革协会向武汉捐赠手套2万副。');
    expect(await text.textContent()).not.toContain('__pwned');
    expect(await page.locator('#ingest-status').textContent()).toContain('HTML read as text');
    expect(await page.locator('body').locator('img').count()).toBe(0);
    expect(
      await page.evaluate(() => (globalThis as unknown as PageWindow).__pwned),
    ).toBeUndefined();
  });

  it('shows the server’s refusals of a report: over the length limit, and a text already ingested', async () => {
    const page = await openPage();
    await propose(page, '测'.repeat(200_001));
    await expect
      .poll(() => page.locator('#ingest-status').textContent())
      .toMatch(/refused \(BAD_USER_INPUT\).*200000/);
    expect(await page.locator('#review').isVisible()).toBe(false);

    const seedText = (await loadSeed()).sources[0]!;
    await propose(page, seedText.text);
    await expect
      .poll(() => page.locator('#ingest-status').textContent())
      .toContain(`already the source ${seedText.id}`);
  });

  it('writes nothing when the server refuses one write of the batch (CONFLICT), names its card, and commits all once it is fixed', async () => {
    const page = await openPage();
    const source = 'jx-notice-2020-03-03';
    await propose(page, '嘉兴市毛衫协会向湖北捐赠口罩2万只。', { id: source, title: '嘉兴通报' });
    await expect.poll(() => page.locator('#review').isVisible()).toBe(true);
    await entityCard(page, '嘉兴市毛衫协会')
      .locator('.name-en')
      .fill('Jiaxing Sweater Association');
    await entityCard(page, '嘉兴市').locator('.reject').click();

    // Another curator adds an action under the deed's id just before the page's batch arrives.
    const action = `action:${source}-1`;
    const { sources } = await graphql<{ sources: { id: string; text: string }[] }>(
      '{ sources { id text } }',
    );
    const article = sources[0]!;
    await page.route(`${server.url}/graphql`, async (route) => {
      const body = route.request().postData() ?? '';
      if (body.includes('IngestBatch')) {
        const added = await server.query(
          'mutation ($input: EntityInput!) { upsertEntity(input: $input) { number } }',
          {
            input: {
              id: action,
              type: 'RELIEF_ACTION',
              name: '另一位编辑的行动',
              nameEn: 'Another curator’s action',
              nameEnSource: 'DESCRIPTION',
              category: 'DONATIONS',
              activity: 'DONATION',
              evidence: [
                { source: article.id, quote: article.text.slice(0, 10), start: 0, end: 10 },
              ],
            },
          },
          asCurator,
        );
        expect(added.errors).toBeUndefined();
      }
      await route.continue();
    });
    const before = await cursor();
    await page.fill('#curator-key', curatorSecret);
    await page.click('#commit');
    await expect
      .poll(() => page.locator('#commit-result').textContent())
      .toMatch(/Refused at deed-1 .*CONFLICT.*Nothing was written/s);
    expect(await page.locator('#card-deed-1 .card-status').textContent()).toContain('CONFLICT');
    // All or nothing: only the other curator's write stands; the source stays editable.
    expect(Number(await cursor())).toBe(Number(before) + 1);
    expect(
      await entityCard(page, '嘉兴市毛衫协会').locator('.card-status').textContent(),
    ).not.toMatch(/Committed/);
    expect(await page.locator('#report-id').isDisabled()).toBe(false);

    // Under an id of its own, the deed commits, and everything with it, in one step.
    await page.unrouteAll();
    await page.fill('#card-deed-1 .fact-id', 'action:jiaxing-sweater-mask-donation');
    await page.click('#commit');
    await expect.poll(() => page.locator('#commit-result').textContent()).toContain('Committed');
    const { changes } = await graphql<{ changes: { revisions: { factId: string }[] } }>(
      'query ($after: String) { changes(after: $after) { revisions { factId } } }',
      { after: before },
    );
    expect(changes.revisions.map((r) => r.factId)).toEqual([
      action,
      source,
      'association:jiaxing-sweater-association',
      'region:hubei',
      'action:jiaxing-sweater-mask-donation',
      'association:jiaxing-sweater-association|PERFORMED|action:jiaxing-sweater-mask-donation',
    ]);
    // The region the report names gains its quote, keeping what it had.
    const hubei = await graphql<{
      fact: { entity: { evidence: { quote: string; source: { id: string } }[] } };
    }>('query { fact(id: "region:hubei") { entity { evidence { quote source { id } } } } }');
    expect(hubei.fact.entity.evidence.at(-1)).toEqual({ quote: '湖北', source: { id: source } });
    expect(hubei.fact.entity.evidence.length).toBeGreaterThan(1);
  });

  it('sent no request anywhere but the server, and logged no error', () => {
    expect(offOrigin).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
