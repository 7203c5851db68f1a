// Aggregates, ranked search and graph questions, each checked against what the plain fields of the API say.
import { expect, it } from 'vitest';
import { describeConformance, idOf } from '../helpers/conformance.js';
import type { GraphQLResponse, TestServer } from '../helpers/testServer.js';

interface Quantity {
  value: number;
  unit: string;
  item: string | null;
  text: string;
}

interface Action {
  id: string;
  category: string;
  quantities: Quantity[];
  evidence: { quote: string }[];
}

async function data<T>(server: TestServer, query: string, variables?: Record<string, unknown>) {
  const result = await server.query<T>(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

function expectCode(result: GraphQLResponse, code: string, argument?: string) {
  expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result.errors)).toBe(code);
  if (argument) expect(result.errors![0]!.extensions!.argument).toBe(argument);
}

function moneyOf(actions: Action[]): number {
  return actions
    .flatMap((a) => a.quantities)
    .filter((q) => q.unit === 'CNY')
    .reduce((sum, q) => sum + q.value, 0);
}

const actionFields = `id category quantities { value unit item text } evidence { quote }`;

describeConformance('aggregates', (server) => {
  it('totals money per actor from its actions, every number traceable to a quote', async () => {
    const { actorTotals } = await data<{
      actorTotals: {
        actor: { id: string; name: string; actions: Action[] };
        actionCount: number;
        money: number;
        quantities: {
          unit: string;
          item: string | null;
          total: number;
          contributions: { quantity: Quantity; action: Action }[];
        }[];
      }[];
    }>(
      server(),
      `{ actorTotals(first: 10) { actionCount money
           actor { id name actions { ${actionFields} } }
           quantities { unit item total contributions { quantity { value unit item text } action { ${actionFields} } } } } }`,
    );
    expect(actorTotals.length).toBe(10);
    // The article's largest sum: 中国电子商会's 约22亿元.
    expect(actorTotals[0]!.actor.name).toBe('中国电子商会');
    expect(actorTotals[0]!.money).toBe(2.2e9);
    for (const [i, row] of actorTotals.entries()) {
      expect(row.actionCount).toBe(row.actor.actions.length);
      expect(row.money).toBe(moneyOf(row.actor.actions));
      if (i > 0) expect(row.money).toBeLessThanOrEqual(actorTotals[i - 1]!.money);
      for (const group of row.quantities) {
        const sum = group.contributions.reduce((s, c) => s + c.quantity.value, 0);
        expect(group.total).toBeCloseTo(sum, 6);
        for (const { quantity, action } of group.contributions) {
          expect([quantity.unit, quantity.item]).toEqual([group.unit, group.item]);
          expect(row.actor.actions.map((a) => a.id)).toContain(action.id);
          expect(action.evidence.some((e) => e.quote.includes(quantity.text))).toBe(true);
        }
      }
    }
  });

  it('ranks actors by number of actions, and narrows totals to some actors and some actions', async () => {
    const { byActions, donors } = await data<{
      byActions: { actor: { id: string }; actionCount: number }[];
      donors: { actor: { id: string; scope: string }; actionCount: number; money: number }[];
    }>(
      server(),
      `{ byActions: actorTotals(orderBy: ACTIONS, first: 100) { actor { id } actionCount }
         donors: actorTotals(where: { type: [ASSOCIATION] }, actions: { category: [DONATIONS] }, first: 100) {
           actor { id ... on Association { scope } } actionCount money } }`,
    );
    for (let i = 1; i < byActions.length; i++) {
      expect(byActions[i]!.actionCount).toBeLessThanOrEqual(byActions[i - 1]!.actionCount);
    }
    const { reliefActions } = await data<{ reliefActions: { actors: { id: string }[] }[] }>(
      server(),
      `{ reliefActions(category: DONATIONS) { actors { id } } }`,
    );
    const expectedDonors = new Set(
      reliefActions
        .flatMap((a) => a.actors.map((o) => o.id))
        .filter((id) => id.startsWith('association:')),
    );
    expect(new Set(donors.map((d) => d.actor.id))).toEqual(expectedDonors);
    expect(donors.every((d) => d.actionCount >= 1)).toBe(true);
  });

  it('counts actions and actors per category, covering every action once', async () => {
    const { categoryTotals, reliefActions } = await data<{
      categoryTotals: {
        category: string;
        actionCount: number;
        actorCount: number;
        money: number;
      }[];
      reliefActions: { category: string; actors: { id: string }[]; quantities: Quantity[] }[];
    }>(
      server(),
      `{ categoryTotals { category actionCount actorCount money }
         reliefActions(first: 1000) { category actors { id } quantities { value unit item text } } }`,
    );
    expect(categoryTotals.map((c) => c.category)).toContain('DONATIONS');
    expect(categoryTotals.reduce((s, c) => s + c.actionCount, 0)).toBe(reliefActions.length);
    for (const row of categoryTotals) {
      const actions = reliefActions.filter((a) => a.category === row.category);
      expect(row.actionCount).toBe(actions.length);
      expect(row.actorCount).toBe(new Set(actions.flatMap((a) => a.actors.map((o) => o.id))).size);
      expect(row.money).toBe(moneyOf(actions as unknown as Action[]));
    }
  });

  it('totals per region: actions aimed at it or at what is located in it', async () => {
    const wuhan = await idOf(server(), '武汉');
    const { regionTotals, entity } = await data<{
      regionTotals: { region: { id: string }; actions: { id: string }[]; actionCount: number }[];
      entity: {
        supportActions: { id: string }[];
        located: { supportActions?: { id: string }[] }[];
      };
    }>(
      server(),
      `query ($id: ID!) {
         regionTotals(first: 100) { region { id } actionCount actions { id } }
         entity(id: $id) { ... on Region { supportActions { id }
           located { ... on Hospital { supportActions { id } } } } } }`,
      { id: wuhan },
    );
    const row = regionTotals.find((r) => r.region.id === wuhan)!;
    const expected = new Set([
      ...entity.supportActions.map((a) => a.id),
      ...entity.located.flatMap((l) => (l.supportActions ?? []).map((a) => a.id)),
    ]);
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(row.actions.map((a) => a.id))).toEqual(expected);
    expect(row.actionCount).toBe(expected.size);
  });
});

