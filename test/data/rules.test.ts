// The seed keeps the modelling rules of seed/README.md, and each rule fails on a record that breaks it.
import { describe, expect, it } from 'vitest';
import type { EntityRecord, EvidenceRecord, RelationRecord } from '../../src/model/records.js';
import { loadSeedData, rules, valueOfText, violations, type SeedData } from './rules.js';

const seed = await loadSeedData();
const text = seed.sources[0]!.text;

/** Evidence for the first occurrence of `quote` at or after `after` (a passage that precedes it). */
function at(quote: string, after = ''): EvidenceRecord {
  const start = text.indexOf(quote, after ? text.indexOf(after) : 0);
  if (start < 0) throw new Error(`not in the text: ${quote}`);
  return { sourceId: seed.sources[0]!.id, quote, start, end: start + quote.length };
}

function relation(
  type: string,
  from: string,
  to: string,
  ...evidence: EvidenceRecord[]
): RelationRecord {
  return { id: `${from}|${type}|${to}`, type, from, to, quantities: [], evidence };
}

/** The seed with some records changed, added or removed: a copy, the loaded seed stays as it is. */
function mutated(change: {
  entities?: (entities: EntityRecord[]) => EntityRecord[];
  relations?: (relations: RelationRecord[]) => RelationRecord[];
  names?: (names: SeedData['names']) => SeedData['names'];
}): SeedData {
  const entities = structuredClone(seed.entities);
  const relations = structuredClone(seed.relations);
  const names = structuredClone(seed.names);
  return {
    sources: seed.sources,
    entities: change.entities ? change.entities(entities) : entities,
    relations: change.relations ? change.relations(relations) : relations,
    names: change.names ? change.names(names) : names,
  };
}

/** The seed with one entity's id changed everywhere it is used. */
function renamed(from: string, to: string): SeedData {
  const swap = (id: string) => (id === from ? to : id);
  return mutated({
    entities: (es) => es.map((e) => ({ ...e, id: swap(e.id) })),
    relations: (rs) => rs.map((r) => relation(r.type, swap(r.from), swap(r.to), ...r.evidence)),
  });
}

function entity(entities: EntityRecord[], id: string): EntityRecord {
  return entities.find((e) => e.id === id)!;
}

/** The rules a seed breaks, each with the records that break it. */
function broken(graph: SeedData): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const v of violations(graph)) (found[v.rule] ??= []).push(v.record);
  return found;
}

