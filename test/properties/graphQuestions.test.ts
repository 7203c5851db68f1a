// The graph questions (paths, common neighbours, connectedness, totals, sorts, search) on generated graphs, each answer checked against a brute-force oracle written here from the docs.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { EntityRecord, Quantity, RelationRecord } from '../../src/model/records.js';
import { activities, organizationTypes, reliefCategories } from '../../src/model/index.js';
import type { SeedGraph } from '../../src/seed/loadSeed.js';
import { describeGenerated, propertyRuns, propertySeed } from '../helpers/generatedGraphs.js';
import type { TestServer } from '../helpers/testServer.js';

/** An argument now and then left null, so its documented default is what gets checked. */
const orDefault = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });

/** Runs a property with the run's seed: a failure names the seed and path that replay it. */
async function check<T extends unknown[]>(property: fc.IAsyncProperty<T>): Promise<void> {
  await fc.assert(property, { seed: propertySeed, numRuns: propertyRuns });
}

async function data<T>(server: TestServer, query: string, variables: Record<string, unknown>) {
  const result = await server.query<T>(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

/** Code-unit order, as the docs promise for ids and names. */
const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// --- Oracles: plain, slow, written from the schema's descriptions ---------------------------

/** Every relation at each entity, ignoring direction (a self-loop once). */
function incidence(graph: SeedGraph): Map<string, RelationRecord[]> {
  const at = new Map<string, RelationRecord[]>(graph.entities.map((e) => [e.id, []]));
  for (const r of graph.relations) {
    at.get(r.from)!.push(r);
    if (r.to !== r.from) at.get(r.to)!.push(r);
  }
  return at;
}

/** Hops from `start` to every entity within `max`, ignoring direction. */
function distancesFrom(graph: SeedGraph, start: string, max: number): Map<string, number> {
  const at = incidence(graph);
  const distance = new Map([[start, 0]]);
  for (let hops = 1; hops <= max; hops++) {
    for (const [id, d] of [...distance]) {
      if (d !== hops - 1) continue;
      for (const r of at.get(id)!) {
        const other = r.from === id ? r.to : r.from;
        if (!distance.has(other)) distance.set(other, hops);
      }
    }
  }
  return distance;
}

interface PathKey {
  nodes: string[];
  edges: string[];
}

/** Every simple path of at most maxHops relations, by brute-force depth-first enumeration. */
function simplePaths(graph: SeedGraph, from: string, to: string, maxHops: number): PathKey[] {
  const found: PathKey[] = [];
  const extend = (nodes: string[], edges: string[]) => {
    const at = nodes.at(-1)!;
    if (at === to) {
      found.push({ nodes, edges });
      return;
    }
    if (edges.length === maxHops) return;
    for (const r of graph.relations) {
      if (r.from !== at && r.to !== at) continue;
      const next = r.from === at ? r.to : r.from;
      if (nodes.includes(next)) continue;
      extend([...nodes, next], [...edges, r.id]);
    }
  };
  extend([from], []);
  const sequence = (a: string[], b: string[]) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] !== b[i]) return order(a[i]!, b[i]!);
    }
    return a.length - b.length;
  };
  return found.sort(
    (a, b) =>
      a.edges.length - b.edges.length || sequence(a.nodes, b.nodes) || sequence(a.edges, b.edges),
  );
}

const entityById = (graph: SeedGraph) => new Map(graph.entities.map((e) => [e.id, e]));
const relationsOf = (graph: SeedGraph, type: string) =>
  graph.relations.filter((r) => r.type === type);

/** The ends `type` relations reach from `id`, in `direction`, each once. */
function across(graph: SeedGraph, id: string, type: string, direction: 'OUT' | 'IN'): string[] {
  const ends = relationsOf(graph, type)
    .filter((r) => (direction === 'OUT' ? r.from : r.to) === id)
    .map((r) => (direction === 'OUT' ? r.to : r.from));
  return [...new Set(ends)];
}