describeConformance('ranked search', (server) => {
  it('ranks exact matches, then prefixes, then substrings, with scores, in the order of search', async () => {
    for (const text of ['火神山', '中国电子商会', '协会', 'china']) {
      const { rankedSearch, search } = await data<{
        rankedSearch: {
          entity: { id: string; name: string; nameEn: string | null; aliases: string[] };
          score: number;
          match: string;
          matched: string;
        }[];
        search: { id: string }[];
      }>(
        server(),
        `query ($t: String!) {
           rankedSearch(text: $t, first: 50) { score match matched entity { id name nameEn aliases } }
           search(text: $t, first: 50) { id } }`,
        { t: text },
      );
      expect(rankedSearch.length).toBeGreaterThan(0);
      expect(rankedSearch.map((h) => h.entity.id)).toEqual(search.map((e) => e.id));
      const needle = text.toLowerCase();
      for (const [i, hit] of rankedSearch.entries()) {
        const { entity } = hit;
        expect([entity.name, entity.nameEn, ...entity.aliases]).toContain(hit.matched);
        const matched = hit.matched.normalize('NFKC').toLowerCase();
        const kind =
          matched === needle ? 'EXACT' : matched.startsWith(needle) ? 'PREFIX' : 'SUBSTRING';
        expect(matched).toContain(needle);
        expect(hit.match).toBe(kind);
        expect(hit.score).toBe({ EXACT: 3, PREFIX: 2, SUBSTRING: 1 }[kind]);
        const previous = rankedSearch[i - 1];
        if (previous) {
          expect(hit.score).toBeLessThanOrEqual(previous.score);
          if (hit.score === previous.score) expect(hit.entity.id > previous.entity.id).toBe(true);
        }
      }
    }
    const exact = await data<{ rankedSearch: { match: string; entity: { name: string } }[] }>(
      server(),
      `{ rankedSearch(text: "中国电子商会") { match entity { name } } }`,
    );
    expect(exact.rankedSearch[0]).toEqual({ match: 'EXACT', entity: { name: '中国电子商会' } });
  });
});

interface Edge {
  id: string;
  from: string;
  to: string;
}