describe('the modelling rules', () => {
  it('hold for the whole seed', () => {
    expect(violations(seed)).toEqual([]);
  });

  it('read every quantity the way the text writes it', () => {
    expect(valueOfText('约22亿元')).toBe(2.2e9);
    expect(valueOfText('近百万件')).toBe(1e6);
    expect(valueOfText('上万名保洁员')).toBe(1e4);
    expect(valueOfText('十二个协会商会')).toBe(12);
    expect(valueOfText('82.9万只')).toBe(829000);
  });

  const mutations: [string, string, SeedData][] = [
    [
      'a TARGETED whose quote frames the target as the actor’s reach (覆盖全国…)',
      'targets are beneficiaries',
      mutated({
        relations: (rs) =>
          rs.map((r) =>
            r.type === 'COVERED' && r.from === 'action:retail-keep-open-appeal'
              ? relation('TARGETED', r.from, r.to, ...r.evidence)
              : r,
          ),
      }),
    ],
    [
      'a TARGETED at the place the deed COVERED (its reach, not whom it served)',
      'targets outside the actor’s scope',
      mutated({
        relations: (rs) => [
          ...rs,
          relation(
            'COVERED',
            'action:logistics-rescue-for-wuhan',
            'region:wuhan',
            at('为武汉地区提供救援'),
          ),
        ],
      }),
    ],
    [
      'an alias with no stated source (中钢协)',
      'aliases have a source',
      mutated({
        entities: (es) => {
          entity(es, 'association:china-iron-and-steel-association').aliases.push('中钢协');
          return es;
        },
      }),
    ],
    [
      'an alias said to be the text’s that the text writes only inside the full name (交易商协会)',
      'aliases have a source',
      mutated({
        entities: (es) => {
          const id = 'association:national-association-of-financial-market-institutional-investors';
          entity(es, id).aliases.push('交易商协会');
          return es;
        },
        names: (names) => {
          const id = 'association:national-association-of-financial-market-institutional-investors';
          names.aliases.push({ entity: id, alias: '交易商协会', source: 'TEXT' });
          return names;
        },
      }),
    ],
    [
      'an id that states what the text does not (bond financing for 募集资金)',
      'ids use known words',
      renamed('action:green-channel-fund-raising', 'action:green-channel-bond-financing'),
    ],
    [
      'a PERFORMED quote that runs through the deed before it',
      'smallest quotes',
      mutated({
        relations: (rs) =>
          rs.map((r) =>
            r.type === 'PERFORMED' && r.to === 'action:foxconn-components-supply'
              ? relation(
                  r.type,
                  r.from,
                  r.to,
                  at(
                    '中国电子商会设立中小企业会员单位“众志成城战疫情互助金”,并联合富士康集团为会员单位提供原材料及电子器件采购和供应支持',
                  ),
                )
              : r,
          ),
      }),
    ],
    [
      'a PERFORMED quote that repeats the whole list of actors',
      'smallest quotes',
      mutated({
        relations: (rs) =>
          rs.map((r) =>
            r.type === 'PERFORMED' && r.to === 'action:weixin-zhanyi-counselling'
              ? relation(
                  r.type,
                  r.from,
                  r.to,
                  at('中国健康管理协会、中国灾害防御协会、中国心理卫生协会设立“微心战疫”公益项目'),
                )
              : r,
          ),
      }),
    ],
    [
      'a call that does not reach past …，并… (组织会员…，并为捐赠物资提供免费清关)',
      'calls reach the deed',
      mutated({
        relations: (rs) => [
          ...rs,
          relation(
            'MOBILIZED',
            'action:free-customs-clearance',
            'group:china-customs-brokers-association-members',
            at('组织会员', '中国报关协会'),
            at('为捐赠物资提供免费清关及相关服务'),
          ),
        ],
      }),
    ],
    [
      'a LOCATED_IN whose place is written after the name, not in it',
      'places in the name',
      mutated({
        relations: (rs) => [
          ...rs,
          relation(
            'LOCATED_IN',
            'association:china-property-management-institute',
            'region:china',
            at('中国物业管理协会发布物业管理区域疫情防控操作指引,指导和帮助全国物业服务企业'),
          ),
        ],
      }),
    ],
    [
      'a LOCATED_IN that carries the place past a class in quotation marks (“方舱医院”)',
      'places in the name',
      mutated({
        relations: (rs) => [
          ...rs,
          relation(
            'LOCATED_IN',
            'hospital:fangcang-shelter-hospitals',
            'region:wuhan',
            at('武汉火神山医院、雷神山医院、“方舱医院”'),
          ),
        ],
      }),
    ],
    [
      'an action that tells two deeds with two verbs joined by 、 (生产、调运)',
      'one deed per action',
      mutated({
        entities: (es) => {
          entity(es, 'action:beijing-medicines-to-wuhan').evidence.push(
            at('迅速生产、调运急需药品和防控物资发往武汉'),
          );
          return es;
        },
      }),
    ],
    [
      'an action whose numbers lie in two clauses (捐款3.07亿元 / 还捐赠…320吨)',
      'one deed per action',
      mutated({
        entities: (es) => {
          const cash = entity(es, 'action:petrochemical-cash-donation');
          const goods = entity(es, 'action:petrochemical-goods-donation');
          cash.evidence.push(...goods.evidence);
          cash.quantities.push(...goods.quantities);
          return es;
        },
      }),
    ],
    [
      'a TARGETED at the place the people mobilised come from (全国社会工作者)',
      'targets are beneficiaries',
      mutated({
        relations: (rs) =>
          rs.map((r) =>
            r.type === 'COVERED' && r.from === 'action:social-workers-mobilisation'
              ? relation('TARGETED', r.from, r.to, at('动员全国社会工作者'))
              : r,
          ),
      }),
    ],
    [
      'a REPORTED quoting the attribution phrase, not the deed',
      'quotes name both ends',
      mutated({
        relations: (rs) => [
          ...rs,
          relation(
            'REPORTED',
            'government:ministry-of-civil-affairs',
            'action:cecc-donations',
            at('民政部网站发布的消息显示'),
          ),
        ],
      }),
    ],
    [
      'a quantity whose text is not inside any of its quotes',
      'quantities from quotes',
      mutated({
        entities: (es) => {
          const liquor = entity(es, 'action:liquor-industry-donations');
          liquor.quantities.push({ ...entity(es, 'action:cecc-donations').quantities[0]! });
          return es;
        },
      }),
    ],
    [
      'a number of the text that no record reads (20万个门店)',
      'numbers all read',
      mutated({
        entities: (es) => {
          const appeal = entity(es, 'action:retail-keep-open-appeal');
          appeal.quantities = appeal.quantities.filter((q) => q.text !== '20万个门店');
          return es;
        },
      }),
    ],
    [
      'a quantity whose value or qualifier is not what its text says',
      'quantities from quotes',
      mutated({
        entities: (es) => {
          const [q] = entity(es, 'action:cecc-donations').quantities;
          Object.assign(q!, { value: 2.2e8, qualifier: 'EXACT', approximate: false });
          return es;
        },
      }),
    ],
    [
      'an English name shared by two organisations (协会 and 学会 alike)',
      'english names distinct',
      mutated({
        entities: (es) => {
          entity(es, 'association:china-ethnic-medicine-association').nameEn =
            'China Electronics Chamber of Commerce';
          return es;
        },
      }),
    ],
    [
      'an English name with Chinese in it',
      'english names distinct',
      mutated({
        entities: (es) => {
          entity(es, 'group:shenzhen-twelve-associations').nameEn =
            'Twelve associations and chambers of commerce, 深圳市商业联合会 among them';
          return es;
        },
      }),
    ],
    [
      'an acronym alias on a translated name',
      'english names distinct',
      mutated({
        entities: (es) => {
          entity(es, 'association:china-ethnic-medicine-association').aliases.push('CMAM');
          return es;
        },
        names: (names) => {
          const list = 'the organisation’s own English name';
          const entity = 'association:china-ethnic-medicine-association';
          names.aliases.push({ entity, alias: 'CMAM', source: 'OFFICIAL', list });
          return names;
        },
      }),
    ],
    [
      'one generic government standing for another body’s mention (政府 in 产业集聚地政府)',
      'government mentions split',
      mutated({
        entities: (es) => {
          entity(es, 'government:the-government').evidence.push(at('政府', '产业集聚地'));
          return es;
        },
      }),
    ],
    [
      'a joint appeal (联名) performed by one member instead of the coalition',
      'joint deeds by coalitions',
      mutated({
        relations: (rs) =>
          rs.map((r) =>
            r.type === 'PERFORMED' && r.to === 'action:joint-appeal-rent-relief'
              ? relation(
                  'PERFORMED',
                  'association:shenzhen-federation-of-commerce',
                  r.to,
                  ...r.evidence,
                )
              : r,
          ),
      }),
    ],
    [
      'an action that bundles two deeds (…除…外，还…)',
      'one deed per action',
      mutated({
        entities: (es) => {
          entity(es, 'action:steel-industry-donation').evidence.push(
            at('动员会员除捐赠7亿元资金外,还积极寻找海内外医疗物资渠道'),
          );
          return es;
        },
      }),
    ],
    [
      'an action that tells a second deed after …，并…',
      'one deed per action',
      mutated({
        entities: (es) => {
          entity(es, 'action:raw-materials-green-channels').evidence.push(
            at('积极组织企业加班加点复工生产,并为企业原料、产品争取绿色通道'),
          );
          return es;
        },
      }),
    ],
    [
      'a place the text names an organisation or a region left unquoted (据民政部网站消息)',
      'mentions all quoted',
      mutated({
        entities: (es) => {
          const ministry = entity(es, 'government:ministry-of-civil-affairs');
          ministry.evidence = ministry.evidence.filter((q) => q.start !== at('民政部').start);
          return es;
        },
      }),
    ],
    [
      'a section heading that restates a claim but is not quoted for it',
      'headings quoted',
      mutated({
        entities: (es) => {
          const claim = entity(es, 'statement:front-line-supplies-assessment');
          claim.evidence = claim.evidence.filter((q) => q.quote !== '汇集款物资源保障一线需要');
          return es;
        },
      }),
    ],
    [
      'a quote that runs over the end of a sentence',
      'one sentence',
      mutated({
        entities: (es) => {
          entity(es, 'action:fruit-supply').evidence.push(
            at('保障果品充足供应。 在畅通物品流通方面'),
          );
          return es;
        },
      }),
    ],
    [
      'an organisation quoted where the text does not name it',
      'mentions are names',
      mutated({
        entities: (es) => {
          entity(es, 'association:china-meat-association').evidence.push(at('广大会员'));
          return es;
        },
      }),
    ],
    [
      'a MOBILIZED whose quote does not say anyone was called on',
      'mobilized quotes the call',
      mutated({
        relations: (rs) => [
          ...rs,
          relation(
            'MOBILIZED',
            'action:disinfectant-safety-notices',
            'group:the-public',
            at('提示公众正确使用消毒剂'),
          ),
        ],
      }),
    ],
    [
      'a member group that belongs to no organisation',
      'member groups belong',
      mutated({
        relations: (rs) =>
          rs.filter(
            (r) => !(r.type === 'MEMBER_OF' && r.from === 'group:china-meat-association-members'),
          ),
      }),
    ],
    [
      'a statement made part of a government body',
      'parts of their kind',
      mutated({
        relations: (rs) => [
          ...rs,
          relation(
            'PART_OF',
            'statement:industry-big-data',
            'government:the-government',
            at('政府决策'),
          ),
        ],
      }),
    ],
    [
      'a recommendation of the meeting linked to no speaker',
      'statements have a speaker',
      mutated({
        relations: (rs) =>
          rs.filter(
            (r) =>
              !(r.type === 'STATED' && r.to === 'statement:one-chessboard') &&
              !(r.type === 'PART_OF' && r.from === 'statement:one-chessboard'),
          ),
      }),
    ],
  ];

  it('cover every rule with a record that breaks it', () => {
    expect(new Set(mutations.map(([, rule]) => rule))).toEqual(new Set(Object.keys(rules)));
  });

  for (const [record, rule, graph] of mutations) {
    it(`fail on ${record}`, () => {
      expect(Object.keys(broken(graph))).toEqual([rule]);
    });
  }
});