/** The qualifier of a sum as the QuantityTotal.qualifier description states it. */
function qualifierOfParts(parts: string[]): string {
  const open = new Set(parts.filter((q) => q !== 'EXACT'));
  if (open.size === 0) return 'EXACT';
  if (open.size === 1) return [...open][0]!;
  if ([...open].every((q) => q === 'AT_LEAST' || q === 'MORE_THAN')) return 'AT_LEAST';
  if ([...open].every((q) => q === 'NEARLY' || q === 'LESS_THAN')) return 'LESS_THAN';
  return 'ABOUT';
}

interface Contribution {
  quantity: { value: number; unit: string; item: string | null; qualifier: string };
  action: { id: string };
}

function quantityTotal(unit: string, item: string | null, contributions: Contribution[]) {
  const qualifier = qualifierOfParts(contributions.map((c) => c.quantity.qualifier));
  return {
    unit,
    item,
    total: contributions.reduce((sum, c) => sum + c.quantity.value, 0),
    qualifier,
    approximate: contributions.some((c) => c.quantity.qualifier !== 'EXACT'),
    lowerBound: qualifier === 'AT_LEAST' || qualifier === 'MORE_THAN',
    contributions,
  };
}

const moneyOf = (entity: EntityRecord) =>
  entity.quantities.filter((q) => q.unit === 'CNY').reduce((sum, q) => sum + q.value, 0);

/** What any totals row says about a set of actions. */
function totalsOver(graph: SeedGraph, actionIds: Iterable<string>) {
  const byId = entityById(graph);
  const actions = [...new Set(actionIds)].sort(order).map((id) => byId.get(id)!);
  const contributions = actions.flatMap((action) =>
    action.quantities.map((q: Quantity) => ({
      quantity: { value: q.value, unit: q.unit, item: q.item, qualifier: q.qualifier },
      action: { id: action.id },
    })),
  );
  const keys = [
    ...new Set(contributions.map((c) => JSON.stringify([c.quantity.unit, c.quantity.item]))),
  ]
    .map((key) => JSON.parse(key) as [string, string | null])
    .sort((a, b) => order(a[0], b[0]) || order(a[1] ?? '', b[1] ?? ''));
  const actors = new Set(actions.flatMap((a) => across(graph, a.id, 'PERFORMED', 'IN')));
  return {
    actionCount: actions.length,
    actorCount: actors.size,
    money: actions.reduce((sum, a) => sum + moneyOf(a), 0),
    moneyTotal: quantityTotal(
      'CNY',
      null,
      contributions.filter((c) => c.quantity.unit === 'CNY'),
    ),
    quantities: keys.map(([unit, item]) =>
      quantityTotal(
        unit,
        item,
        contributions.filter((c) => c.quantity.unit === unit && c.quantity.item === item),
      ),
    ),
    actions: actions.map((a) => ({ id: a.id })),
  };
}

type OracleTotals = ReturnType<typeof totalsOver>;

/** MONEY: money, then actions, descending; ACTIONS the other way round; then the id. */
function rankRows<T extends { key: string; totals: OracleTotals }>(rows: T[], by: string): T[] {
  return rows.sort((a, b) => {
    const money = b.totals.money - a.totals.money;
    const count = b.totals.actionCount - a.totals.actionCount;
    return (by === 'MONEY' ? money || count : count || money) || order(a.key, b.key);
  });
}

const actionIds = (graph: SeedGraph) =>
  graph.entities.filter((e) => e.type === 'RELIEF_ACTION').map((e) => e.id);

/** The regions an action counts under for regionTotals' basis, each once. */
function regionsOf(graph: SeedGraph, action: string, basis: string): string[] {
  const byId = entityById(graph);
  const places =
    basis === 'TARGET'
      ? across(graph, action, 'TARGETED', 'OUT')
      : basis === 'SCOPE'
        ? across(graph, action, 'COVERED', 'OUT')
        : across(graph, action, 'PERFORMED', 'IN');
  return [
    ...new Set(
      places.flatMap((p) =>
        byId.get(p)!.type === 'REGION' ? [p] : across(graph, p, 'LOCATED_IN', 'OUT'),
      ),
    ),
  ];
}

