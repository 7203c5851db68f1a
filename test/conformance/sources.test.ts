// Many sources, one graph, on both backends: every fact lists its sources, filters and search by source, what each source grounds, and where two sources disagree (both readings kept).
import { expect, it } from 'vitest';
import { describeConformance } from '../helpers/conformance.js';
import { asCurator, writersEnv } from '../helpers/curation.js';
import type { GraphQLResponse, TestServer } from '../helpers/testServer.js';

/**
 * TEST DATA, not a real report: a short text composed for this spec, a second source that names
 * 中国电子商会 (in the seed) under another English name, gives another amount for its donation,
 * and says the donation reached Hubei.
 */
const testSource = {
  id: 'test-second-report',
  title: '测试数据：第二份报道',
  publisher: 'test fixture',
  text: '【测试数据，非真实报道】中国电子商会（China Electronics Chamber）号召会员企业累计捐款捐物约25亿元，支持湖北抗疫。',
};
const seedSource = 'mca-report-2020-02-21';
const chamber = 'association:china-electronics-chamber-of-commerce';
const donation = 'action:cecc-donations';
const covered = `${donation}|COVERED|region:hubei`;

const ADD_SOURCE = `mutation ($input: SourceInput!) { addSource(input: $input) { number } }`;
const UPSERT_ENTITY = `mutation ($input: EntityInput!, $base: Int) {
  upsertEntity(input: $input, baseVersion: $base) { number }
}`;
const ADD_RELATION = `mutation ($input: RelationInput!) { addRelation(input: $input) { number } }`;
const HISTORY = `query ($id: ID!) { history(id: $id) { version } }`;