describeConformance('graph questions', (server) => {
  it('ranks organisations by connections through shared actions and targets', async () => {
    const { mostConnected } = await data<{
      mostConnected: {
        entity: { id: string };
        degree: number;
        connected: { id: string }[];
        sharedActions: { id: string }[];
      }[];
    }>(
      server(),
      `{ mostConnected(first: 5) { degree entity { id } connected { id } sharedActions { id } } }`,
    );
    expect(mostConnected).toHaveLength(5);
    for (const [i, row] of mostConnected.entries()) {
      expect(row.degree).toBe(row.connected.length);
      if (i > 0) expect(row.degree).toBeLessThanOrEqual(mostConnected[i - 1]!.degree);
    }
    // Recompute the top one's connections from its actions, their actors and their targets.
    const top = mostConnected[0]!;
    const { entity } = await data<{
      entity: {
        actions: {
          id: string;
          actors: { id: string }[];
          targets: { id: string; supportActions?: { actors: { id: string }[] }[] }[];
        }[];
      };
    }>(
      server(),
      `query ($id: ID!) { entity(id: $id) { ... on Organization { actions { id actors { id }
         targets { id ... on Hospital { supportActions { actors { id } } }
                      ... on Region { supportActions { actors { id } } }
                      ... on Company { id } } } } } }`,
      { id: top.entity.id },
    );
    const connected = new Set<string>();
    for (const action of entity.actions) {
      for (const actor of action.actors) connected.add(actor.id);
      for (const target of action.targets) {
        for (const a of target.supportActions ?? []) for (const o of a.actors) connected.add(o.id);
      }
    }
    connected.delete(top.entity.id);
    expect(new Set(top.connected.map((o) => o.id))).toEqual(connected);
  });

  it('finds what two hospitals have in common within two hops, nearest first', async () => {
    const [a, b] = await Promise.all([
      idOf(server(), '武汉火神山医院'),
      idOf(server(), '雷神山医院'),
    ]);
    const { common } = await data<{
      common: { node: { id: string; type: string }; hopsFromA: number; hopsFromB: number }[];
    }>(
      server(),
      `query ($a: ID!, $b: ID!) {
         common: commonNeighbors(a: $a, b: $b, maxHops: 2, types: [ASSOCIATION], first: 1000) {
           hopsFromA hopsFromB node { id type } } }`,
      { a, b },
    );
    const hood = await data<{
      a: { nodes: { id: string; type: string }[] };
      b: { nodes: { id: string }[] };
    }>(
      server(),
      `query ($a: ID!, $b: ID!) { a: neighborhood(id: $a, depth: 2) { nodes { id type } }
                                  b: neighborhood(id: $b, depth: 2) { nodes { id } } }`,
      { a, b },
    );
    const inB = new Set(hood.b.nodes.map((n) => n.id));
    const expected = hood.a.nodes
      .filter((n) => n.type === 'ASSOCIATION' && inB.has(n.id))
      .map((n) => n.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(common.map((c) => c.node.id).sort()).toEqual(expected);
    for (let i = 1; i < common.length; i++) {
      const [p, c] = [common[i - 1]!, common[i]!];
      expect(c.hopsFromA + c.hopsFromB).toBeGreaterThanOrEqual(p.hopsFromA + p.hopsFromB);
    }
  });

  it('lists every simple path up to k hops, shortest first, the same as enumerating the neighborhood', async () => {
    const [from, to] = await Promise.all([
      idOf(server(), '民政部'),
      idOf(server(), '武汉火神山医院'),
    ]);
    const maxHops = 3;
    const { paths, hood, shortestPath } = await data<{
      paths: { length: number; nodes: { id: string }[]; edges: Edge[] }[];
      hood: { edges: Edge[] };
      shortestPath: { edges: Edge[] };
    }>(
      server(),
      `query ($from: ID!, $to: ID!) {
         paths(from: $from, to: $to, maxHops: ${maxHops}, first: 100) { length nodes { id } edges { id from to } }
         hood: neighborhood(id: $from, depth: ${maxHops}, limit: 1000) { edges { id from to } }
         shortestPath(from: $from, to: $to) { edges { id } } }`,
      { from, to },
    );
    // Every path of at most k hops stays within k hops of `from`, so the neighborhood holds it.
    const expected: string[] = [];
    const walk = (at: string, trail: string[], edges: string[]) => {
      if (at === to) return void expected.push(edges.join(','));
      if (edges.length === maxHops) return;
      for (const e of hood.edges) {
        if (e.from !== at && e.to !== at) continue;
        const next = e.from === at ? e.to : e.from;
        if (!trail.includes(next)) walk(next, [...trail, next], [...edges, e.id]);
      }
    };
    walk(from, [from], []);
    expect(paths.length).toBeGreaterThan(1);
    expect(paths.map((p) => p.edges.map((e) => e.id).join(',')).sort()).toEqual(expected.sort());
    expect(paths[0]!.length).toBe(shortestPath.edges.length);
    for (const [i, path] of paths.entries()) {
      expect(path.nodes[0]!.id).toBe(from);
      expect(path.nodes.at(-1)!.id).toBe(to);
      expect(path.edges).toHaveLength(path.length);
      expect(new Set(path.nodes.map((n) => n.id)).size).toBe(path.nodes.length);
      if (i > 0) expect(path.length).toBeGreaterThanOrEqual(paths[i - 1]!.length);
    }
  });

  it('refuses unknown entities and arguments beyond the documented caps', async () => {
    const foxconn = await idOf(server(), '富士康集团');
    expectCode(
      await server().query(`{ paths(from: "nobody", to: "${foxconn}") { length } }`),
      'NOT_FOUND',
      'from',
    );
    expectCode(
      await server().query(
        `{ paths(from: "${foxconn}", to: "${foxconn}", maxHops: 5) { length } }`,
      ),
      'BAD_USER_INPUT',
      'maxHops',
    );
    expectCode(
      await server().query(`{ commonNeighbors(a: "${foxconn}", b: "nobody") { hopsFromA } }`),
      'NOT_FOUND',
      'b',
    );
    expectCode(
      await server().query(`{ mostConnected(types: [HOSPITAL]) { degree } }`),
      'BAD_USER_INPUT',
      'types',
    );
  });
});