const normalize = (text: string) => text.normalize('NFKC').toLowerCase();
const namesOf = (e: EntityRecord) => [e.name, ...(e.nameEn ? [e.nameEn] : []), ...e.aliases];

/** The best match of an entity's names: 3 exact, 2 prefix, 1 substring, with the first such name. */
function bestMatch(entity: EntityRecord, text: string): { rank: number; name: string } | null {
  const needle = normalize(text.trim());
  let best: { rank: number; name: string } | null = null;
  for (const name of namesOf(entity)) {
    const n = normalize(name);
    const rank = n === needle ? 3 : n.startsWith(needle) ? 2 : n.includes(needle) ? 1 : 0;
    if (rank > (best?.rank ?? 0)) best = { rank, name };
  }
  return best;
}

type SortKey = {
  field: 'ID' | 'NAME' | 'NAME_EN' | 'CATEGORY' | 'MONEY';
  direction: 'ASC' | 'DESC';
};

/** A sort key's value; null where the entity has none (sorted last ascending, first descending). */
function sortValue(entity: EntityRecord, field: SortKey['field']): string | number | null {
  switch (field) {
    case 'ID':
      return entity.id;
    case 'NAME':
      return entity.name;
    case 'NAME_EN':
      return entity.nameEn;
    case 'CATEGORY':
      return entity.category;
    case 'MONEY':
      return moneyOf(entity);
  }
}

function sortedBy(entities: EntityRecord[], keys: SortKey[]): string[] {
  return [...entities]
    .sort((a, b) => {
      for (const key of keys) {
        const x = sortValue(a, key.field);
        const y = sortValue(b, key.field);
        if (x === y) continue;
        // Ascending: values in order, missing ones after them; descending is the exact reverse.
        const ascending =
          x === null
            ? 1
            : y === null
              ? -1
              : typeof x === 'number'
                ? x - (y as number)
                : order(x, String(y));
        return key.direction === 'ASC' ? ascending : -ascending;
      }
      return order(a.id, b.id);
    })
    .map((e) => e.id);
}

// --- The questions -------------------------------------------------------------------------

const entityId = ({ graph }: { graph: SeedGraph }) =>
  fc.constantFrom(...graph.entities.map((e) => e.id));
/** Two entities, now and then the two ends of one relation (neighbours: maxHops 1 finds them). */
const endsOf = ({ graph }: { graph: SeedGraph }) => {
  const any = fc.tuple(entityId({ graph }), entityId({ graph }));
  if (graph.relations.length === 0) return any;
  return fc.oneof(
    any,
    fc.constantFrom(...graph.relations.map((r) => [r.from, r.to] as [string, string])),
  );
};
const kindsArbitrary = fc.option(
  fc.subarray([
    'ASSOCIATION',
    'GOVERNMENT_BODY',
    'COMPANY',
    'GROUP',
    'HOSPITAL',
    'REGION',
    'RELIEF_ACTION',
    'INSTRUMENT',
  ]),
  { nil: null },
);

const quantityTotalFields = `unit item total qualifier approximate lowerBound
  contributions { quantity { value unit item qualifier } action { id } }`;
const totalsFields = `actionCount money moneyTotal { ${quantityTotalFields} }
  quantities { ${quantityTotalFields} } actions { id }`;

/** An answer's totals checked for the invariants every total keeps, before the oracle. */
function expectConsistent(totals: {
  quantities: ReturnType<typeof quantityTotal>[];
  moneyTotal: ReturnType<typeof quantityTotal>;
}) {
  for (const total of [totals.moneyTotal, ...totals.quantities]) {
    expect(total.total).toBe(total.contributions.reduce((sum, c) => sum + c.quantity.value, 0));
    expect(total.qualifier).toBe(
      qualifierOfParts(total.contributions.map((c) => c.quantity.qualifier)),
    );
    expect(total.lowerBound).toBe(['AT_LEAST', 'MORE_THAN'].includes(total.qualifier));
    expect(total.approximate).toBe(
      total.contributions.some((c) => c.quantity.qualifier !== 'EXACT'),
    );
  }
}

