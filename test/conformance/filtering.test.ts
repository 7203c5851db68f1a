// Filters, sorting and cursor pagination of the domain lists, each checked against the unfiltered list filtered by the client.
import { expect, it } from 'vitest';
import { describeConformance, idOf, pageFields, type Page } from '../helpers/conformance.js';
import type { GraphQLResponse, TestServer } from '../helpers/testServer.js';

interface Row {
  id: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
  scope?: string;
  category?: string;
  region?: { name: string } | null;
  quantities: { value: number; unit: string }[];
  actions?: { id: string; category: string }[];
  supportedBy?: { id: string }[];
}

const rowFields = `id name nameEn aliases quantities { value unit }`;

function ids(rows: { id: string }[]): string[] {
  return rows.map((r) => r.id);
}

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function names(row: Row): string[] {
  return [row.name, row.nameEn, ...row.aliases].filter((n): n is string => n !== null);
}

function money(row: Row): number {
  return row.quantities.filter((q) => q.unit === 'CNY').reduce((sum, q) => sum + q.value, 0);
}

/** Code-unit order, as the API promises. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function data<T>(server: TestServer, query: string, variables?: Record<string, unknown>) {
  const result = await server.query<T>(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

function expectBadInput(result: GraphQLResponse, argument?: string) {
  expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result.errors)).toBe(
    'BAD_USER_INPUT',
  );
  if (argument) expect(result.errors![0]!.extensions!.argument).toBe(argument);
}

describeConformance('filters', (server) => {
  async function allAssociations(): Promise<Row[]> {
    return (
      await data<{ associations: Row[] }>(
        server(),
        `{ associations(first: 1000) { ${rowFields} scope region { name } actions { id category } } }`,
      )
    ).associations;
  }

  async function allActions(): Promise<Row[]> {
    return (
      await data<{ reliefActions: Row[] }>(
        server(),
        `{ reliefActions(first: 1000) { ${rowFields} category } }`,
      )
    ).reliefActions;
  }

  it('finds associations whose names contain a Chinese substring (商会)', async () => {
    const { associations } = await data<{ associations: Row[] }>(
      server(),
      `{ associations(where: { name: { contains: "商会" } }) { id } }`,
    );
    const expected = (await allAssociations()).filter((a) =>
      names(a).some((n) => normalize(n).includes('商会')),
    );
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(ids(associations)).toEqual(ids(expected));
  });

  it('matches a name exactly against the Chinese name, English name or an alias, ignoring case', async () => {
    const target = (await allAssociations()).find((a) => a.nameEn !== null)!;
    const { associations } = await data<{ associations: Row[] }>(
      server(),
      `query ($n: String!) { associations(where: { name: { eq: $n } }) { id } }`,
      { n: target.nameEn!.toUpperCase() },
    );
    const expected = (await allAssociations()).filter((a) =>
      names(a).some((n) => normalize(n) === normalize(target.nameEn!)),
    );
    expect(ids(expected)).toContain(target.id);
    expect(ids(associations)).toEqual(ids(expected));
  });

  it('filters associations by scope and by the region they are located in', async () => {
    const { associations } = await data<{ associations: Row[] }>(
      server(),
      `{ associations(where: { scope: LOCAL, region: { name: { eq: "深圳" } } }) { id } }`,
    );
    const expected = (await allAssociations()).filter(
      (a) => a.scope === 'LOCAL' && a.region?.name === '深圳',
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(associations)).toEqual(ids(expected));
  });

  it('filters relief actions by categories and by a money range (at least 1e9 CNY)', async () => {
    const { byCategory, rich } = await data<{ byCategory: Row[]; rich: Row[] }>(
      server(),
      `{ byCategory: reliefActions(where: { category: [DONATIONS, FINANCIAL_SUPPORT] }) { id }
         rich: reliefActions(where: { quantity: { unit: "CNY", min: 1e9 } }) { id } }`,
    );
    const all = await allActions();
    expect(ids(byCategory)).toEqual(
      ids(all.filter((a) => a.category === 'DONATIONS' || a.category === 'FINANCIAL_SUPPORT')),
    );
    const expectedRich = all.filter((a) =>
      a.quantities.some((q) => q.unit === 'CNY' && q.value >= 1e9),
    );
    expect(expectedRich.length).toBeGreaterThanOrEqual(2);
    expect(ids(rich)).toEqual(ids(expectedRich));
  });

  it('filters by relationships: associations that built hospitals, hospitals an association supported', async () => {
    const { builders } = await data<{ builders: Row[] }>(
      server(),
      `{ builders: associations(where: { actions: { category: [HOSPITAL_CONSTRUCTION] } }) { id } }`,
    );
    const expected = (await allAssociations()).filter((a) =>
      a.actions!.some((x) => x.category === 'HOSPITAL_CONSTRUCTION'),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(builders)).toEqual(ids(expected));

    const steel = await idOf(server(), '中国钢铁工业协会');
    const { supported, all } = await data<{ supported: Row[]; all: Row[] }>(
      server(),
      `query ($id: ID!) {
         supported: hospitals(where: { supportedBy: { id: { eq: $id } } }) { id }
         all: hospitals { id supportedBy { id } } }`,
      { id: steel },
    );
    const expectedHospitals = all.filter((h) => h.supportedBy!.some((o) => o.id === steel));
    expect(expectedHospitals.length).toBeGreaterThan(0);
    expect(ids(supported)).toEqual(ids(expectedHospitals));
  });

  it('combines filters with AND, OR and NOT', async () => {
    const all = await allAssociations();
    const { notNational, either, both } = await data<{
      notNational: Row[];
      either: Row[];
      both: Row[];
    }>(
      server(),
      `{ notNational: associations(where: { NOT: { scope: NATIONAL } }) { id }
         either: associations(where: { OR: [{ name: { contains: "钢铁" } }, { name: { contains: "物流" } }] }) { id }
         both: associations(where: { AND: [{ scope: NATIONAL }, { actions: {} }], NOT: { name: { contains: "中国" } } }) { id } }`,
    );
    expect(ids(notNational)).toEqual(ids(all.filter((a) => a.scope !== 'NATIONAL')));
    const has = (a: Row, s: string) => names(a).some((n) => normalize(n).includes(s));
    expect(ids(either)).toEqual(ids(all.filter((a) => has(a, '钢铁') || has(a, '物流'))));
    expect(ids(both)).toEqual(
      ids(all.filter((a) => a.scope === 'NATIONAL' && a.actions!.length > 0 && !has(a, '中国'))),
    );
  });

  it('filters and sorts a relationship list (an association’s actions)', async () => {
    const id = await idOf(server(), '中国钢铁工业协会');
    const { entity } = await data<{ entity: { all: Row[]; some: Row[] } }>(
      server(),
      `query ($id: ID!) { entity(id: $id) { ... on Association {
         all: actions { ${rowFields} category }
         some: actions(where: { NOT: { category: [DONATIONS] } }, sort: [{ field: NAME, direction: DESC }]) { id } } } }`,
      { id },
    );
    const expected = entity.all
      .filter((a) => a.category !== 'DONATIONS')
      .sort((a, b) => cmp(b.name, a.name) || cmp(a.id, b.id));
    expect(entity.all.length).toBeGreaterThan(1);
    expect(ids(entity.some)).toEqual(ids(expected));
  });

  it('refuses filters nested too deep, too large, or with unusable text', async () => {
    let nested = '{ scope: LOCAL }';
    for (let i = 0; i < 8; i++) nested = `{ NOT: ${nested} }`;
    expectBadInput(await server().query(`{ associations(where: ${nested}) { id } }`), 'where');
    const many = Array.from({ length: 60 }, (_, i) => `{ id: { eq: "a${i}" } }`).join(', ');
    expectBadInput(
      await server().query(`{ associations(where: { OR: [${many}] }) { id } }`),
      'where',
    );
    expectBadInput(
      await server().query(`{ associations(where: { name: { contains: "  " } }) { id } }`),
      'where.name.contains',
    );
  });
});

describeConformance('sorting', (server) => {
  it('sorts by English name descending, entities without one first, ties by id', async () => {
    const { sorted, all } = await data<{ sorted: Row[]; all: Row[] }>(
      server(),
      `{ sorted: regions(sort: [{ field: NAME_EN, direction: DESC }]) { id }
         all: regions { ${rowFields} } }`,
    );
    const expected = [...all].sort((a, b) => {
      if (a.nameEn === null || b.nameEn === null) {
        return a.nameEn === b.nameEn ? cmp(a.id, b.id) : a.nameEn === null ? -1 : 1;
      }
      return cmp(b.nameEn, a.nameEn) || cmp(a.id, b.id);
    });
    expect(ids(sorted)).toEqual(ids(expected));
  });

  it('sorts relief actions by category, then money descending, then id', async () => {
    const { sorted, all } = await data<{ sorted: Row[]; all: Row[] }>(
      server(),
      `{ sorted: reliefActions(sort: [{ field: CATEGORY }, { field: MONEY, direction: DESC }]) { id }
         all: reliefActions { ${rowFields} category } }`,
    );
    const expected = [...all].sort(
      (a, b) => cmp(a.category!, b.category!) || money(b) - money(a) || cmp(a.id, b.id),
    );
    expect(money(expected.find((a) => money(a) > 0)!)).toBeGreaterThan(0);
    expect(ids(sorted)).toEqual(ids(expected));
  });
});

describeConformance('cursor pagination', (server) => {
  const where = `where: { actions: {} }, sort: [{ field: NAME }]`;

  async function page(after: string | null, first = 7): Promise<GraphQLResponse<{ page: Page }>> {
    return server().query<{ page: Page }>(
      `query ($after: String, $first: Int) { page: associationsConnection(${where}, first: $first, after: $after) { ${pageFields} } }`,
      { after, first },
    );
  }

  it('walks a filtered, sorted list page by page, in the order of the plain list', async () => {
    const { associations } = await data<{ associations: { id: string }[] }>(
      server(),
      `{ associations(${where}, first: 1000) { id } }`,
    );
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result = await page(after);
      expect(result.errors).toBeUndefined();
      const p = result.data!.page;
      expect(p.totalCount).toBe(associations.length);
      expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(p.pageInfo.startCursor).toBe(p.edges[0]?.cursor ?? null);
      seen.push(...p.edges.map((e) => e.node.id));
      pages += 1;
      if (!p.pageInfo.hasNextPage) break;
      expect(p.edges).toHaveLength(7);
      after = p.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(associations.length / 7));
    expect(seen).toEqual(ids(associations));
  });

  it('gives the same page for the same cursor, and refuses foreign or broken cursors', async () => {
    const first = (await page(null)).data!.page;
    const cursor = first.pageInfo.endCursor!;
    const again = await page(cursor);
    expect(again.data!.page).toEqual((await page(cursor)).data!.page);
    expect(again.data!.page.edges[0]!.node.id).not.toBe(first.edges.at(-1)!.node.id);

    const other = await server().query(
      `query ($after: String) { hospitalsConnection(after: $after) { totalCount } }`,
      { after: cursor },
    );
    expectBadInput(other, 'after');
    expectBadInput(await page('not-a-cursor'), 'after');
    expectBadInput(await page(null, 101), 'first');
    expectBadInput(await page(null, -1), 'first');
  });

  it('pages a relationship list (who supported a region) and every entity', async () => {
    const wuhan = await idOf(server(), '武汉');
    const { entity } = await data<{
      entity: { supportedBy: { id: string }[]; supportedByConnection: Page };
    }>(
      server(),
      `query ($id: ID!) { entity(id: $id) { ... on Region {
         supportedBy { id } supportedByConnection(first: 2) { ${pageFields} } } } }`,
      { id: wuhan },
    );
    expect(entity.supportedBy.length).toBeGreaterThan(2);
    expect(entity.supportedByConnection.totalCount).toBe(entity.supportedBy.length);
    expect(entity.supportedByConnection.edges.map((e) => e.node.id)).toEqual(
      ids(entity.supportedBy.slice(0, 2)),
    );
    expect(entity.supportedByConnection.pageInfo.hasNextPage).toBe(true);

    const { entitiesConnection } = await data<{ entitiesConnection: Page }>(
      server(),
      `{ entitiesConnection(where: { type: [HOSPITAL, COMPANY] }, first: 100) { ${pageFields} } }`,
    );
    const { hospitals, companies } = await data<{
      hospitals: { id: string }[];
      companies: { id: string }[];
    }>(server(), `{ hospitals { id } companies { id } }`);
    expect(entitiesConnection.edges.map((e) => e.node.id)).toEqual(
      [...ids(hospitals), ...ids(companies)].sort(cmp),
    );
  });
});
