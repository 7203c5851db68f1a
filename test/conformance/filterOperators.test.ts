// Each filter operator told apart from its near neighbours (equals from prefix, max from min, item from unit), against the unfiltered entities filtered by the client.
import { beforeEach, expect, it } from 'vitest';
import { describeConformance } from '../helpers/conformance.js';
import { allEntities, type OracleEntity } from '../helpers/graphOracle.js';

const normalize = (text: string) => text.normalize('NFKC').toLowerCase();
const namesOf = (e: OracleEntity) =>
  [e.name, e.nameEn, ...e.aliases].filter((n): n is string => n !== null).map(normalize);
const sortedIds = (entities: OracleEntity[]) => entities.map((e) => e.id).sort();

interface QuantityCondition {
  unit?: string;
  item?: string;
  min?: number;
  max?: number;
  qualifier?: string[];
}

/** The documented meaning: some one quantity has the unit, the item and a value in [min, max]. */
function hasQuantity(e: OracleEntity, c: QuantityCondition): boolean {
  return e.quantities.some(
    (q) =>
      (c.unit === undefined || q.unit === c.unit) &&
      (c.item === undefined || q.item === c.item) &&
      (c.min === undefined || q.value >= c.min) &&
      (c.max === undefined || q.value <= c.max) &&
      (c.qualifier === undefined || c.qualifier.includes(q.qualifier)),
  );
}