describeGenerated('graph questions', (under) => {
  it('paths: every simple path of at most maxHops relations between the two, none missing or twice, shortest first', async () => {
    const { graph, server } = under();
    const relations = new Map(graph.relations.map((r) => [r.id, r]));
    await check(
      fc.asyncProperty(
        endsOf(under()),
        orDefault(fc.integer({ min: 1, max: 4 })),
        orDefault(fc.integer({ min: 0, max: 100 })),
        async ([from, to], maxHops, first) => {
          const { paths } = await data<{
            paths: {
              length: number;
              nodes: { id: string }[];
              edges: { id: string; type: string; from: string; to: string }[];
            }[];
          }>(
            server,
            `query ($from: ID!, $to: ID!, $maxHops: Int, $first: Int) {
               paths(from: $from, to: $to, maxHops: $maxHops, first: $first) {
                 length nodes { id } edges { id type from to } } }`,
            { from, to, maxHops, first },
          );
          for (const path of paths) {
            const nodes = path.nodes.map((n) => n.id);
            expect(path.length).toBe(path.edges.length);
            expect(path.length).toBeLessThanOrEqual(maxHops ?? 3);
            expect(new Set(nodes).size).toBe(nodes.length);
            expect([nodes[0], nodes.at(-1)]).toEqual([from, to]);
            path.edges.forEach((edge, i) => {
              expect(relations.get(edge.id)).toMatchObject({
                type: edge.type,
                from: edge.from,
                to: edge.to,
              });
              expect([edge.from, edge.to].sort()).toEqual([nodes[i], nodes[i + 1]].sort());
            });
          }
          const expected = simplePaths(graph, from, to, maxHops ?? 3).slice(0, first ?? 20);
          expect(
            paths.map((p) => ({
              nodes: p.nodes.map((n) => n.id),
              edges: p.edges.map((e) => e.id),
            })),
          ).toEqual(expected);
        },
      ),
    );
  });

  it('commonNeighbors: every entity within maxHops of both, never a or b, filtered by type, nearest first', async () => {
    const { graph, server } = under();
    const byId = entityById(graph);
    await check(
      fc.asyncProperty(
        entityId(under()),
        entityId(under()),
        orDefault(fc.integer({ min: 1, max: 3 })),
        kindsArbitrary,
        orDefault(fc.integer({ min: 0, max: 60 })),
        async (a, b, maxHops, types, first) => {
          const { commonNeighbors } = await data<{
            commonNeighbors: { node: { id: string }; hopsFromA: number; hopsFromB: number }[];
          }>(
            server,
            `query ($a: ID!, $b: ID!, $maxHops: Int, $types: [EntityType!], $first: Int) {
               commonNeighbors(a: $a, b: $b, maxHops: $maxHops, types: $types, first: $first) {
                 node { id } hopsFromA hopsFromB } }`,
            { a, b, maxHops, types, first },
          );
          const ids = commonNeighbors.map((c) => c.node.id);
          expect(ids).not.toContain(a);
          expect(ids).not.toContain(b);
          const fromA = distancesFrom(graph, a, maxHops ?? 1);
          const fromB = distancesFrom(graph, b, maxHops ?? 1);
          const expected = [...fromA]
            .filter(([id]) => fromB.has(id) && id !== a && id !== b)
            .filter(([id]) => !types?.length || types.includes(byId.get(id)!.type))
            .map(([id, hopsFromA]) => ({ node: { id }, hopsFromA, hopsFromB: fromB.get(id)! }))
            .sort(
              (x, y) =>
                x.hopsFromA + x.hopsFromB - y.hopsFromA - y.hopsFromB ||
                order(x.node.id, y.node.id),
            )
            .slice(0, first ?? 50);
          expect(commonNeighbors).toEqual(expected);
        },
      ),
    );
  });

  it('mostConnected: co-actors and actors aimed at the same targets, most connected first, ties by id', async () => {
    const { graph, server } = under();
    await check(
      fc.asyncProperty(
        orDefault(
          fc.oneof(
            { arbitrary: fc.subarray<string>([...organizationTypes]), weight: 4 },
            // Any type that is not an organisation is refused, naming the argument.
            {
              arbitrary: fc.subarray([...organizationTypes, 'HOSPITAL', 'RELIEF_ACTION'], {
                minLength: 1,
              }),
              weight: 1,
            },
          ),
        ),
        orDefault(fc.integer({ min: 0, max: 20 })),
        async (types, first) => {
          const query = `query ($types: [EntityType!], $first: Int) { mostConnected(types: $types, first: $first) {
               entity { id } degree connected { id } sharedActions { id } sharedTargets { id } } }`;
          if (types?.some((t) => !(organizationTypes as readonly string[]).includes(t))) {
            const refused = await server.query(query, { types, first });
            expect(refused.errors?.[0]?.extensions).toMatchObject({
              code: 'BAD_USER_INPUT',
              argument: 'types',
            });
            return;
          }
          const { mostConnected } = await data<{
            mostConnected: {
              entity: { id: string };
              degree: number;
              connected: { id: string }[];
              sharedActions: { id: string }[];
              sharedTargets: { id: string }[];
            }[];
          }>(server, query, { types, first });
          const ranked = graph.entities
            .filter((e) => (types?.length ? types : ['ASSOCIATION']).includes(e.type))
            .map((org) => {
              const own = across(graph, org.id, 'PERFORMED', 'OUT');
              const othersOf = (action: string) =>
                across(graph, action, 'PERFORMED', 'IN').filter((id) => id !== org.id);
              const connected = new Set(own.flatMap(othersOf));
              const sharedTargets = new Set<string>();
              for (const target of own.flatMap((a) => across(graph, a, 'TARGETED', 'OUT'))) {
                const theirs = across(graph, target, 'TARGETED', 'IN').flatMap(othersOf);
                if (theirs.length > 0) sharedTargets.add(target);
                for (const id of theirs) connected.add(id);
              }
              const ids = (set: Iterable<string>) => [...set].sort(order).map((id) => ({ id }));
              return {
                entity: { id: org.id },
                degree: connected.size,
                connected: ids(connected),
                sharedActions: ids(own.filter((a) => othersOf(a).length > 0)),
                sharedTargets: ids(sharedTargets),
              };
            })
            .sort((x, y) => y.degree - x.degree || order(x.entity.id, y.entity.id));
          expect(mostConnected).toEqual(ranked.slice(0, first ?? 10));
        },
      ),
    );
  });

  it('actorTotals: each actor summed over the actions it performed, every total the sum of its contributions', async () => {
    const { graph, server } = under();
    await check(
      fc.asyncProperty(
        orDefault(fc.constantFrom('MONEY', 'ACTIONS')),
        orDefault(fc.integer({ min: 0, max: 30 })),
        async (orderBy, first) => {
          const { actorTotals } = await data<{
            actorTotals: (OracleTotals & { actor: { id: string } })[];
          }>(
            server,
            `query ($orderBy: TotalsOrder, $first: Int) { actorTotals(orderBy: $orderBy, first: $first) {
               actor { id } ${totalsFields} } }`,
            { orderBy, first },
          );
          actorTotals.forEach(expectConsistent);
          const actors = [...new Set(relationsOf(graph, 'PERFORMED').map((r) => r.from))];
          const rows = rankRows(
            actors.map((key) => ({
              key,
              totals: totalsOver(graph, across(graph, key, 'PERFORMED', 'OUT')),
            })),
            orderBy ?? 'MONEY',
          );
          expect(actorTotals).toEqual(
            rows.slice(0, first ?? 20).map(({ key, totals: { actorCount: _, ...totals } }) => ({
              actor: { id: key },
              ...totals,
            })),
          );
        },
      ),
    );
  });

  it('categoryTotals and activityTotals: every category or asked activity in enum order, zeros where none', async () => {
    const { graph, server } = under();
    const byId = entityById(graph);
    await check(
      fc.asyncProperty(orDefault(fc.subarray([...activities])), async (asked) => {
        const answer = await data<{
          categoryTotals: (OracleTotals & { category: string })[];
          activityTotals: (OracleTotals & { activity: string })[];
        }>(
          server,
          `query ($activities: [Activity!]) {
             categoryTotals { category actorCount ${totalsFields} }
             activityTotals(activities: $activities) { activity actorCount ${totalsFields} } }`,
          { activities: asked },
        );
        [...answer.categoryTotals, ...answer.activityTotals].forEach(expectConsistent);
        const of = (field: 'category' | 'activity', value: string) =>
          totalsOver(
            graph,
            actionIds(graph).filter((id) => byId.get(id)![field] === value),
          );
        expect(answer.categoryTotals).toEqual(
          reliefCategories.map((category) => ({ category, ...of('category', category) })),
        );
        expect(answer.activityTotals).toEqual(
          activities
            .filter((a) => !asked?.length || asked.includes(a))
            .map((activity) => ({ activity, ...of('activity', activity) })),
        );
      }),
    );
  });

  it('regionTotals: each region summed over the actions that count for it on the basis asked, ranked', async () => {
    const { graph, server } = under();
    await check(
      fc.asyncProperty(
        orDefault(fc.constantFrom('TARGET', 'SCOPE', 'ACTOR')),
        orDefault(fc.constantFrom('MONEY', 'ACTIONS')),
        orDefault(fc.integer({ min: 0, max: 30 })),
        async (basis, orderBy, first) => {
          const { regionTotals } = await data<{
            regionTotals: (OracleTotals & { region: { id: string } })[];
          }>(
            server,
            `query ($basis: RegionBasis, $orderBy: TotalsOrder, $first: Int) {
               regionTotals(basis: $basis, orderBy: $orderBy, first: $first) {
                 region { id } actorCount ${totalsFields} } }`,
            { basis, orderBy, first },
          );
          regionTotals.forEach(expectConsistent);
          const actionsIn = new Map<string, string[]>();
          for (const action of actionIds(graph)) {
            for (const region of regionsOf(graph, action, basis ?? 'TARGET')) {
              actionsIn.set(region, [...(actionsIn.get(region) ?? []), action]);
            }
          }
          const rows = rankRows(
            [...actionsIn].map(([key, actions]) => ({ key, totals: totalsOver(graph, actions) })),
            orderBy ?? 'MONEY',
          );
          expect(regionTotals).toEqual(
            rows
              .slice(0, first ?? 20)
              .map(({ key, totals }) => ({ region: { id: key }, ...totals })),
          );
        },
      ),
    );
  });

  it('sorts: every key in both directions, missing values last ascending and first descending, ties by id, page after page', async () => {
    const { graph, server } = under();
    const key = fc.record({
      field: fc.constantFrom('ID', 'NAME', 'NAME_EN', 'CATEGORY', 'MONEY'),
      direction: fc.constantFrom('ASC', 'DESC'),
    }) as fc.Arbitrary<SortKey>;
    await check(
      fc.asyncProperty(
        fc.array(key, { minLength: 1, maxLength: 3 }),
        kindsArbitrary,
        fc.integer({ min: 1, max: 20 }),
        async (sort, types, pageSize) => {
          const ids: string[] = [];
          let after: string | null = null;
          for (;;) {
            type Page = {
              entitiesConnection: {
                pageInfo: { hasNextPage: boolean; endCursor: string | null };
                edges: { node: { id: string } }[];
              };
            };
            const { entitiesConnection: page }: Page = await data<Page>(
              server,
              `query ($sort: [EntitySort!], $where: EntityWhere, $first: Int, $after: String) {
                 entitiesConnection(sort: $sort, where: $where, first: $first, after: $after) {
                   pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
              { sort, where: types ? { type: types } : null, first: pageSize, after },
            );
            ids.push(...page.edges.map((e) => e.node.id));
            if (!page.pageInfo.hasNextPage) break;
            after = page.pageInfo.endCursor;
          }
          const chosen = graph.entities.filter((e) => !types || types.includes(e.type));
          expect(ids).toEqual(sortedBy(chosen, sort));
        },
      ),
    );
  }, 60_000);

  it('neighborhood: the centre, then every entity within depth by distance and id, capped at limit; every relation among them by id', async () => {
    const { graph, server } = under();
    await check(
      fc.asyncProperty(
        entityId(under()),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 20 }),
        async (id, depth, limit) => {
          const { neighborhood } = await data<{
            neighborhood: { nodes: { id: string }[]; edges: { id: string }[] };
          }>(
            server,
            `query ($id: ID!, $depth: Int, $limit: Int) {
               neighborhood(id: $id, depth: $depth, limit: $limit) { nodes { id } edges { id } } }`,
            { id, depth, limit },
          );
          const kept = [...distancesFrom(graph, id, depth)]
            .sort((x, y) => x[1] - y[1] || order(x[0], y[0]))
            .slice(0, limit)
            .map(([node]) => node);
          expect(neighborhood.nodes.map((n) => n.id)).toEqual(kept);
          const among = graph.relations
            .filter((r) => kept.includes(r.from) && kept.includes(r.to))
            .map((r) => r.id)
            .sort(order);
          expect(neighborhood.edges.map((e) => e.id)).toEqual(among);
        },
      ),
    );
  });

  it('shortestPath: a path of the fewest relations within maxDepth, the one whose entity ids sort first, or null', async () => {
    const { graph, server } = under();
    await check(
      fc.asyncProperty(
        entityId(under()),
        entityId(under()),
        fc.integer({ min: 1, max: 6 }),
        async (from, to, maxDepth) => {
          const { shortestPath } = await data<{
            shortestPath: { nodes: { id: string }[]; edges: { id: string }[] } | null;
          }>(
            server,
            `query ($from: ID!, $to: ID!, $maxDepth: Int) {
               shortestPath(from: $from, to: $to, maxDepth: $maxDepth) { nodes { id } edges { id } } }`,
            { from, to, maxDepth },
          );
          const hops = distancesFrom(graph, from, maxDepth).get(to);
          if (hops === undefined) {
            expect(shortestPath).toBeNull();
            return;
          }
          // The first of the shortest paths by entity ids; between two entities, the smallest relation id.
          const [first] = simplePaths(graph, from, to, hops);
          const edges = first!.nodes.slice(1).map((node, i) => {
            const previous = first!.nodes[i]!;
            return graph.relations
              .filter((r) => [r.from, r.to].sort().join() === [previous, node].sort().join())
              .map((r) => r.id)
              .sort(order)[0]!;
          });
          expect({
            nodes: shortestPath!.nodes.map((n) => n.id),
            edges: shortestPath!.edges.map((e) => e.id),
          }).toEqual({ nodes: first!.nodes, edges });
        },
      ),
    );
  });

  it('relations: every relation at an entity in the direction and types asked, by type then id, at most first', async () => {
    const { graph, server } = under();
    const types = [...new Set(graph.relations.map((r) => r.type))];
    await check(
      fc.asyncProperty(
        entityId(under()),
        fc.constantFrom('OUT', 'IN', 'BOTH'),
        fc.option(fc.subarray(types), { nil: null }),
        fc.integer({ min: 0, max: 20 }),
        async (id, direction, only, first) => {
          const { entity } = await data<{
            entity: {
              relations: { id: string; type: string; direction: string; node: { id: string } }[];
            };
          }>(
            server,
            `query ($id: ID!, $direction: Direction, $types: [String!], $first: Int) {
               entity(id: $id) { relations(direction: $direction, types: $types, first: $first) {
                 id type direction node { id } } } }`,
            { id, direction, types: only, first },
          );
          const hits = graph.relations
            .filter((r) => !only?.length || only.includes(r.type))
            .flatMap((r) => [
              ...(r.from === id && direction !== 'IN'
                ? [{ id: r.id, type: r.type, direction: 'OUT', node: { id: r.to } }]
                : []),
              ...(r.to === id && direction !== 'OUT'
                ? [{ id: r.id, type: r.type, direction: 'IN', node: { id: r.from } }]
                : []),
            ])
            .sort(
              (x, y) =>
                order(x.type, y.type) || order(x.id, y.id) || order(x.direction, y.direction),
            );
          const keys = (list: { id: string; type: string }[]) =>
            list.map((h) => `${h.type} ${h.id}`);
          expect(keys(entity.relations)).toEqual(keys(hits.slice(0, first)));
          // A self-loop is two hits with one key, in an order the docs leave open.
          const sorted = [...entity.relations].sort(
            (x, y) => order(x.type, y.type) || order(x.id, y.id) || order(x.direction, y.direction),
          );
          if (first >= hits.length) expect(sorted).toEqual(hits);
        },
      ),
    );
  });

  it('search and rankedSearch: at most first hits, exact before prefix before substring, ties by id, the best name shown', async () => {
    const { graph, server } = under();
    const names = graph.entities.flatMap(namesOf);
    // A piece of a stored name (in another case, or padded), or letters that may match nothing.
    const text = fc.oneof(
      fc
        .tuple(fc.constantFrom(...names), fc.nat(), fc.nat(), fc.constantFrom('', ' ', 'upper'))
        .map(([name, i, j, dress]) => {
          const start = i % name.length;
          const piece = name.slice(start, start + 1 + (j % (name.length - start)));
          return dress === 'upper' ? piece.toUpperCase() : `${dress}${piece}${dress}`;
        })
        // A blank text is refused (BAD_USER_INPUT), which errors.test.ts proves.
        .filter((t) => t.trim().length > 0),
      fc.constantFrom('甲', 'a', 'Ab', '乙丙', 'relief', 'z'),
    );
    await check(
      fc.asyncProperty(
        text,
        kindsArbitrary,
        orDefault(fc.integer({ min: 0, max: 30 })),
        async (t, types, first) => {
          const answer = await data<{
            search: { id: string }[];
            rankedSearch: {
              entity: { id: string };
              score: number;
              match: string;
              matched: string;
            }[];
          }>(
            server,
            `query ($t: String!, $types: [EntityType!], $first: Int) {
             search(text: $t, types: $types, first: $first) { id }
             rankedSearch(text: $t, types: $types, first: $first) { entity { id } score match matched } }`,
            { t, types, first },
          );
          const kinds = { 3: 'EXACT', 2: 'PREFIX', 1: 'SUBSTRING' } as Record<number, string>;
          const hits = graph.entities
            .filter((e) => !types?.length || types.includes(e.type))
            .map((entity) => ({ entity, best: bestMatch(entity, t) }))
            .filter((h) => h.best !== null)
            .sort((x, y) => y.best!.rank - x.best!.rank || order(x.entity.id, y.entity.id))
            .slice(0, first ?? 20);
          expect(answer.search).toEqual(hits.map((h) => ({ id: h.entity.id })));
          expect(answer.rankedSearch).toEqual(
            hits.map((h) => ({
              entity: { id: h.entity.id },
              score: h.best!.rank,
              match: kinds[h.best!.rank],
              matched: h.best!.name,
            })),
          );
        },
      ),
    );
  });
});
