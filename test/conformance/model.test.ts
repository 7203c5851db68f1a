// The second pass of the model over HTTP: groups, statements, named things, activities, qualifiers, scope and attribution.
import { expect, it } from 'vitest';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { describeConformance } from '../helpers/conformance.js';
import type { TestServer } from '../helpers/testServer.js';
import type { Quantity } from '../../src/model/records.js';

const seed = await loadSeed();

async function data<T>(server: TestServer, query: string, variables?: Record<string, unknown>) {
  const result = await server.query<T>(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

const quantityFields = 'value unit item qualifier approximate text';

describeConformance('the model, second pass', (server) => {
  it('reads back every entity with its kind-specific fields and qualified quantities, as the seed holds them', async () => {
    const { entitiesConnection } = await data<{
      entitiesConnection: { totalCount: number; edges: { node: Record<string, unknown> }[] };
    }>(
      server(),
      `{ entitiesConnection(first: 100) { totalCount edges { node { id type nameEn nameEnSource
           quantities { ${quantityFields} }
           ... on ReliefAction { category activity }
           ... on Group { composition }
           ... on Statement { role }
           ... on Instrument { form collective }
           ... on Region { level } } } } }`,
    );
    expect(entitiesConnection.totalCount).toBe(seed.entities.length);
    // Page through everything.
    const all: Record<string, unknown>[] = [];
    let after: string | null = null;
    do {
      const page: {
        entitiesConnection: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: Record<string, unknown> }[];
        };
      } = await data(
        server(),
        `query ($after: String) { entitiesConnection(first: 100, after: $after) {
           pageInfo { hasNextPage endCursor }
           edges { node { id type nameEn nameEnSource quantities { ${quantityFields} }
             ... on ReliefAction { category activity }
             ... on Group { composition }
             ... on Statement { role }
             ... on Instrument { form collective }
             ... on Region { level } } } } }`,
        { after },
      );
      all.push(...page.entitiesConnection.edges.map((e) => e.node));
      after = page.entitiesConnection.pageInfo.hasNextPage
        ? page.entitiesConnection.pageInfo.endCursor
        : null;
    } while (after);
    const byId = new Map(all.map((n) => [n.id as string, n]));
    for (const e of seed.entities) {
      const node = byId.get(e.id)!;
      expect(node, e.id).toBeDefined();
      expect(node.nameEnSource).toBe(e.nameEnSource);
      expect(node.quantities).toEqual(
        e.quantities.map((q) => ({
          value: q.value,
          unit: q.unit,
          item: q.item,
          qualifier: q.qualifier,
          approximate: q.approximate,
          text: q.text,
        })),
      );
      if (e.type === 'RELIEF_ACTION') expect(node.activity).toBe(e.activity);
      if (e.type === 'GROUP') expect(node.composition).toBe(e.groupKind);
      if (e.type === 'STATEMENT') expect(node.role).toBe(e.statementKind);
      if (e.type === 'INSTRUMENT') expect(node.form).toBe(e.instrumentKind);
      if (e.type === 'REGION') expect(node.level).toBe(e.level);
    }
  });

  it('totals every donation, whatever section tells it, with each number that went in and the qualifier of the sum', async () => {
    const { activityTotals, reliefActions } = await data<{
      activityTotals: {
        activity: string;
        actionCount: number;
        money: number;
        moneyTotal: {
          unit: string;
          total: number;
          qualifier: string;
          lowerBound: boolean;
          contributions: {
            quantity: Quantity;
            action: { id: string; evidence: { quote: string }[] };
          }[];
        };
      }[];
      reliefActions: { id: string; category: string; quantities: Quantity[] }[];
    }>(
      server(),
      `{ activityTotals(activities: [DONATION]) { activity actionCount money
           moneyTotal { unit total qualifier lowerBound
             contributions { quantity { ${quantityFields} } action { id evidence { quote } } } } }
         reliefActions(where: { activity: [DONATION] }) { id category quantities { ${quantityFields} } } }`,
    );
    expect(activityTotals).toHaveLength(1);
    const [donations] = activityTotals;
    expect(donations!.actionCount).toBe(reliefActions.length);
    // Donations are told under several sections, 7亿元 under international sourcing among them.
    expect(new Set(reliefActions.map((a) => a.category)).size).toBeGreaterThan(2);
    const money = reliefActions
      .flatMap((a) => a.quantities)
      .filter((q) => q.unit === 'CNY')
      .reduce((sum, q) => sum + q.value, 0);
    expect(donations!.money).toBeCloseTo(money, 0);
    const cny = donations!.moneyTotal;
    expect(cny.total).toBeCloseTo(money, 0);
    // 约22亿元 and the other 约 gifts make the sum approximate, not a lower bound.
    expect(cny.qualifier).toBe('ABOUT');
    expect(cny.lowerBound).toBe(false);
    for (const { quantity, action } of cny.contributions) {
      expect(action.evidence.some((e) => e.quote.includes(quantity.text))).toBe(true);
    }
    expect(cny.contributions.map((c) => c.quantity.text)).toEqual(
      expect.arrayContaining(['约22亿元', '7亿元', '3.07亿元']),
    );
  });

  it('keeps the qualifier of each number, derives approximate from it, and filters on it', async () => {
    const { atLeast, lessThan } = await data<{
      atLeast: { name: string; quantities: Quantity[] }[];
      lessThan: { name: string }[];
    }>(
      server(),
      `{ atLeast: reliefActions(where: { quantity: { qualifier: [AT_LEAST] } }) { name quantities { ${quantityFields} } }
         lessThan: reliefActions(where: { quantity: { qualifier: [LESS_THAN], unit: "天" } }) { name } }`,
    );
    expect(atLeast.map((a) => a.name)).toEqual([
      '动员上万名保洁员积极参与医院、社区和超市的保洁、垃圾分类和消毒等工作',
    ]);
    expect(atLeast[0]!.quantities[0]).toMatchObject({
      value: 10000,
      qualifier: 'AT_LEAST',
      approximate: true,
      text: '上万名保洁员',
    });
    expect(lessThan).toHaveLength(1);
    const { activityTotals } = await data<{
      activityTotals: { quantities: { unit: string; qualifier: string; lowerBound: boolean }[] }[];
    }>(
      server(),
      `{ activityTotals(activities: [VOLUNTEERING]) { quantities { unit qualifier lowerBound } } }`,
    );
    expect(activityTotals[0]!.quantities).toContainEqual({
      unit: '名',
      qualifier: 'AT_LEAST',
      lowerBound: true,
    });
  });

  it('has the joint appeal performed by the coalition of twelve, with its known member', async () => {
    const { reliefActions, associations } = await data<{
      reliefActions: {
        actors: {
          type: string;
          name: string;
          composition?: string;
          quantities: Quantity[];
          members?: { name: string }[];
        }[];
        mobilized: { name: string }[];
        targets: { name: string }[];
      }[];
      associations: { memberOf: { name: string }[] }[];
    }>(
      server(),
      `{ reliefActions(where: { name: { contains: "联名呼吁" } }) {
           actors { type name quantities { ${quantityFields} } ... on Group { composition members { name } } }
           mobilized { name } targets { name } }
         associations(where: { name: { eq: "深圳市商业联合会" } }) { memberOf { name } } }`,
    );
    const [appeal] = reliefActions;
    expect(appeal!.actors).toHaveLength(1);
    const [coalition] = appeal!.actors;
    expect(coalition).toMatchObject({
      type: 'GROUP',
      composition: 'COALITION',
      members: [{ name: '深圳市商业联合会' }],
    });
    expect(coalition!.quantities[0]).toMatchObject({ value: 12, text: '十二个协会商会' });
    expect(appeal!.mobilized.map((m) => m.name).sort()).toEqual(['业主', '金融机构']);
    expect(appeal!.targets.map((t) => t.name)).toEqual(['企业']);
    expect(associations[0]!.memberOf.map((g) => g.name)).toEqual([coalition!.name]);
  });

  it('puts the retail appeal’s reach in areas, not in targets', async () => {
    const { reliefActions, regions } = await data<{
      reliefActions: {
        areas: { name: string }[];
        targets: { name: string }[];
        mobilized: { name: string }[];
        initiatedBy: { name: string }[];
      }[];
      regions: { coveredBy: { id: string }[]; supportActions: { id: string }[] }[];
    }>(
      server(),
      `{ reliefActions(where: { name: { contains: "持续开业" } }) {
           areas { name } targets { name } mobilized { name } initiatedBy { name } }
         regions(where: { name: { eq: "全国" } }) { coveredBy { id } supportActions { id } } }`,
    );
    const [appeal] = reliefActions;
    // Its reach is most cities of the country (覆盖全国大部分地级以上城市), a region of its own.
    expect(appeal!.areas.map((a) => a.name)).toEqual(['全国大部分地级以上城市']);
    expect(appeal!.targets).toEqual([]);
    // It called on the whole trade (号召全行业), and the retailers answered (响应).
    expect(appeal!.mobilized.map((m) => m.name).sort()).toEqual(['全行业', '零售企业'].sort());
    expect(appeal!.initiatedBy.map((g) => g.name).sort()).toEqual(['发展改革委', '商务部'].sort());
    const [china] = regions;
    const covered = new Set(china!.coveredBy.map((a) => a.id));
    expect(covered.size).toBeGreaterThan(2);
    expect(china!.supportActions.some((a) => covered.has(a.id))).toBe(false);
  });

  it('answers what the meeting said: its directions, their recommendations, the difficulties firms face, and whom they concern', async () => {
    const { meetings } = await data<{
      meetings: {
        date: string;
        participants: { name: string }[];
        recommendations: {
          name: string;
          concerns: { name: string }[];
          partOf: { role: string } | null;
        }[];
        directions: {
          name: string;
          parts: { name: string; parts: { name: string; role: string }[] }[];
        }[];
      }[];
    }>(
      server(),
      `{ meetings { date participants { name }
           recommendations: statements(where: { role: [RECOMMENDATION] }) { name concerns { name } partOf { role } }
           directions: statements(where: { role: [DIRECTION] }) { name parts { name parts { name role } } } } }`,
    );
    const [meeting] = meetings;
    expect(meeting!.date).toBe('2020-02-21');
    expect(meeting!.participants.map((p) => p.name)).toEqual(['与会代表']);
    expect(meeting!.directions.map((d) => d.name)).toEqual(
      expect.arrayContaining([
        '一是在“系统化”上下功夫',
        '二是在“精细化”上下功夫',
        '三是在“实效化”上下功夫',
      ]),
    );
    expect(meeting!.directions).toHaveLength(3);
    const difficulties = meeting!.directions
      .flatMap((d) => d.parts)
      .flatMap((r) => r.parts)
      .filter((p) => p.role === 'DIFFICULTY')
      .map((p) => p.name);
    expect(difficulties.sort()).toEqual(
      ['仓储', '原料', '劳工', '能源', '资金', '运输', '通关', '配送'].sort(),
    );
    const zoning = meeting!.recommendations.find((r) => r.name.startsWith('支持低风险地区'))!;
    expect(zoning.concerns.map((c) => c.name)).toEqual(
      expect.arrayContaining(['低风险地区', '中风险地区', '高风险地区']),
    );
  });

  it('tells who created, who commissioned and who adopted each named thing, and whom it is for', async () => {
    const { instruments } = await data<{
      instruments: {
        name: string;
        form: string;
        createdBy: { name: string }[];
        commissionedBy: { name: string }[];
        adoptedBy: { name: string }[];
        beneficiaries: { name: string }[];
      }[];
    }>(
      server(),
      `{ instruments { name form createdBy { name } commissionedBy { name } adoptedBy { name } beneficiaries { name } } }`,
    );
    const named = new Map(instruments.map((i) => [i.name, i]));
    expect(named.get('无接触式送货上门')).toMatchObject({
      form: 'MODEL',
      createdBy: [{ name: '中国蔬菜流通协会' }],
      adoptedBy: [{ name: '政府部门' }],
    });
    expect(named.get('口罩使用指南')).toMatchObject({
      form: 'GUIDE',
      createdBy: [{ name: '中国医学装备协会' }],
      commissionedBy: [{ name: '发展改革委' }],
    });
    expect(named.get('众志成城战疫情互助金')).toMatchObject({
      form: 'FUND',
      createdBy: [{ name: '中国电子商会' }],
      beneficiaries: [{ name: '中小企业会员单位' }],
    });
    expect(named.get('微心战疫')!.createdBy).toHaveLength(3);
    expect(named.get('不可抗力证明')!.form).toBe('CERTIFICATE');
  });

  it('tells the three governments apart and says which English names are official', async () => {
    const { governmentBodies, official, translated } = await data<{
      governmentBodies: { name: string; collective: boolean; nameEnSource: string }[];
      official: { name: string }[];
      translated: { name: string; aliases: string[] }[];
    }>(
      server(),
      `{ governmentBodies { name collective nameEnSource }
         official: associations(where: { nameEnSource: [OFFICIAL] }, first: 1000) { name }
         translated: associations(where: { nameEnSource: [TRANSLATION] }, first: 1000) { name aliases } }`,
    );
    const collective = governmentBodies.filter((g) => g.collective).map((g) => g.name);
    expect(collective.sort()).toEqual(['产业集聚地政府', '政府', '政府部门'].sort());
    expect(official.map((a) => a.name)).toContain('中国钢铁工业协会');
    expect(translated.map((a) => a.name)).toContain('中国民族医药协会');
    expect(translated.every((a) => a.aliases.every((alias) => !/^[A-Z]{2,}$/.test(alias)))).toBe(
      true,
    );
  });

  it('attributes the source to the ministry whose news it relays, and reports only what the text says it reported', async () => {
    const { sources, entity } = await data<{
      sources: { attribution: { organization: { name: string }; evidence: { quote: string }[] } }[];
      entity: { reported: { type: string }[] };
    }>(
      server(),
      `{ sources { attribution { organization { name } evidence { quote } } }
         entity(id: "government:ministry-of-civil-affairs") { ... on GovernmentBody { reported { type } } } }`,
    );
    expect(sources[0]!.attribution).toEqual({
      organization: { name: '民政部' },
      evidence: [{ quote: '据民政部网站消息' }, { quote: '民政部网站发布的消息显示' }],
    });
    expect(entity.reported.map((r) => r.type).sort()).toEqual(['MEETING', 'STATEMENT']);
  });

  it('links each action to the report’s claim it exemplifies, and totals regions by scope', async () => {
    const { statements, regionTotals } = await data<{
      statements: { examples: { activity: string }[] }[];
      regionTotals: { region: { name: string }; actionCount: number }[];
    }>(
      server(),
      `{ statements(where: { name: { eq: "有的积极组织会员捐款捐物" } }) { examples { activity } }
         regionTotals(basis: SCOPE) { region { name } actionCount } }`,
    );
    expect(statements[0]!.examples.map((e) => e.activity)).toEqual([
      'DONATION',
      'DONATION',
      'DONATION',
    ]);
    expect(regionTotals.map((r) => r.region.name)).toEqual(
      expect.arrayContaining(['全国', '全球']),
    );
  });
});