describeConformance('filter operators', (server) => {
  // Fetched by the first test that needs it (a hook's failure would fail no test).
  let entities: OracleEntity[];
  beforeEach(async () => {
    entities ??= [...(await allEntities(server())).values()];
  });

  /** The ids entitiesConnection returns for `where`, every page of them. */
  async function matching(where: string, variables: Record<string, unknown> = {}) {
    const declared = Object.keys(variables)
      .map((name) => `, $${name}: String`)
      .join('');
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: {
        data?: {
          entitiesConnection: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            edges: { node: { id: string } }[];
          };
        } | null;
        errors?: unknown;
      } = await server().query(
        `query ($after: String${declared}) {
           entitiesConnection(where: ${where}, first: 100, after: $after) {
             totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { ...variables, after },
      );
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      const page = result.data!.entitiesConnection;
      ids.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) {
        expect(page.totalCount).toBe(ids.length);
        return ids.sort();
      }
      after = page.pageInfo.endCursor;
    }
  }

  it.each([
    ['民政部', 'a Chinese name that prefixes another entity’s alias'],
    ['武汉', 'a region whose name prefixes hospitals’ and associations’ names'],
    ['FOXCONN', 'an alias in another case'],
    ['ＭＣＡ', 'a full-width alias (NFKC)'],
  ])('name.eq "%s" matches a whole name only (%s)', async (needle) => {
    const expected = entities.filter((e) => namesOf(e).includes(normalize(needle)));
    const prefixed = entities.filter((e) =>
      namesOf(e).some((n) => n !== normalize(needle) && n.startsWith(normalize(needle))),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(await matching(`{ name: { eq: $n } }`, { n: needle })).toEqual(sortedIds(expected));
    // The same text as a prefix reaches more: the test tells equality from a prefix match.
    if (needle === '民政部' || needle === '武汉') {
      expect(prefixed.some((e) => !expected.includes(e))).toBe(true);
    }
  });

  it('name.contains matches inside a name, not only at its start', async () => {
    const needle = '火神山';
    const expected = entities.filter((e) => namesOf(e).some((n) => n.includes(needle)));
    expect(expected.some((e) => !namesOf(e).some((n) => n.startsWith(needle)))).toBe(true);
    expect(await matching(`{ name: { contains: $n } }`, { n: needle })).toEqual(
      sortedIds(expected),
    );
  });

  it('name with eq and contains needs both', async () => {
    const expected = entities.filter(
      (e) => namesOf(e).includes('民政部') && namesOf(e).some((n) => n.includes('中华人民')),
    );
    expect(expected).toHaveLength(1);
    expect(await matching(`{ name: { eq: "民政部", contains: "中华人民" } }`)).toEqual(
      sortedIds(expected),
    );
  });

  it.each<[string, QuantityCondition]>([
    ['a max bound alone, inclusive', { unit: 'CNY', max: 500_000_000 }],
    ['a min bound alone, inclusive', { unit: 'CNY', min: 500_000_000 }],
    ['min and max equal to one stored value', { unit: 'CNY', min: 2.2e9, max: 2.2e9 }],
    ['a range no stored value falls in', { unit: 'CNY', min: 2.21e9, max: 2.29e9 }],
    ['an item alone', { item: '资金' }],
    ['an item with a range', { item: '资金', max: 1e9 }],
    ['an item and a unit of two different quantities', { unit: 'CNY', item: '口罩' }],
    ['a counting unit and a max', { unit: '家', max: 100 }],
    ['a max alone, over every unit', { max: 2 }],
  ])('quantity: %s', async (_name, condition) => {
    const expected = entities.filter((e) => hasQuantity(e, condition));
    const fields = Object.entries(condition)
      .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
      .join(', ');
    expect(await matching(`{ quantity: { ${fields} } }`)).toEqual(sortedIds(expected));
  });

  it('quantity bounds tell the boundary value apart (max 2 keeps a 2, min 2.01 drops it)', async () => {
    const two = entities.filter((e) => e.quantities.some((q) => q.value === 2));
    expect(two.length).toBeGreaterThan(0);
    const atMost = await matching(`{ quantity: { max: 2 } }`);
    const above = await matching(`{ quantity: { min: 2.01 } }`);
    for (const e of two) {
      expect(atMost).toContain(e.id);
      if (e.quantities.every((q) => q.value <= 2)) expect(above).not.toContain(e.id);
    }
  });

  it.each<[string, QuantityCondition]>([
    ['qualifiers alone', { qualifier: ['ABOUT', 'NEARLY'] }],
    ['a qualifier and a unit on one quantity', { unit: 'CNY', qualifier: ['EXACT'] }],
    ['a qualifier and a max on one quantity', { qualifier: ['AT_LEAST'], max: 20_000 }],
  ])('quantity: %s', async (_name, condition) => {
    const expected = entities.filter((e) => hasQuantity(e, condition));
    // Each keeps some quantities and drops others: neither all nor none.
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(entities.filter((e) => e.quantities.length > 0).length);
    const { qualifier, ...rest } = condition;
    const fields = Object.entries(rest)
      .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
      .join(', ');
    expect(
      await matching(`{ quantity: { ${fields} qualifier: [${qualifier!.join(', ')}] } }`),
    ).toEqual(sortedIds(expected));
  });

  it('id.eq, id.in and type combine (all must hold)', async () => {
    const wuhan = 'region:wuhan';
    const ids = ['region:wuhan', 'region:hubei', 'hospital:wuhan-huoshenshan-hospital', 'nope'];
    expect(await matching(`{ id: { eq: "${wuhan}" } }`)).toEqual([wuhan]);
    expect(await matching(`{ id: { in: ${JSON.stringify(ids)} } }`)).toEqual(
      sortedIds(entities.filter((e) => ids.includes(e.id))),
    );
    expect(await matching(`{ id: { in: ${JSON.stringify(ids)} }, type: [HOSPITAL] }`)).toEqual([
      'hospital:wuhan-huoshenshan-hospital',
    ]);
    expect(
      await matching(`{ id: { eq: "${wuhan}", in: ["hospital:wuhan-huoshenshan-hospital"] } }`),
    ).toEqual([]);
    expect(await matching(`{ type: [MEETING, COMPANY] }`)).toEqual(
      sortedIds(entities.filter((e) => e.type === 'MEETING' || e.type === 'COMPANY')),
    );
  });

  it('NOT, OR and AND of name and quantity conditions', async () => {
    const money = (e: OracleEntity) => hasQuantity(e, { unit: 'CNY', min: 1e9 });
    const wuhan = (e: OracleEntity) => namesOf(e).some((n) => n.includes('武汉'));
    expect(await matching(`{ NOT: { quantity: { unit: "CNY", min: 1e9 } } }`)).toEqual(
      sortedIds(entities.filter((e) => !money(e))),
    );
    expect(
      await matching(
        `{ OR: [{ quantity: { unit: "CNY", min: 1e9 } }, { name: { contains: "武汉" } }] }`,
      ),
    ).toEqual(sortedIds(entities.filter((e) => money(e) || wuhan(e))));
    expect(
      await matching(`{ AND: [{ name: { contains: "武汉" } }, { NOT: { type: [REGION] } }] }`),
    ).toEqual(sortedIds(entities.filter((e) => wuhan(e) && e.type !== 'REGION')));
    expect(await matching(`{ OR: [] }`)).toEqual([]);
    expect(await matching(`{ AND: [] }`)).toEqual(sortedIds(entities));
    expect(await matching(`{ NOT: {} }`)).toEqual([]);
  });

  it('scope and level are exact', async () => {
    const result = await server().query<{
      national: { id: string; scope: string }[];
      all: { id: string; scope: string }[];
      cities: { id: string }[];
      regions: { id: string; level: string }[];
    }>(
      `{ national: associations(where: { scope: NATIONAL }, first: 1000) { id scope }
         all: associations(first: 1000) { id scope }
         cities: regions(where: { level: CITY }, first: 1000) { id }
         regions(first: 1000) { id level } }`,
    );
    const data = result.data!;
    expect(data.national.map((a) => a.id)).toEqual(
      data.all.filter((a) => a.scope === 'NATIONAL').map((a) => a.id),
    );
    expect(data.national.length).toBeLessThan(data.all.length);
    expect(data.cities.map((r) => r.id)).toEqual(
      data.regions.filter((r) => r.level === 'CITY').map((r) => r.id),
    );
    expect(data.cities.length).toBeGreaterThan(0);
  });

  it('accepts a filter exactly as deep and as large as the limits allow, and refuses one more', async () => {
    const refusal = async (where: string) => {
      const result = await server().query(`{ associations(where: ${where}) { id } }`);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result.errors)).toBe(
        'BAD_USER_INPUT',
      );
      expect(result.errors![0]!.extensions!.argument).toBe('where');
      return result.errors![0]!.message;
    };
    const accepted = async (where: string) => {
      const result = await server().query<{ associations: { id: string }[] }>(
        `{ associations(where: ${where}, first: 1000) { id } }`,
      );
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      return result.data!.associations.length;
    };
    // Depth: the top level is 1, each NOT (or relationship) one more; the limit is 6.
    const nots = (n: number) => '{ NOT: '.repeat(n) + '{ scope: LOCAL }' + ' }'.repeat(n);
    // Five NOTs of LOCAL are one NOT: the national associations.
    expect(await accepted(nots(5))).toBe(await accepted('{ scope: NATIONAL }'));
    expect(await refusal(nots(6))).toBe('Argument "where" is nested more than 6 levels deep.');
    const chain = (n: number) =>
      Array.from({ length: n }, (_, i) => `{ ${i % 2 ? 'workedThrough' : 'channelFor'}: `).join(
        '',
      ) +
      '{}' +
      ' }'.repeat(n);
    expect(await accepted(chain(5))).toBeGreaterThan(0);
    expect(await refusal(chain(6))).toBe('Argument "where" is nested more than 6 levels deep.');
    // Size: every condition given counts, OR itself too; the limit is 50.
    const ors = (n: number) =>
      `{ OR: [${Array.from({ length: n }, (_, i) => `{ id: { eq: "a${i}" } }`).join(', ')}] }`;
    expect(await accepted(ors(49))).toBe(0);
    expect(await refusal(ors(50))).toBe('Argument "where" has more than 50 conditions.');
  });

  it('refuses blank or control-character name text, naming the argument', async () => {
    for (const [where, argument] of [
      ['{ name: { eq: " " } }', 'where.name.eq'],
      ['{ name: { contains: "\\u0000" } }', 'where.name.contains'],
      ['{ name: { eq: "民政部", contains: "" } }', 'where.name.contains'],
    ]) {
      const result = await server().query(`{ entitiesConnection(where: ${where}) { totalCount } }`);
      expect(result.errors?.[0]?.extensions?.code, where).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.extensions!.argument).toBe(argument);
    }
  });

  it('reads {} inside AND, OR and NOT as "matches everything"', async () => {
    const all = sortedIds(entities);
    expect(await matching(`{ OR: [{}] }`)).toEqual(all);
    expect(await matching(`{ AND: [{}, { type: [REGION] }] }`)).toEqual(
      sortedIds(entities.filter((e) => e.type === 'REGION')),
    );
    expect(await matching(`{ NOT: { NOT: {} } }`)).toEqual(all);
  });

  it('sorts by each key in both directions, ending with id ascending', async () => {
    const result = await server().query<Record<string, { id: string; name: string }[]>>(
      `{ idDesc: regions(sort: [{ field: ID, direction: DESC }]) { id name }
         idAsc: regions(sort: [{ field: ID }]) { id name }
         nameAsc: regions(sort: [{ field: NAME }]) { id name }
         nameDesc: regions(sort: [{ field: NAME, direction: DESC }]) { id name } }`,
    );
    expect(result.errors).toBeUndefined();
    const data = result.data!;
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
    const byId = [...data.idAsc!].sort((a, b) => cmp(a.id, b.id));
    expect(ids(data.idAsc!)).toEqual(ids(byId));
    expect(ids(data.idDesc!)).toEqual(ids(byId).reverse());
    expect(ids(data.nameAsc!)).toEqual(
      ids([...byId].sort((a, b) => cmp(a.name, b.name) || cmp(a.id, b.id))),
    );
    expect(ids(data.nameDesc!)).toEqual(
      ids([...byId].sort((a, b) => cmp(b.name, a.name) || cmp(a.id, b.id))),
    );
    expect(ids(data.nameAsc!)).not.toEqual(ids(byId));
  });

  it('ignores conditions given as null, and looks ids up under OR and NOT as well as AND', async () => {
    const all = sortedIds(entities);
    expect(
      await matching(`{ id: null, name: null, type: null, quantity: null, NOT: null }`),
    ).toEqual(all);
    expect(
      await matching(`{ id: { eq: null, in: ["region:wuhan"] }, name: { eq: null } }`),
    ).toEqual(['region:wuhan']);
    expect(await matching(`{ id: { eq: "region:hubei", in: null } }`)).toEqual(['region:hubei']);
    expect(
      await matching(`{ OR: [{ id: { eq: "region:wuhan" } }, { id: { eq: "region:hubei" } }] }`),
    ).toEqual(['region:hubei', 'region:wuhan']);
    expect(await matching(`{ NOT: { id: { eq: "region:wuhan" } } }`)).toEqual(
      all.filter((id) => id !== 'region:wuhan'),
    );
    expect(
      await matching(
        `{ AND: [{ type: [REGION] }, { id: { in: ["region:wuhan", "company:foxconn"] } }] }`,
      ),
    ).toEqual(['region:wuhan']);
  });
});
