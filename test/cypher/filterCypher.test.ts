// The findEntities compiler: values only as parameters, text only from whitelists and counters, and what the seeder stores for it.
import neo4j, { type Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { compileFindQuery, InvalidFindQueryError } from '../../src/graph/neo4j/filterCypher.js';
import { Neo4jBackend } from '../../src/graph/neo4j/Neo4jBackend.js';
import { entityRow } from '../../src/graph/neo4j/records.js';
import { moneyOf, normalizeSearchText } from '../../src/graph/ordering.js';
import type { EntityFilter, FindQuery } from '../../src/graph/port.js';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { nestedRelated, representativeFindQueries } from './findQueries.js';

const find = (filter: EntityFilter | null, rest: Partial<FindQuery> = {}): FindQuery => ({
  types: null,
  filter,
  sort: [],
  offset: 0,
  first: 10,
  ...rest,
});

/** A tree with a value in every place a filter takes one, built from the given values. */
function everyValue(text: string, list: string[], number: number): EntityFilter {
  return {
    kind: 'or',
    filters: [
      { kind: 'field', field: 'name', op: 'equals', value: text },
      { kind: 'field', field: 'scope', op: 'in', value: list },
      { kind: 'names', op: 'contains', value: text },
      { kind: 'names', op: 'equals', value: text },
      { kind: 'quantity', unit: text, item: text, min: number, max: number, qualifiers: ['EXACT'] },
      { kind: 'source', sourceIds: [`${text}-source`] },
      {
        kind: 'related',
        direction: 'BOTH',
        types: ['PERFORMED'],
        filter: {
          kind: 'not',
          filter: { kind: 'field', field: 'nameEn', op: 'equals', value: text },
        },
      },
    ],
  };
}

const hostile = [
  "x' OR true //",
  '"}) MATCH (z) DETACH DELETE z //',
  '$p0 OR true',
  'n.id <> n.id',
  '`Entity`) RETURN 1 //',
];

/** Every `$name` a statement refers to. */
function parametersIn(statement: string): Set<string> {
  return new Set([...statement.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
}

describe('compileFindQuery', () => {
  it('puts every value the client gave into the parameters, never into the text', () => {
    for (const text of hostile) {
      const { statement, parameters } = compileFindQuery(
        find(everyValue(text, [text, `${text}2`], 987654.321)),
      );
      expect(statement).not.toContain(text);
      expect(statement).not.toContain(`${text}2`);
      expect(statement).not.toContain('987654');
      const values = Object.values(parameters);
      expect(values).toContain(text);
      expect(values).toContainEqual([text, `${text}2`]);
      expect(values).toContain(normalizeSearchText(text));
      expect(values).toContain(987654.321);
      expect(statement).not.toContain(`${text}-source`);
      expect(values).toContainEqual([`${text}-source`]);
    }
  });

  it('writes the same statement for every query of the same shape', () => {
    const a = compileFindQuery(find(everyValue('火神山', ['LOCAL'], 1)));
    const b = compileFindQuery(find(everyValue(hostile[1]!, ['NATIONAL', 'LOCAL'], 2.5e9)));
    expect(b.statement).toBe(a.statement);
    expect(b.parameters).not.toEqual(a.parameters);
  });

  it.each(representativeFindQueries)(
    '%s: refers to exactly the parameters it passes, generated ones named p<n>',
    (_name, query) => {
      const { statement, parameters } = compileFindQuery(query);
      expect(parametersIn(statement)).toEqual(new Set(Object.keys(parameters)));
      const generated = Object.keys(parameters).filter(
        (k) => !['types', 'offset', 'first'].includes(k),
      );
      for (const name of generated) expect(name).toMatch(/^p\d+$/);
    },
  );

  it('gives each nested relation and entity its own variable, so no subquery shadows another', () => {
    const { statement } = compileFindQuery(find(nestedRelated(5)));
    // The predicate appears in both subqueries (the count and the page), each its own scope.
    const [count, page] = statement.split('CALL () {').slice(1);
    for (const part of [count!, page!]) {
      const patterns = [...part.matchAll(/MATCH \((\w+)\)<?-\[(\w+)\]->?\((\w+):Entity\)/g)];
      expect(patterns).toHaveLength(5);
      const introduced = patterns.flatMap((m) => [m[2]!, m[3]!]);
      expect(new Set(introduced).size).toBe(introduced.length);
      expect(introduced).not.toContain('n');
      // Each level starts from the entity the level above it reached.
      expect(patterns[0]![1]).toBe('n');
      for (let i = 1; i < patterns.length; i += 1) {
        expect(patterns[i]![1]).toBe(patterns[i - 1]![3]);
      }
    }
  });

  it('follows the direction of a related filter and passes its types as one parameter', () => {
    const out = compileFindQuery(
      find({ kind: 'related', direction: 'OUT', types: ['COVERED'], filter: null }),
    );
    expect(out.statement).toMatch(/MATCH \(n\)-\[r\d+\]->\(m\d+:Entity\)/);
    expect(Object.values(out.parameters)).toContainEqual(['COVERED']);
    const inn = compileFindQuery(
      find({ kind: 'related', direction: 'IN', types: [], filter: null }),
    );
    expect(inn.statement).toMatch(/MATCH \(n\)<-\[r\d+\]-\(m\d+:Entity\)/);
    expect(inn.statement).not.toContain('type(');
    const both = compileFindQuery(
      find({ kind: 'related', direction: 'BOTH', types: [], filter: null }),
    );
    expect(both.statement).toMatch(/MATCH \(n\)-\[r\d+\]-\(m\d+:Entity\)/);
  });

  it('makes a comparison with a property an entity may lack false, never null, so NOT inverts it', () => {
    const optional = compileFindQuery(
      find({ kind: 'field', field: 'nameEn', op: 'equals', value: 'x' }),
    );
    expect(optional.statement).toContain('coalesce(n.nameEn = $p0, false)');
    // id, name and type are always stored: bare, so the planner can seek them through an index.
    const required = compileFindQuery(find({ kind: 'field', field: 'id', op: 'in', value: ['a'] }));
    expect(required.statement).toContain('AND n.id IN $p0\n');
  });

  it('normalises a names needle as search does (NFKC, lower case)', () => {
    const { parameters } = compileFindQuery(
      find({ kind: 'names', op: 'contains', value: 'Ｃｈｉｎａ' }),
    );
    expect(Object.values(parameters)).toContain('china');
  });

  it('sorts by the given keys, then by id ascending', () => {
    const { statement } = compileFindQuery(
      find(null, {
        sort: [
          { field: 'money', direction: 'DESC' },
          { field: 'nameEn', direction: 'ASC' },
        ],
      }),
    );
    expect(statement).toContain('ORDER BY n.money DESC, n.nameEn ASC, n.id ASC');
    expect(compileFindQuery(find(null)).statement).toContain('ORDER BY n.id ASC');
  });

  it('matches one type by its label, several by a list parameter, offset and first as Cypher integers', () => {
    const one = compileFindQuery(find(null, { types: ['HOSPITAL'], offset: 3, first: 7 }));
    expect(one.statement).toContain('MATCH (n:Hospital)');
    expect(one.parameters).not.toHaveProperty('types');
    expect(one.parameters.offset).toEqual(neo4j.int(3));
    expect(one.parameters.first).toEqual(neo4j.int(7));
    const several = compileFindQuery(find(null, { types: ['HOSPITAL', 'REGION'] }));
    expect(several.statement).toContain('MATCH (n:Entity)');
    expect(several.statement).toContain('n.type IN $types');
    expect(several.parameters.types).toEqual(['HOSPITAL', 'REGION']);
    const all = compileFindQuery(find(null));
    expect(all.statement).toContain('MATCH (n:Entity)');
    expect(all.parameters).not.toHaveProperty('types');
  });

  it('counts without any predicate when nothing narrows the list, so Neo4j reads its count store', () => {
    const { statement } = compileFindQuery(find(null, { types: ['ASSOCIATION'] }));
    expect(statement).toMatch(/MATCH \(n:Association\)\n\s+RETURN count\(n\) AS totalCount/);
  });

  it('scans for the count only when someone reads it (count absent or true)', () => {
    const counted = /RETURN count\(n\) AS totalCount/;
    expect(compileFindQuery(find(null)).statement).toMatch(counted);
    expect(compileFindQuery(find(null, { count: true })).statement).toMatch(counted);
    const uncounted = compileFindQuery(find(null, { count: false })).statement;
    expect(uncounted).not.toMatch(counted);
    expect(uncounted).toMatch(/^\s*WITH 0 AS totalCount/);
  });

  it('projects evidence and quantities only when read, and only the properties named', () => {
    const projection = (rest: Partial<FindQuery>) =>
      /collect\(\[([^\]]*)\]\) AS items/.exec(compileFindQuery(find(null, rest)).statement)![1]!;
    const every = projection({});
    expect(every).toContain('n.evidenceQuote');
    expect(every).toContain('n.scope');
    expect(projection({ grounding: true })).toBe(every);
    const lean = projection({ grounding: false });
    expect(lean).not.toContain('n.evidenceQuote');
    expect(lean).toContain('n.scope');
    expect(projection({ grounding: false, properties: ['scope'] })).toBe(
      'n.id, n.type, n.name, n.scope',
    );
    expect(projection({ properties: [] })).toMatch(/^n\.id, n\.type, n\.name, n\.evidenceSource/);
    // Each entity comes back as the values of the compiled keys, in their order.
    expect(
      compileFindQuery(find(null, { properties: ['scope'], grounding: false })).entityKeys,
    ).toEqual(['id', 'type', 'name', 'scope']);
  });

  it('reads an empty AND as true and an empty OR as false, like every() and some()', () => {
    expect(compileFindQuery(find({ kind: 'and', filters: [] })).statement).toBe(
      compileFindQuery(find(null)).statement,
    );
    expect(compileFindQuery(find({ kind: 'or', filters: [] })).statement).toMatch(/AND false\n/);
  });
});

describe('compileFindQuery whitelists', () => {
  const rejects = (query: FindQuery, message: RegExp) => {
    expect(() => compileFindQuery(query)).toThrow(InvalidFindQueryError);
    expect(() => compileFindQuery(query)).toThrow(message);
  };

  it('rejects a filter field outside FilterField', () => {
    const filter = { kind: 'field', field: 'name) OR true //', op: 'equals', value: 'x' };
    rejects(
      find(filter as unknown as EntityFilter),
      /^filter: "name\) OR true \/\/" is not a filter field/,
    );
    const nested = { kind: 'not', filter: { ...filter, field: 'searchText' } };
    rejects(
      find(nested as unknown as EntityFilter),
      /^filter\.filter: "searchText" is not a filter field/,
    );
  });

  it('rejects a relation type the seed does not define, wherever it is nested', () => {
    const filter: EntityFilter = {
      kind: 'related',
      direction: 'OUT',
      types: ['PERFORMED'],
      filter: {
        kind: 'related',
        direction: 'IN',
        types: ['MEMBER_OF', 'FUNDED]->(x) //'],
        filter: null,
      },
    };
    rejects(
      find(filter),
      /^filter\.filter\.types\[1\]: "FUNDED\]->\(x\) \/\/" is not a relation type/,
    );
  });

  it('rejects an unknown direction, operator or filter kind', () => {
    const direction = { kind: 'related', direction: 'ANY', types: [], filter: null };
    rejects(find(direction as unknown as EntityFilter), /is not a direction/);
    const op = { kind: 'names', op: 'startsWith', value: 'x' };
    rejects(find(op as unknown as EntityFilter), /is not a names operator/);
    const kind = { kind: 'cypher', text: 'MATCH (n) DETACH DELETE n' };
    rejects(find(kind as unknown as EntityFilter), /unknown filter kind "cypher"/);
  });

  it('rejects values of the wrong type', () => {
    const list = { kind: 'field', field: 'id', op: 'equals', value: ['a'] };
    rejects(find(list as unknown as EntityFilter), /equals needs a string/);
    const single = { kind: 'field', field: 'id', op: 'in', value: 'a' };
    rejects(find(single as unknown as EntityFilter), /in needs a list of strings/);
    const infinite: EntityFilter = {
      kind: 'quantity',
      unit: null,
      item: null,
      min: Infinity,
      max: null,
      qualifiers: null,
    };
    rejects(find(infinite), /min must be a finite number/);
    const qualifier: EntityFilter = {
      kind: 'quantity',
      unit: null,
      item: null,
      min: null,
      max: null,
      qualifiers: ['ROUGHLY'],
    };
    rejects(find(qualifier), /qualifiers must be a list of quantity qualifiers/);
    const sources = { kind: 'source', sourceIds: 'mca-report-2020-02-21' };
    rejects(find(sources as unknown as EntityFilter), /sourceIds must be a list of strings/);
  });

  it('rejects a sort field outside SortField and a direction other than ASC or DESC', () => {
    const field = [{ field: 'searchText', direction: 'ASC' }] as unknown as FindQuery['sort'];
    rejects(find(null, { sort: field }), /^sort\[0\]: "searchText" is not a sort field/);
    const direction = [{ field: 'id', direction: 'ASC, n.x' }] as unknown as FindQuery['sort'];
    rejects(find(null, { sort: direction }), /^sort\[0\]: "ASC, n.x" is not a sort direction/);
  });

  it('rejects paging that is not a non-negative integer', () => {
    expect(() => compileFindQuery(find(null, { offset: -1 }))).toThrow(
      new RangeError('offset must be a non-negative integer; got -1'),
    );
    expect(() => compileFindQuery(find(null, { first: 1.5 }))).toThrow(
      new RangeError('first must be a non-negative integer; got 1.5'),
    );
    const error = (() => {
      try {
        compileFindQuery(find({ kind: 'nope' } as unknown as EntityFilter));
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.name).toBe('InvalidFindQueryError');
    expect(error).toBeInstanceOf(TypeError);
  });
});

describe('what the seeder stores for findEntities', async () => {
  const seed = await loadSeed();

  it('stores every name normalised as a list, the names the memory filter compares', () => {
    for (const entity of seed.entities) {
      const expected = [entity.name, entity.nameEn, ...entity.aliases]
        .filter((n) => n !== null)
        .map(normalizeSearchText);
      expect(entityRow(entity).searchNames, entity.id).toEqual(expected);
    }
  });

  it('stores money as the sum of CNY quantities, 0 without any', () => {
    const rows = seed.entities.map(entityRow);
    for (const [i, entity] of seed.entities.entries()) expect(rows[i]!.money).toBe(moneyOf(entity));
    expect(rows.some((r) => r.money > 0)).toBe(true);
    expect(rows.some((r) => r.money === 0)).toBe(true);
  });

  it("holds no astral character in a sortable string, where Neo4j's and JavaScript's orders differ", () => {
    const astral = /[\uD800-\uDFFF]/;
    for (const entity of seed.entities) {
      for (const value of [entity.id, entity.name, entity.nameEn, entity.category]) {
        expect(astral.test(value ?? ''), `${entity.id}: ${value}`).toBe(false);
      }
    }
  });
});

describe('Neo4jBackend.findEntities', () => {
  /** A driver whose one session answers every statement with `row`, recording what it was sent. */
  function fakeDriver(row: Record<string, unknown>) {
    const sent: { statement: string; parameters: Record<string, unknown> }[] = [];
    const session = {
      run: async (statement: string, parameters: Record<string, unknown>) => {
        sent.push({ statement, parameters });
        return { records: [{ get: (key: string) => row[key] }] };
      },
      close: async () => undefined,
    };
    const driver = { session: () => session, close: async () => undefined };
    return { driver: driver as unknown as Driver, sent };
  }

  it('sends the compiled statement once and reads the count and the page from its one row', async () => {
    const seed = await loadSeed();
    const entity = seed.entities.find((e) => e.quantities.length > 0)!;
    // What the statement returns: the stored row's values of the compiled keys, in their order,
    // with Cypher integers for the offsets.
    const query = find({ kind: 'names', op: 'contains', value: 'Ａ' }, { offset: 2, first: 1 });
    const row: Record<string, unknown> = { ...entityRow(entity), date: entity.date };
    const stored = compileFindQuery(query).entityKeys.map((key) => row[key]);
    const { driver, sent } = fakeDriver({ totalCount: neo4j.int(42), items: [stored] });
    const backend = new Neo4jBackend(
      { uri: 'bolt://fake', user: 'u', password: 'p', database: 'neo4j' },
      driver,
    );
    const result = await backend.findEntities(query);
    expect(result).toEqual({ totalCount: 42, items: [entity] });
    expect(backend.roundTrips).toBe(1);
    const { statement, parameters } = compileFindQuery(query);
    expect(sent).toEqual([{ statement, parameters }]);
  });

  it('refuses a direction outside OUT, IN and BOTH before sending anything', async () => {
    const { driver, sent } = fakeDriver({});
    const backend = new Neo4jBackend(
      { uri: 'bolt://fake', user: 'u', password: 'p', database: 'neo4j' },
      driver,
    );
    await expect(
      backend.relationsOf(['region:wuhan'], {
        direction: 'ANY' as 'OUT',
        types: null,
        nodeTypes: null,
        first: 10,
      }),
    ).rejects.toThrow(new TypeError('"ANY" is not a direction'));
    expect(sent).toEqual([]);
  });
});

describe('compileFindQuery predicates', () => {
  /** The filter's predicate as the statement holds it, and the parameters it passes. */
  function predicateOf(filter: EntityFilter) {
    const { statement, parameters } = compileFindQuery(find(filter));
    const match = /WHERE n\.id IS NOT NULL\n {4}AND ([\s\S]*?)\n {2}WITH n\n/.exec(statement);
    expect(match, statement).not.toBeNull();
    const { types: _t, offset: _o, first: _f, ...own } = parameters;
    return { predicate: match![1]!, parameters: own };
  }

  const indexes = (i: string) => `${i} IN range(0, size(coalesce(n.quantityValue, [])) - 1)`;

  it('compiles a quantity condition into one index of the parallel lists, with only the bounds given', () => {
    expect(
      predicateOf({
        kind: 'quantity',
        unit: 'CNY',
        item: '资金',
        min: 1,
        max: 2,
        qualifiers: null,
      }),
    ).toEqual({
      predicate:
        `coalesce(any(${indexes('i0')} WHERE n.quantityUnit[i0] = $p0 AND ` +
        `(n.quantityItem[i0] <> '' AND n.quantityItem[i0] = $p1) AND ` +
        `n.quantityValue[i0] >= $p2 AND n.quantityValue[i0] <= $p3), false)`,
      parameters: { p0: 'CNY', p1: '资金', p2: 1, p3: 2 },
    });
    expect(
      predicateOf({
        kind: 'quantity',
        unit: null,
        item: null,
        min: null,
        max: 5,
        qualifiers: null,
      }),
    ).toEqual({
      predicate: `coalesce(any(${indexes('i0')} WHERE n.quantityValue[i0] <= $p0), false)`,
      parameters: { p0: 5 },
    });
    expect(
      predicateOf({
        kind: 'quantity',
        unit: null,
        item: null,
        min: null,
        max: null,
        qualifiers: ['ABOUT', 'NEARLY'],
      }),
    ).toEqual({
      predicate: `coalesce(any(${indexes('i0')} WHERE n.quantityQualifier[i0] IN $p0), false)`,
      parameters: { p0: ['ABOUT', 'NEARLY'] },
    });
    expect(
      predicateOf({
        kind: 'quantity',
        unit: null,
        item: null,
        min: 0,
        max: null,
        qualifiers: null,
      }),
    ).toEqual({
      predicate: `coalesce(any(${indexes('i0')} WHERE n.quantityValue[i0] >= $p0), false)`,
      parameters: { p0: 0 },
    });
    expect(
      predicateOf({
        kind: 'quantity',
        unit: null,
        item: null,
        min: null,
        max: null,
        qualifiers: null,
      }),
    ).toEqual({
      predicate: `coalesce(any(${indexes('i0')} WHERE true), false)`,
      parameters: {},
    });
  });

  it('compiles names equal and contain against the stored normalised names', () => {
    expect(predicateOf({ kind: 'names', op: 'equals', value: 'ＭＣＡ' })).toEqual({
      predicate: 'coalesce($p0 IN n.searchNames, false)',
      parameters: { p0: 'mca' },
    });
    expect(predicateOf({ kind: 'names', op: 'contains', value: '火神山' })).toEqual({
      predicate: 'coalesce(any(s0 IN n.searchNames WHERE s0 CONTAINS $p0), false)',
      parameters: { p0: '火神山' },
    });
  });

  it('compiles a related condition with its direction, its types once each, and its nested filter', () => {
    expect(
      predicateOf({
        kind: 'related',
        direction: 'OUT',
        types: ['MEMBER_OF', 'PERFORMED', 'MEMBER_OF'],
        filter: { kind: 'field', field: 'category', op: 'in', value: ['DONATIONS'] },
      }),
    ).toEqual({
      predicate: [
        'EXISTS {',
        '  MATCH (n)-[r0]->(m1:Entity)',
        '  WHERE type(r0) IN $p0',
        '  WITH m1',
        '  WHERE coalesce(m1.category IN $p1, false)',
        '}',
      ].join('\n'),
      parameters: { p0: ['MEMBER_OF', 'PERFORMED'], p1: ['DONATIONS'] },
    });
    expect(predicateOf({ kind: 'related', direction: 'IN', types: [], filter: null })).toEqual({
      predicate: ['EXISTS {', '  MATCH (n)<-[r0]-(m1:Entity)', '}'].join('\n'),
      parameters: {},
    });
  });

  it('compiles AND, OR, NOT and the fields in the order given', () => {
    expect(
      predicateOf({
        kind: 'or',
        filters: [
          { kind: 'field', field: 'id', op: 'equals', value: 'region:wuhan' },
          {
            kind: 'and',
            filters: [
              {
                kind: 'not',
                filter: { kind: 'field', field: 'scope', op: 'equals', value: 'LOCAL' },
              },
              { kind: 'field', field: 'type', op: 'in', value: ['ASSOCIATION'] },
            ],
          },
        ],
      }),
    ).toEqual({
      predicate: '(n.id = $p0 OR ((NOT coalesce(n.scope = $p1, false)) AND n.type IN $p2))',
      parameters: { p0: 'region:wuhan', p1: 'LOCAL', p2: ['ASSOCIATION'] },
    });
  });

  it('names the place of a malformed value in the tree', () => {
    const bad = (filter: unknown, message: string) =>
      expect(() => compileFindQuery(find(filter as EntityFilter))).toThrow(
        new InvalidFindQueryError(message),
      );
    bad({ kind: 'and', filters: 'x' }, 'filter: and needs a list of filters');
    bad({ kind: 'or', filters: null }, 'filter: or needs a list of filters');
    bad(
      { kind: 'or', filters: [{ kind: 'field', field: 'id', op: 'like', value: 'x' }] },
      'filter.filters[0]: "like" is not a field operator',
    );
    bad(
      { kind: 'and', filters: [{ kind: 'names', op: 'equals', value: 3 }] },
      'filter.filters[0]: names needs a string',
    );
    bad(
      { kind: 'not', filter: { kind: 'and', filters: [{ kind: 'and', filters: 1 }] } },
      'filter.filter.filters[0]: and needs a list of filters',
    );
    bad(
      { kind: 'related', direction: 'IN', types: [], filter: { kind: 'or', filters: {} } },
      'filter.filter: or needs a list of filters',
    );
    bad(
      { kind: 'quantity', unit: 3, item: null, min: null, max: null, qualifiers: null },
      'filter: unit must be a string or null',
    );
    bad(
      { kind: 'quantity', unit: null, item: [], min: null, max: null, qualifiers: null },
      'filter: item must be a string or null',
    );
    bad(
      { kind: 'quantity', unit: null, item: null, min: null, max: NaN, qualifiers: null },
      'filter: max must be a finite number or null',
    );
    bad(
      { kind: 'quantity', unit: null, item: null, min: '1', max: null, qualifiers: null },
      'filter: min must be a finite number or null',
    );
    bad(
      { kind: 'quantity', unit: null, item: null, min: null, max: null, qualifiers: ['ROUGHLY'] },
      'filter: qualifiers must be a list of quantity qualifiers or null',
    );
    bad(
      {
        kind: 'quantity',
        unit: null,
        item: null,
        min: null,
        max: null,
        qualifiers: ['ABOUT', 'ROUGHLY'],
      },
      'filter: qualifiers must be a list of quantity qualifiers or null',
    );
    bad(
      { kind: 'related', direction: 'OUT', types: 'PERFORMED', filter: null },
      'filter: types must be a list',
    );
    bad(
      { kind: 'field', field: 'id', op: 'in', value: ['a', 1] },
      'filter: in needs a list of strings',
    );
  });
});
