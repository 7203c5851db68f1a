// The typed domain schema over HTTP: every relationship field, checked against the generic relations.
import { expect, it } from 'vitest';
import { relationshipFields } from '../../src/graphql/relationshipFields.js';
import { describeConformance, idOf } from '../helpers/conformance.js';
import type { TestServer } from '../helpers/testServer.js';

const listFields: Record<string, string> = {
  Association: 'associations',
  GovernmentBody: 'governmentBodies',
  Company: 'companies',
  Hospital: 'hospitals',
  Region: 'regions',
  Meeting: 'meetings',
  ReliefAction: 'reliefActions',
  Group: 'groups',
  Statement: 'statements',
  Instrument: 'instruments',
};

/** Fields the schema offers that the article gives no instance of, and why. */
const unusedByTheArticle: Record<string, string> = {
  'GovernmentBody.actions':
    'no government body performs an action itself: they commission, initiate, adopt or report',
};

interface Hop {
  direction: string;
  types: string[];
  nodeTypes?: string[];
}

/** The ids a chain of hops reaches, computed with the generic `relations` field, one hop at a time. */
async function reachable(server: TestServer, start: string, hops: Hop[]): Promise<string[]> {
  let ids = [start];
  for (const hop of hops) {
    const next: string[] = [];
    for (const id of ids) {
      const result = await server.query<{
        entity: { relations: { node: { id: string; type: string } }[] };
      }>(
        `query ($id: ID!, $d: Direction!, $t: [String!]) {
           entity(id: $id) { relations(direction: $d, types: $t, first: 1000) { node { id type } } } }`,
        { id, d: hop.direction, t: hop.types },
      );
      for (const r of result.data!.entity.relations) {
        if (hop.nodeTypes && !hop.nodeTypes.includes(r.node.type)) continue;
        if (!next.includes(r.node.id)) next.push(r.node.id);
      }
    }
    ids = next;
  }
  return ids;
}

describeConformance('domain schema', (server) => {
  for (const [typeName, fields] of Object.entries(relationshipFields)) {
    // Interfaces (Entity, Organization) have no list of their own; their fields are the object types'.
    if (!(typeName in listFields)) continue;
    for (const [field, spec] of Object.entries(fields)) {
      it(`${typeName}.${field} returns what its relations say, and the data uses it`, async () => {
        const result = await server().query<Record<string, Record<string, unknown>[]>>(
          `{ list: ${listFields[typeName]}(first: 1000) { id ${field} { id } } }`,
        );
        expect(result.errors).toBeUndefined();
        const rows = result.data!.list!;
        expect(rows.length).toBeGreaterThan(0);
        let used = 0;
        for (const row of rows) {
          const value = row[field] as { id: string } | { id: string }[] | null;
          const got =
            value === null ? [] : Array.isArray(value) ? value.map((v) => v.id) : [value.id];
          const expected = await reachable(server(), row.id as string, spec.hops);
          if (spec.single) expect(got).toEqual(expected.slice(0, 1));
          else expect([...got].sort()).toEqual([...expected].sort());
          if (got.length > 0) used += 1;
        }
        if (unusedByTheArticle[`${typeName}.${field}`]) expect(used).toBe(0);
        else expect(used, `no ${typeName} has any ${field}`).toBeGreaterThan(0);
      });
    }
  }

  it('answers how much 中国电子商会 donated: about 2.2 billion CNY, with its evidence', async () => {
    const id = await idOf(server(), '中国电子商会');
    const result = await server().query<{
      entity: {
        nameEn: string;
        actions: {
          category: string;
          quantities: { value: number; unit: string; approximate: boolean; text: string }[];
          evidence: { quote: string }[];
        }[];
      };
    }>(
      `query ($id: ID!) { entity(id: $id) { nameEn ... on Association { actions {
          category quantities { value unit approximate text } evidence { quote } } } } }`,
      { id },
    );
    const entity = result.data!.entity;
    expect(entity.nameEn).toBe('China Electronics Chamber of Commerce');
    const donation = entity.actions.find((a) => a.category === 'DONATIONS')!;
    expect(donation.quantities).toContainEqual({
      value: 2.2e9,
      unit: 'CNY',
      approximate: true,
      text: '约22亿元',
    });
    expect(donation.evidence.some((e) => e.quote.includes('约22亿元'))).toBe(true);
  });

  it('shows who supported 武汉火神山医院 and the quotes that say so', async () => {
    const id = await idOf(server(), '武汉火神山医院');
    const result = await server().query<{
      entity: {
        supportedBy: { name: string }[];
        supportActions: { evidence: { quote: string }[]; actors: { name: string }[] }[];
      };
    }>(
      `query ($id: ID!) { entity(id: $id) { ... on Hospital {
          supportedBy { name }
          supportActions { evidence { quote } actors { name } } } } }`,
      { id },
    );
    const hospital = result.data!.entity;
    const supporters = hospital.supportedBy.map((o) => o.name);
    expect(supporters).toEqual(
      expect.arrayContaining([
        '中国建筑材料联合会',
        '中国钢铁工业协会',
        '武汉建设监理与咨询行业协会',
      ]),
    );
    for (const action of hospital.supportActions) {
      expect(action.evidence.some((e) => e.quote.includes('火神山'))).toBe(true);
    }
  });

  it('lists local associations with their regions', async () => {
    const result = await server().query<{
      associations: { name: string; scope: string; region: { name: string } | null }[];
    }>(`{ associations(scope: LOCAL) { name scope region { name } } }`);
    const local = result.data!.associations;
    expect(local.every((a) => a.scope === 'LOCAL')).toBe(true);
    expect(local.find((a) => a.name === '北京医药行业协会')?.region?.name).toBe('北京');
    expect(local.find((a) => a.name === '深圳市商业联合会')?.region?.name).toBe('深圳');
  });

  it('filters an organisation’s actions and the relief actions by category', async () => {
    const result = await server().query<{
      reliefActions: { category: string }[];
      search: { actions: { category: string }[] }[];
    }>(
      `{ reliefActions(category: HOSPITAL_CONSTRUCTION) { category }
         search(text: "中国钢铁工业协会", first: 1) { ... on Association { actions(category: HOSPITAL_CONSTRUCTION) { category } } } }`,
    );
    expect(result.data!.reliefActions.length).toBeGreaterThan(0);
    expect(result.data!.reliefActions.every((a) => a.category === 'HOSPITAL_CONSTRUCTION')).toBe(
      true,
    );
    const steel = result.data!.search[0]!.actions;
    expect(steel.length).toBeGreaterThan(0);
    expect(steel.every((a) => a.category === 'HOSPITAL_CONSTRUCTION')).toBe(true);
  });
});
