// The typed domain schema over HTTP: every relationship field, checked against the generic relations.
import { beforeEach, expect, it } from 'vitest';
import { describeConformance, idOf } from '../helpers/conformance.js';
import {
  allEntities,
  documentedFields,
  objectTypeOf,
  reach,
  type DocumentedHop,
  type OracleEntity,
  listFields,
} from '../helpers/graphOracle.js';

/** Fields the schema offers that the article gives no instance of, and why. */
const unusedByTheArticle: Record<string, string> = {
  'GovernmentBody.actions':
    'no government body performs an action itself: they commission, initiate, adopt or report',
  'Association.respondedTo':
    'the article has the associations at large (a group) answer 总书记, never one association',
};

/** The entity types a GraphQL type stands for: an object type, or an interface's implementations. */
const entityTypesOf: Record<string, string[]> = {
  Entity: Object.keys(objectTypeOf),
  Organization: ['ASSOCIATION', 'GOVERNMENT_BODY', 'COMPANY', 'GROUP'],
  ...Object.fromEntries(Object.entries(objectTypeOf).map(([type, object]) => [object, [type]])),
};

interface IntrospectedType {
  name: string;
  fields: { name: string; type: { kind: string; name: string | null; ofType: unknown } }[];
}

/** The named type at the bottom of a wrapped (list, non-null) type. */
function namedType(type: { name: string | null; ofType: unknown }): string {
  let t = type;
  while (t.name === null) t = t.ofType as typeof t;
  return t.name;
}

/** The relationship filters of OrganizationWhere: those every organisation has. */
const organizationFields = { actions: documentedFields.Association!.actions! };