interface Evidence {
  quote: string;
  start: number;
  end: number;
  source: { id: string };
}
interface Quantity {
  value: number;
  unit: string;
  item: string | null;
  qualifier: string;
  text: string;
}
interface Stored {
  id: string;
  name: string;
  nameEn: string;
  nameEnSource: string;
  aliases: string[];
  scope?: string;
  category?: string;
  activity?: string;
  evidence: Evidence[];
  quantities: Quantity[];
}
interface Grounded {
  id: string;
  evidence: { quote: string; source: { id: string } }[];
  quantities: { text: string }[];
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

async function data<T>(server: TestServer, query: string, variables?: Record<string, unknown>) {
  const result = await server.query<T>(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

function codeOf(result: GraphQLResponse): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** The entity as stored, read through the API, in the shape EntityInput takes it back. */
async function stored(server: TestServer, id: string) {
  const { entity } = await data<{ entity: Stored }>(
    server,
    `query ($id: ID!) { entity(id: $id) {
      id name nameEn nameEnSource aliases
      evidence { quote start end source { id } }
      quantities { value unit item qualifier text }
      ... on Association { scope }
      ... on ReliefAction { category activity }
    } }`,
    { id },
  );
  const { evidence, quantities, ...fields } = entity;
  return {
    ...fields,
    type: id.startsWith('association:') ? 'ASSOCIATION' : 'RELIEF_ACTION',
    evidence: evidence.map((e) => ({
      source: e.source.id,
      quote: e.quote,
      start: e.start,
      end: e.end,
    })),
    quantities,
  };
}

const entityLists = [
  'associations',
  'governmentBodies',
  'companies',
  'groups',
  'hospitals',
  'regions',
  'meetings',
  'reliefActions',
  'statements',
  'instruments',
  'people',
];

/** Every standing entity and relation with its evidence and quantities, through the root lists. */
async function wholeGraph(server: TestServer) {
  const grounding = `id evidence { quote source { id } } quantities { text }`;
  const entities: (Grounded & { relations: Grounded[] })[] = [];
  // One list at a time: the whole graph in one operation costs more than the limit allows.
  for (const list of entityLists) {
    const answer = await data<Record<string, (Grounded & { relations: Grounded[] })[]>>(
      server,
      `{ ${list}(first: 1000) { ${grounding} relations(direction: OUT, first: 100) { ${grounding} } } }`,
    );
    for (const entity of answer[list]!) {
      expect(entity.relations.length, entity.id).toBeLessThan(100);
      entities.push(entity);
    }
  }
  return { entities, relations: entities.flatMap((e) => e.relations) };
}

/** What a source grounds, counted from the facts' own evidence (the rule of docs/data-model.md). */
function countsOf(graph: { entities: Grounded[]; relations: Grounded[] }, source: string) {
  const cites = (fact: Grounded) => fact.evidence.some((e) => e.source.id === source);
  const read = (fact: Grounded) =>
    fact.quantities.filter((q) =>
      fact.evidence.some((e) => e.source.id === source && e.quote.includes(q.text)),
    ).length;
  const facts = [...graph.entities.filter(cites), ...graph.relations.filter(cites)];
  return {
    id: source,
    entityCount: graph.entities.filter(cites).length,
    relationCount: graph.relations.filter(cites).length,
    quantityCount: facts.reduce((sum, fact) => sum + read(fact), 0),
  };
}

describeConformance(
  'sources',
  (server: () => TestServer) => {
    const write = (query: string, variables: Record<string, unknown>) =>
      server().query(query, variables, asCurator);

    it('starts with one source, which grounds every fact, and no disagreement', async () => {
      const answer = await data<{ sources: { id: string }[]; disagreements: unknown[] }>(
        server(),
        `{ sources { id } disagreements { factId } }`,
      );
      expect(answer).toEqual({ sources: [{ id: seedSource }], disagreements: [] });
    });

    it('takes a second source grounding a seed entity, a deed with another amount, a relation and a nameEn variant', async () => {
      expect((await write(ADD_SOURCE, { input: testSource })).errors).toBeUndefined();
      const action = await stored(server(), donation);
      const actionInput = {
        ...action,
        evidence: [...action.evidence, { source: testSource.id, quote: '累计捐款捐物约25亿元' }],
        quantities: [
          ...action.quantities,
          { value: 2500000000, unit: 'CNY', item: '捐款捐物', text: '约25亿元' },
        ],
      };
      const upserted = await write(UPSERT_ENTITY, { input: actionInput, base: 0 });
      expect(upserted.errors, JSON.stringify(upserted.errors)).toBeUndefined();
      const association = await stored(server(), chamber);
      const chamberInput = {
        ...association,
        evidence: [...association.evidence, { source: testSource.id, quote: '中国电子商会' }],
        variants: [{ field: 'nameEn', value: 'China Electronics Chamber', source: testSource.id }],
      };
      const named = await write(UPSERT_ENTITY, { input: chamberInput, base: 0 });
      expect(named.errors, JSON.stringify(named.errors)).toBeUndefined();
      const related = await write(ADD_RELATION, {
        input: {
          type: 'COVERED',
          from: donation,
          to: 'region:hubei',
          evidence: [{ source: testSource.id, quote: '支持湖北抗疫' }],
        },
      });
      expect(related.errors, JSON.stringify(related.errors)).toBeUndefined();
    });

    it('lists every source a fact cites, by id, on entities, relations and edges', async () => {
      const answer = await data<{
        entity: {
          sources: { id: string }[];
          variants: unknown[];
          relations: { id: string; sources: { id: string }[] }[];
        };
        neighborhood: { edges: { id: string; sources: { id: string }[] }[] };
      }>(
        server(),
        `query ($id: ID!) {
          entity(id: $id) {
            sources { id }
            variants { field value source { id } }
            relations(types: ["COVERED", "PERFORMED"]) { id sources { id } }
          }
          neighborhood(id: $id, depth: 1) { edges { id sources { id } } }
        }`,
        { id: donation },
      );
      expect(answer.entity.sources).toEqual([{ id: seedSource }, { id: testSource.id }]);
      expect(answer.entity.variants).toEqual([]);
      const relationSources = Object.fromEntries(
        answer.entity.relations.map((r) => [r.id, ids(r.sources)]),
      );
      expect(relationSources[covered]).toEqual([testSource.id]);
      expect(relationSources[`${chamber}|PERFORMED|${donation}`]).toEqual([seedSource]);
      const edge = answer.neighborhood.edges.find((e) => e.id === covered);
      expect(edge?.sources).toEqual([{ id: testSource.id }]);
      const { entity } = await data<{ entity: { sources: unknown[]; variants: unknown[] } }>(
        server(),
        `{ entity(id: "${chamber}") { sources { id } variants { field value source { id } } } }`,
      );
      expect(entity).toEqual({
        sources: [{ id: seedSource }, { id: testSource.id }],
        variants: [
          { field: 'nameEn', value: 'China Electronics Chamber', source: { id: testSource.id } },
        ],
      });
    });

    it('filters root lists by source: exactly the entities some evidence of which cites it', async () => {
      const graph = await wholeGraph(server());
      for (const source of [seedSource, testSource.id]) {
        const expected = graph.entities
          .filter((e) => e.evidence.some((x) => x.source.id === source))
          .map((e) => e.id);
        const lists = entityLists
          .map((l) => `${l}(first: 1000, where: { source: ["${source}"] }) { id }`)
          .join('\n');
        const answer = await data<Record<string, { id: string }[]>>(server(), `{ ${lists} }`);
        expect(
          Object.values(answer)
            .flat()
            .map((e) => e.id)
            .sort(),
          source,
        ).toEqual([...expected].sort());
      }
      const only = await data<{ associations: { id: string }[]; reliefActions: { id: string }[] }>(
        server(),
        `{ associations(where: { source: ["${testSource.id}"] }) { id }
           reliefActions(where: { source: ["${testSource.id}"] }) { id } }`,
      );
      expect(only).toEqual({ associations: [{ id: chamber }], reliefActions: [{ id: donation }] });
    });

    it('filters nested relationship fields and connections by source (planned reads included)', async () => {
      const query = (source: string) => `{
        associations(where: { id: { eq: "${chamber}" } }) {
          all: actions { id }
          actions(where: { source: ["${source}"] }) { id }
          actionsConnection(where: { source: ["${source}"] }) { totalCount edges { node { id } } }
        }
      }`;
      const ofSeed = await data<{
        associations: { all: { id: string }[]; actions: { id: string }[] }[];
      }>(server(), query(seedSource));
      const [seedRow] = ofSeed.associations;
      expect(seedRow!.actions).toEqual(seedRow!.all);
      expect(seedRow!.all.length).toBeGreaterThan(1);
      const ofTest = await data<{
        associations: {
          actions: { id: string }[];
          actionsConnection: { totalCount: number; edges: { node: { id: string } }[] };
        }[];
      }>(server(), query(testSource.id));
      expect(ofTest.associations[0]!.actions).toEqual([{ id: donation }]);
      expect(ofTest.associations[0]!.actionsConnection).toEqual({
        totalCount: 1,
        edges: [{ node: { id: donation } }],
      });
      // The filter inside a relationship filter: regions some action covering them cites the source.
      const regions = await data<{ regions: { id: string }[] }>(
        server(),
        `{ regions(where: { coveredBy: { source: ["${testSource.id}"] } }) { id } }`,
      );
      expect(regions.regions).toEqual([{ id: 'region:hubei' }]);
    });

    it('searches within sources: only hits some evidence of which cites one of them', async () => {
      const search = (sources: string) =>
        data<{ search: { id: string }[] }>(
          server(),
          `{ search(text: "中国电子商会", first: 100${sources}) { id sources { id } } }`,
        );
      const all = await search('');
      expect(ids(all.search)).toContain(chamber);
      expect(all.search.length).toBeGreaterThan(1);
      expect(ids((await search(`, sources: ["${testSource.id}"]`)).search)).toEqual([chamber]);
      expect((await search(`, sources: ["${seedSource}"]`)).search).toEqual(all.search);
      expect((await search(`, sources: []`)).search).toEqual(all.search);
      const ranked = await data<{ rankedSearch: { entity: { id: string } }[] }>(
        server(),
        `{ rankedSearch(text: "中国电子商会", sources: ["${testSource.id}"]) { entity { id } } }`,
      );
      expect(ranked.rankedSearch).toEqual([{ entity: { id: chamber } }]);
    });

    it('counts what each source grounds as the facts’ own evidence says', async () => {
      const graph = await wholeGraph(server());
      const { sources } = await data<{ sources: unknown[] }>(
        server(),
        `{ sources { id entityCount relationCount quantityCount } }`,
      );
      expect(sources).toEqual([countsOf(graph, seedSource), countsOf(graph, testSource.id)]);
      expect(sources[1]).toEqual({
        id: testSource.id,
        entityCount: 2,
        relationCount: 1,
        quantityCount: 1,
      });
    });

    it('shows both readings of each disagreement, by fact id then field', async () => {
      const query = `query ($source: ID) { disagreements(source: $source) {
        factId field unit item entity { id } relation { id }
        readings { value quantity { value text } source { id } }
      } }`;
      const expected = [
        {
          factId: donation,
          field: 'QUANTITY',
          unit: 'CNY',
          item: '捐款捐物',
          entity: { id: donation },
          relation: null,
          readings: [
            {
              value: '2200000000',
              quantity: { value: 2200000000, text: '约22亿元' },
              source: { id: seedSource },
            },
            {
              value: '2500000000',
              quantity: { value: 2500000000, text: '约25亿元' },
              source: { id: testSource.id },
            },
          ],
        },
        {
          factId: chamber,
          field: 'NAME_EN',
          unit: null,
          item: null,
          entity: { id: chamber },
          relation: null,
          readings: [
            {
              value: 'China Electronics Chamber of Commerce',
              quantity: null,
              source: { id: seedSource },
            },
            { value: 'China Electronics Chamber', quantity: null, source: { id: testSource.id } },
          ],
        },
      ];
      expect((await data<{ disagreements: unknown[] }>(server(), query)).disagreements).toEqual(
        expected,
      );
      for (const source of [seedSource, testSource.id]) {
        const answer = await data<{ disagreements: unknown[] }>(server(), query, { source });
        expect(answer.disagreements).toEqual(expected);
      }
      const unknown = await data<{ disagreements: unknown[] }>(server(), query, {
        source: 'no-such-source',
      });
      expect(unknown.disagreements).toEqual([]);
      const first = await data<{ disagreements: { factId: string }[] }>(
        server(),
        `{ disagreements(first: 1) { factId } }`,
      );
      expect(first.disagreements).toEqual([{ factId: donation }]);
      expect(codeOf(await server().query(`{ disagreements(first: -1) { factId } }`))).toBe(
        'BAD_USER_INPUT',
      );
    });

    it('matches nothing for an unknown source id in a filter or a search (no error)', async () => {
      const answer = await data<{ associations: unknown[]; search: unknown[] }>(
        server(),
        `{ associations(where: { source: ["no-such-source"] }) { id }
           search(text: "中国电子商会", sources: ["no-such-source"]) { id } }`,
      );
      expect(answer).toEqual({ associations: [], search: [] });
    });

    it('refuses a variant citing an unknown source, a source that does not ground the entity, or nameEn itself, writing nothing', async () => {
      const association = await stored(server(), chamber);
      const before = await data<{ history: { version: number } }>(server(), HISTORY, {
        id: chamber,
      });
      const attempts: [Record<string, string>, string, string][] = [
        [
          { field: 'nameEn', value: 'CEC', source: 'no-such-source' },
          'variants.0.source',
          'unknown source "no-such-source"',
        ],
        [
          { field: 'nameEn', value: 'CEC', source: testSource.id },
          'variants.0.source',
          `source "${testSource.id}" is not among the entity's evidence sources`,
        ],
        [
          { field: 'nameEn', value: association.nameEn, source: seedSource },
          'variants.0.value',
          'equals the nameEn the entity holds',
        ],
        [
          { field: 'nameEn', value: '', source: seedSource },
          'variants.0.value',
          'variants.0.value',
        ],
      ];
      for (const [variant, field, reason] of attempts) {
        // The second attempt drops the test source's quote, so that source no longer grounds it.
        const evidence =
          variant.value === 'CEC' && variant.source === testSource.id
            ? association.evidence.filter((e) => e.source !== testSource.id)
            : association.evidence;
        const result = await write(UPSERT_ENTITY, {
          input: { ...association, evidence, variants: [variant] },
          base: before.history.version,
        });
        expect(codeOf(result), JSON.stringify(variant)).toBe('BAD_USER_INPUT');
        expect(result.errors![0]!.extensions!.field, JSON.stringify(variant)).toBe(field);
        expect(result.errors![0]!.message, JSON.stringify(variant)).toContain(reason);
      }
      // Two readings of one field by one source: the second is refused.
      const twice = await write(UPSERT_ENTITY, {
        input: {
          ...association,
          variants: [
            { field: 'nameEn', value: 'China Electronics Chamber', source: testSource.id },
            { field: 'nameEn', value: 'CECC', source: testSource.id },
          ],
        },
        base: before.history.version,
      });
      expect(codeOf(twice)).toBe('BAD_USER_INPUT');
      expect(twice.errors![0]!.extensions!.field).toBe('variants.1.source');
      expect(twice.errors![0]!.message).toContain(
        `source "${testSource.id}" already has a reading of nameEn`,
      );
      const after = await data<{ history: { version: number } }>(server(), HISTORY, {
        id: chamber,
      });
      expect(after).toEqual(before);
    });
  },
  writersEnv,
  { writes: true },
);
