// The graph questions and totals at their edges: each refusal naming its argument, the defaults a null or empty argument takes, actorTotals' where, the actions filter, regionTotals' orders and the ceiling on partial paths.
import { expect, it } from 'vitest';
import { describeConformance, idOf } from '../helpers/conformance.js';
import type { GraphQLResponse, TestServer } from '../helpers/testServer.js';

async function data<T>(server: TestServer, query: string, variables?: Record<string, unknown>) {
  const result = await server.query<T>(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

/** The first error of an answer as a client reads it, and that it answered nothing. */
function refusal(result: GraphQLResponse) {
  expect(result.data ?? null, JSON.stringify(result)).toBeNull();
  const error = result.errors?.[0];
  return {
    message: error?.message,
    code: error?.extensions?.code,
    argument: error?.extensions?.argument,
  };
}

/** Plain code-unit order, as the API's ties by id are documented. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface TotalsRow {
  key: { id: string };
  actionCount: number;
  money: number;
}

/** ACTIONS: most actions first, then most money, then id. */
function byActions(rows: TotalsRow[]): TotalsRow[] {
  return [...rows].sort(
    (a, b) => b.actionCount - a.actionCount || b.money - a.money || byCodeUnits(a.key.id, b.key.id),
  );
}

describeConformance('graph questions and totals at their edges', (server) => {
  it('refuses each argument out of its documented range, naming it in the message and the error', async () => {
    const foxconn = await idOf(server(), '富士康集团');
    const hospital = await idOf(server(), '武汉火神山医院');
    const range = (argument: string, min: number, max: number, got: number) => ({
      message: `Argument "${argument}" must be between ${min} and ${max}; got ${got}.`,
      code: 'BAD_USER_INPUT',
      argument,
    });
    const cases: [string, ReturnType<typeof range>][] = [
      [
        `{ paths(from: "${foxconn}", to: "${hospital}", first: 101) { length } }`,
        range('first', 0, 100, 101),
      ],
      [
        `{ paths(from: "${foxconn}", to: "${hospital}", maxHops: 0) { length } }`,
        range('maxHops', 1, 4, 0),
      ],
      [
        `{ commonNeighbors(a: "${foxconn}", b: "${hospital}", maxHops: 4) { hopsFromA } }`,
        range('maxHops', 1, 3, 4),
      ],
      [
        `{ commonNeighbors(a: "${foxconn}", b: "${hospital}", first: 1001) { hopsFromA } }`,
        range('first', 0, 1000, 1001),
      ],
      [`{ mostConnected(first: 1001) { degree } }`, range('first', 0, 1000, 1001)],
      [`{ actorTotals(first: 1001) { money } }`, range('first', 0, 1000, 1001)],
      [`{ regionTotals(first: -1) { money } }`, range('first', 0, 1000, -1)],
    ];
    for (const [query, expected] of cases) {
      expect(refusal(await server().query(query)), query).toEqual(expected);
    }
    const unknown = (argument: string) => ({
      message: 'No entity has id "nobody".',
      code: 'NOT_FOUND',
      argument,
    });
    expect(
      refusal(await server().query(`{ paths(from: "${foxconn}", to: "nobody") { length } }`)),
    ).toEqual(unknown('to'));
    expect(
      refusal(
        await server().query(`{ commonNeighbors(a: "nobody", b: "${foxconn}") { hopsFromA } }`),
      ),
    ).toEqual(unknown('a'));
  });

  it('refuses mostConnected for types that are not organisations, naming each once, in order', async () => {
    expect(
      refusal(
        await server().query(
          `{ mostConnected(types: [REGION, ASSOCIATION, HOSPITAL, REGION]) { degree } }`,
        ),
      ),
    ).toEqual({
      message: 'Argument "types" may only name organisations; got HOSPITAL, REGION.',
      code: 'BAD_USER_INPUT',
      argument: 'types',
    });
  });

  it('ranks associations in mostConnected when types is left out, null or empty', async () => {
    const answer = await data<Record<string, { entity: { id: string }; degree: number }[]>>(
      server(),
      `{ omitted: mostConnected(first: 1000) { degree entity { id } }
         none: mostConnected(types: null, first: 1000) { degree entity { id } }
         empty: mostConnected(types: [], first: 1000) { degree entity { id } }
         associations: mostConnected(types: [ASSOCIATION], first: 1000) { degree entity { id } } }`,
    );
    expect(answer.associations!.length).toBeGreaterThan(1);
    expect(answer.associations!.every((row) => row.entity.id.startsWith('association:'))).toBe(
      true,
    );
    expect(answer.omitted).toEqual(answer.associations);
    expect(answer.none).toEqual(answer.associations);
    expect(answer.empty).toEqual(answer.associations);
  });

  it('answers paths from an entity to itself with the entity alone, and with nothing for first: 0', async () => {
    const foxconn = await idOf(server(), '富士康集团');
    const answer = await data<Record<string, unknown[]>>(
      server(),
      `query ($id: ID!) {
         alone: paths(from: $id, to: $id, maxHops: 4) { length nodes { id } edges { id } }
         none: paths(from: $id, to: $id, first: 0) { length nodes { id } edges { id } } }`,
      { id: foxconn },
    );
    expect(answer.alone).toEqual([{ length: 0, nodes: [{ id: foxconn }], edges: [] }]);
    expect(answer.none).toEqual([]);
  });

  it('totals only the organisations actorTotals(where:) matches, each row as without the filter', async () => {
    const rows = `first: 1000) { key: actor { id } actionCount money }`;
    const answer = await data<Record<string, TotalsRow[]>>(
      server(),
      `{ all: actorTotals(${rows}
         companies: actorTotals(where: { type: [COMPANY] }, ${rows}
         medical: actorTotals(where: { actions: { category: [MEDICAL_SUPPLIES] } }, ${rows}
         nobody: actorTotals(where: { id: { in: ["nobody"] } }, ${rows} }`,
    );
    const { reliefActions } = await data<{ reliefActions: { actors: { id: string }[] }[] }>(
      server(),
      `{ reliefActions(where: { category: [MEDICAL_SUPPLIES] }, first: 1000) { actors { id } } }`,
    );
    const medical = new Set(reliefActions.flatMap((a) => a.actors.map((o) => o.id)));
    const all = answer.all!;
    const companies = all.filter((row) => row.key.id.startsWith('company:'));
    const suppliers = all.filter((row) => medical.has(row.key.id));
    // Both filters leave some organisations out, and keep some.
    for (const kept of [companies, suppliers]) {
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.length).toBeLessThan(all.length);
    }
    expect(answer.companies).toEqual(companies);
    expect(answer.medical).toEqual(suppliers);
    expect(answer.nobody).toEqual([]);
  });

  it('counts only the actions the actions filter matches, relationship fields included', async () => {
    const answer = await data<{
      categoryTotals: { category: string; actionCount: number }[];
      reliefActions: { category: string }[];
      all: { id: string }[];
    }>(
      server(),
      `{ categoryTotals(actions: { actors: { type: [COMPANY] } }) { category actionCount }
         reliefActions(where: { actors: { type: [COMPANY] } }, first: 1000) { category }
         all: reliefActions(first: 1000) { id } }`,
    );
    const counted = answer.reliefActions.length;
    expect(counted).toBeGreaterThan(0);
    expect(counted).toBeLessThan(answer.all.length);
    for (const row of answer.categoryTotals) {
      const expected = answer.reliefActions.filter((a) => a.category === row.category).length;
      expect(row.actionCount, row.category).toBe(expected);
    }
  });

  it('ranks regionTotals and actorTotals by ACTIONS on request, and by MONEY when orderBy is left out or null', async () => {
    for (const [field, subject] of [
      ['regionTotals', 'region'],
      ['actorTotals', 'actor'],
    ]) {
      const rows = `first: 1000) { key: ${subject} { id } actionCount money }`;
      const answer = await data<Record<string, TotalsRow[]>>(
        server(),
        `{ omitted: ${field}(${rows}
           none: ${field}(orderBy: null, ${rows}
           money: ${field}(orderBy: MONEY, ${rows}
           actions: ${field}(orderBy: ACTIONS, ${rows} }`,
      );
      const money = answer.money!;
      expect(money.length, field).toBeGreaterThan(2);
      // MONEY: most money first, then most actions, then id.
      expect(money, field).toEqual(
        [...money].sort(
          (a, b) =>
            b.money - a.money || b.actionCount - a.actionCount || byCodeUnits(a.key.id, b.key.id),
        ),
      );
      expect(answer.actions, field).toEqual(byActions(money));
      // The two orders differ for actors, so each answer shows which one it used (both share
      // one comparator; the article gives no region any money, so theirs coincide).
      if (field === 'actorTotals') expect(byActions(money), field).not.toEqual(money);
      expect(answer.omitted, field).toEqual(money);
      expect(answer.none, field).toEqual(money);
    }
  });
});

/** The search's budget for this spec: the number of relationships the busier entity below has, less one. */
const pathSteps = 3;

describeConformance(
  'the ceiling on partial paths',
  (server) => {
    it('enumerates up to LIMIT_MAX_PATH_STEPS partial paths and refuses one more, naming maxHops', async () => {
      // With maxHops 1 the partial paths are the relationships of `from`, one each.
      const within = 'government:the-government';
      const beyond = 'association:beijing-pharmaceutical-industry-association';
      const to = await idOf(server(), '武汉火神山医院');
      const degrees = await data<Record<string, { relations: { id: string }[] }>>(
        server(),
        `query ($within: ID!, $beyond: ID!) {
           within: entity(id: $within) { relations(first: 1000) { id } }
           beyond: entity(id: $beyond) { relations(first: 1000) { id } } }`,
        { within, beyond },
      );
      expect(degrees.within!.relations).toHaveLength(pathSteps);
      expect(degrees.beyond!.relations).toHaveLength(pathSteps + 1);

      const ask = (from: string, maxHops: number) =>
        server().query<{ paths: { length: number }[] }>(
          `query ($from: ID!, $to: ID!, $maxHops: Int) { paths(from: $from, to: $to, maxHops: $maxHops) { length } }`,
          { from, to, maxHops },
        );
      const answered = await ask(within, 1);
      expect(answered.errors, JSON.stringify(answered.errors)).toBeUndefined();
      expect(answered.data!.paths).toEqual([]);
      expect(refusal(await ask(beyond, 1))).toEqual({
        message: `More than ${pathSteps} partial paths within maxHops 1; lower maxHops.`,
        code: 'BAD_USER_INPUT',
        argument: 'maxHops',
      });
      // A longer search from the same entity tries more.
      expect(refusal(await ask(within, 3)).message).toBe(
        `More than ${pathSteps} partial paths within maxHops 3; lower maxHops.`,
      );
    });
  },
  { LIMIT_MAX_PATH_STEPS: String(pathSteps) },
);