describeConformance('domain schema', (server) => {
  // Fetched by the first test that needs it (a hook's failure would fail no test).
  let entities: Map<string, OracleEntity>;
  beforeEach(async () => {
    entities ??= await allEntities(server());
  });

  let targets: Record<string, string> | null = null;
  /** `Type.field` -> the GraphQL type it leads to, from introspection. */
  async function targetTypes(): Promise<Record<string, string>> {
    if (targets) return targets;
    const result = await server().query<{ __schema: { types: IntrospectedType[] } }>(
      `{ __schema { types { name fields { name type { kind name ofType { kind name ofType {
           kind name ofType { kind name } } } } } } } }`,
    );
    targets = {};
    for (const type of result.data!.__schema.types) {
      for (const f of type.fields ?? []) targets[`${type.name}.${f.name}`] = namedType(f.type);
    }
    return targets;
  }

  it('documents every relationship field the schema offers, and no other', async () => {
    const result = await server().query<{ __schema: { types: IntrospectedType[] } }>(
      `{ __schema { types { name fields { name type { kind name ofType { kind name ofType {
           kind name ofType { kind name } } } } } } } }`,
    );
    const types = result.data!.__schema.types;
    for (const [typeName, documented] of Object.entries(documentedFields)) {
      const fields = types.find((t) => t.name === typeName)!.fields;
      const relationshipFields = fields
        .filter((f) => namedType(f.type) in entityTypesOf)
        .map((f) => f.name)
        .sort();
      expect(relationshipFields, typeName).toEqual(Object.keys(documented).sort());
      const connections = fields
        .filter((f) => f.name.endsWith('Connection'))
        .map((f) => f.name.replace(/Connection$/, ''))
        .sort();
      const paged = Object.entries(documented)
        .filter(([, f]) => f.paged)
        .map(([name]) => name)
        .sort();
      expect(connections, typeName).toEqual(paged);
    }
  });

  for (const [typeName, fields] of Object.entries(documentedFields)) {
    for (const [field, spec] of Object.entries(fields)) {
      it(`${typeName}.${field} follows ${spec.hops
        .map((h) => `${h.direction} ${h.types.join('|')}`)
        .join(', then ')}, as documented`, async () => {
        const connection = spec.paged
          ? `${field}Connection(first: 100) { totalCount edges { node { id } } }`
          : '';
        const result = await server().query<Record<string, Record<string, unknown>[]>>(
          `{ list: ${listFields[typeName]}(first: 1000) { id ${field} { id type } ${connection} } }`,
        );
        expect(result.errors).toBeUndefined();
        const rows = result.data!.list!;
        const ofType = [...entities.values()].filter((e) => objectTypeOf[e.type] === typeName);
        expect(rows.map((r) => r.id).sort()).toEqual(ofType.map((e) => e.id).sort());
        let used = 0;
        for (const row of rows) {
          const value = row[field] as { id: string } | { id: string }[] | null;
          const got =
            value === null ? [] : Array.isArray(value) ? value.map((v) => v.id) : [value.id];
          const expected = reach(entities, row.id as string, spec.hops);
          if (spec.single) expect(expected.length, `${row.id} has one ${field}`).toBeLessThan(2);
          expect([...got].sort(), `${row.id}.${field}`).toEqual(expected);
          if (spec.paged) {
            const page = row[`${field}Connection`] as {
              totalCount: number;
              edges: { node: { id: string } }[];
            };
            expect(page.totalCount).toBe(expected.length);
            expect(page.edges.map((e) => e.node.id)).toEqual(got);
          }
          if (got.length > 0) used += 1;
        }
        if (unusedByTheArticle[`${typeName}.${field}`]) expect(used).toBe(0);
        else expect(used, `no ${typeName} has any ${field}`).toBeGreaterThan(0);
      });

      it(`${typeName}(where: { ${field}: … }) matches what ${field} reaches`, async () => {
        const ofType = [...entities.values()].filter((e) => objectTypeOf[e.type] === typeName);
        const reached = new Map(ofType.map((e) => [e.id, reach(entities, e.id, spec.hops)]));
        const someTarget = [...reached.values()].find((ids) => ids.length > 0)?.[0] ?? 'none';
        const result = await server().query<{ any: { id: string }[]; to: { id: string }[] }>(
          `query ($target: ID!) {
             any: ${listFields[typeName]}(where: { ${field}: {} }, first: 1000) { id }
             to: ${listFields[typeName]}(where: { ${field}: { id: { eq: $target } } }, first: 1000) { id } }`,
          { target: someTarget },
        );
        expect(result.errors).toBeUndefined();
        const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
        const sorted = (list: string[]) => [...list].sort();
        expect(ids(result.data!.any)).toEqual(
          sorted(ofType.filter((e) => reached.get(e.id)!.length > 0).map((e) => e.id)),
        );
        expect(ids(result.data!.to)).toEqual(
          sorted(ofType.filter((e) => reached.get(e.id)!.includes(someTarget)).map((e) => e.id)),
        );
      });

      it(`${typeName}(where: { ${field}: { <a relationship of its target>: {} } }) composes both`, async () => {
        const target = (await targetTypes())[`${typeName}.${field}`]!;
        const nestedFields =
          target === 'Organization' ? organizationFields : documentedFields[target];
        if (!nestedFields) {
          // Entity targets have no relationship filters: EntityWhere holds only every entity's fields.
          expect(target).toBe('Entity');
          return;
        }
        const ofType = [...entities.values()].filter((e) => objectTypeOf[e.type] === typeName);
        // Each relationship of the target, one level down; for an organisation, also each
        // relationship of its actions two levels down.
        const nested: [string, string, DocumentedHop[]][] = Object.entries(nestedFields).map(
          ([name, f]) => [name, `{ ${name}: {} }`, f.hops],
        );
        if (target === 'Organization') {
          for (const [name, f] of Object.entries(documentedFields.ReliefAction!)) {
            nested.push([
              `actions_${name}`,
              `{ actions: { ${name}: {} } }`,
              [...organizationFields.actions.hops, ...f.hops],
            ]);
          }
        }
        // One request per nested filter: together they are more work than one request's budget
        // allows on a loaded machine.
        for (const [alias, where, hops] of nested) {
          const result = await server().query<{ list: { id: string }[] }>(
            `{ list: ${listFields[typeName]}(where: { ${field}: ${where} }, first: 1000) { id } }`,
          );
          expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
          const expected = ofType
            .filter((e) =>
              reach(entities, e.id, spec.hops).some((x) => reach(entities, x, hops).length > 0),
            )
            .map((e) => e.id)
            .sort();
          expect(
            result.data!.list.map((r) => r.id),
            `${field}.${alias}`,
          ).toEqual(expected);
        }
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
